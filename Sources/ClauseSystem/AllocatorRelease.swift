import CMemory
import ClauseQuery

extension FreedMemory {
    /// Makes loading give the memory of the syntax it lets go back to the system through the C allocator
    /// (glibc's `malloc_trim`; nothing where the allocator has no such call). Called by each program at
    /// start-up, before it loads anything.
    package static func installAllocatorRelease() {
        install { _ = clq_give_back_free_memory() }
    }
}
