import ClauseQuery
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file operation that failed, with the system's reason.
public struct FileError: Error, Equatable, Sendable {
    public var message: String

    public init(message: String) { self.message = message }
}

/// Unbuffered writes to file descriptors.
public enum FileDescriptor {
    /// Writes all of `text`; gives up quietly when the reader has gone.
    public static func write(_ text: String, to descriptor: Int32) {
        _ = writeAll(Array(text.utf8), to: descriptor)
    }

    /// How many bytes one write call writes at most. Linux caches a file in pieces as large as the writes
    /// that made it (up to megabytes), and maps a whole piece when a program reads one page of it through
    /// a mapping: a compiled knowledge base, read a record at a time, then takes 64 KiB of memory for
    /// each place read rather than megabytes.
    static let writeSize = 64 << 10

    /// Writes all of `bytes`; false when the system refuses, with `errno` saying why.
    public static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset..<min(offset + writeSize, bytes.count)].withUnsafeBytes { buffer in
                systemWrite(descriptor, buffer.baseAddress, buffer.count)
            }
            if written < 0 && errno == EINTR { continue }
            if written < 0 { return false }
            if written == 0 {
                errno = EIO
                return false
            }
            offset += written
        }
        return true
    }

    private static func systemWrite(_ descriptor: Int32, _ pointer: UnsafeRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.write(descriptor, pointer, count)
        #else
        return Darwin.write(descriptor, pointer, count)
        #endif
    }
}

/// Reading and writing whole files by path.
public enum Files {
    /// `~` and `~/…` expanded with $HOME; other paths unchanged.
    public static func expandingTilde(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = getenv("HOME") else { return path }
        return String(cString: home) + path.dropFirst()
    }

    /// The reason for the current `errno`, as the system words it.
    public static func reason() -> String { String(cString: strerror(errno)) }

    /// The most bytes read from one input (a file or standard input): the largest source clq reads.
    public static let maximumInputSize = maximumSourceSize
    /// The most bytes read from one compiled knowledge base, which holds its texts and its tables: the
    /// most one holds.
    public static let maximumCompiledSize = Session.maximumCompiledSize

    /// The whole file at `path`, refused past `maximumInputSize` bytes (past `maximumCompiledSize` for a
    /// compiled knowledge base) without reading the rest.
    public static func read(_ path: String) throws(FileError) -> [UInt8] {
        let descriptor = open(expandingTilde(path), O_RDONLY)
        guard descriptor >= 0 else { throw FileError(message: "cannot read '\(path)': \(reason())") }
        defer { close(descriptor) }
        return try read(descriptor: descriptor, named: path)
    }

    /// Everything left to read from an open descriptor, such as standard input, refused past
    /// `maximumInputSize` bytes (past `maximumCompiledSize` for a compiled knowledge base).
    public static func read(descriptor: Int32, named path: String) throws(FileError) -> [UInt8] {
        var bytes: [UInt8] = []
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_size > 0,
           let whole = try readRegular(descriptor, size: Int(status.st_size), named: path) {
            return whole
        }
        var limit = maximumInputSize
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { throw FileError(message: "cannot read '\(path)': \(reason())") }
            if count == 0 { return bytes }
            bytes += chunk[..<count]
            if limit == maximumInputSize, bytes.count >= 8, Session.isCompiled(bytes) { limit = maximumCompiledSize }
            if bytes.count > limit {
                throw FileError(message: "cannot read '\(path)': it is larger than \(limit >> 20) MiB, the most clq reads")
            }
        }
    }

    /// A regular file of `size` bytes read straight into one buffer, or nil when it turns out to hold
    /// more or fewer bytes than that (it is then read again the slow way).
    private static func readRegular(_ descriptor: Int32, size: Int, named path: String) throws(FileError) -> [UInt8]? {
        let limit = size >= 8 && startsCompiled(descriptor) ? maximumCompiledSize : maximumInputSize
        guard size <= limit else {
            throw FileError(message: "cannot read '\(path)': it is larger than \(limit >> 20) MiB, the most clq reads")
        }
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size {
                let read = pread(descriptor, buffer.baseAddress.map { $0 + count }, size - count, off_t(count))
                if read < 0 && errno == EINTR { continue }
                if read < 0 { failure = errno }
                if read <= 0 { break }
                count += read
            }
        }
        if failure != 0 { throw FileError(message: "cannot read '\(path)': \(String(cString: strerror(failure)))") }
        guard bytes.count == size else { return nil }
        var probe: UInt8 = 0
        guard pread(descriptor, &probe, 1, off_t(size)) == 0 else { return nil }
        return bytes
    }

    /// True when the open file starts like a compiled knowledge base.
    static func startsCompiled(_ descriptor: Int32) -> Bool {
        var head = [UInt8](repeating: 0, count: 8)
        let read = head.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, 8, 0) }
        return read == 8 && Session.isCompiled(head)
    }

    /// Creates `path` and its missing parents as directories.
    public static func createDirectories(_ path: String) -> Bool {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o700) != 0 && errno != EEXIST { return false }
        }
        return true
    }

    private static func systemRead(_ descriptor: Int32, _ pointer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.read(descriptor, pointer, count)
        #else
        return Darwin.read(descriptor, pointer, count)
        #endif
    }
}
