#include "CMemory.h"
// Any C library header says which library it is: glibc defines __GLIBC__ in <features.h>.
#include <stdlib.h>

#if defined(__GLIBC__)
#include <malloc.h>

int clq_give_back_free_memory(void) { return malloc_trim(0); }
#else
int clq_give_back_free_memory(void) { return 0; }
#endif
