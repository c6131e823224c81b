import ClauseQuery
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A compiled knowledge base mapped into memory, read-only, and unmapped when released: its tables are
/// read where the file lies instead of being copied into memory first.
package final class MappedFile: @unchecked Sendable {
    private let base: UnsafeMutableRawPointer
    private let count: Int
    private let pageSize = max(sysconf(Int32(_SC_PAGESIZE)), 1)

    private init(base: UnsafeMutableRawPointer, count: Int) {
        self.base = base
        self.count = count
    }

    /// The file at `path` mapped, when it is a regular file that starts like a compiled knowledge base and
    /// is no larger than `Files.maximumCompiledSize`; nil for any other file, or when it cannot be opened
    /// or mapped, which is then read (or refused) as every file is.
    package static func compiled(at path: String) -> MappedFile? {
        let descriptor = open(Files.expandingTilde(path), O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_size >= 8,
              status.st_size <= Files.maximumCompiledSize, Files.startsCompiled(descriptor) else { return nil }
        let size = Int(status.st_size)
        guard let pointer = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0),
              pointer != UnsafeMutableRawPointer(bitPattern: -1) else { return nil }
        _ = madvise(pointer, size, Int32(MADV_RANDOM))
        return MappedFile(base: pointer, count: size)
    }

    /// The file's bytes, which keep the file mapped as long as something reads from them.
    package var bytes: CompiledBytes {
        CompiledBytes(UnsafeRawBufferPointer(start: base, count: count), keptBy: self, releasing: { self.release($0) })
    }

    /// Gives back the memory of the whole pages within `range`, which has been read: a later read of them
    /// reads the file again. Resident memory then grows with what is being read, not with the file.
    package func release(_ range: Range<Int>) {
        let start = (max(range.lowerBound, 0) + pageSize - 1) / pageSize * pageSize
        let end = min(range.upperBound, count) / pageSize * pageSize
        guard start < end else { return }
        _ = madvise(base + start, end - start, Int32(MADV_DONTNEED))
    }

    deinit { munmap(base, count) }
}
