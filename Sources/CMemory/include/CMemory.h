#ifndef CLQ_CMEMORY_H
#define CLQ_CMEMORY_H

/// Gives the memory the C allocator holds free back to the system, where the allocator can do so on
/// request (glibc's malloc_trim); returns nonzero when some was given back.
int clq_give_back_free_memory(void);

#endif
