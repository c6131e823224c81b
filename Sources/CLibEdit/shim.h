#ifndef CLQ_LIBEDIT_SHIM_H
#define CLQ_LIBEDIT_SHIM_H
#include <stdio.h>
#include <histedit.h>
#endif
