/* The C side of libclq is its header, include/clq.h; the functions are implemented in Swift
   (Sources/ClauseC). This file makes the header a module that the implementation imports, so the
   two share the header's types and constants, and checks that the header compiles as C. */
#include "clq.h"
