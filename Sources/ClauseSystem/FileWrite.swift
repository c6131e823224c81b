#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Files {
    /// Gives the file at `path` the content `bytes`, as one change: the file keeps its identity and the old
    /// content stays whole if anything fails.
    ///
    /// - A symbolic link is followed to the file it names, which is written; the link stays.
    /// - Only a file the user could write with `>>` is written: a read-only file, or a file on a read-only
    ///   file system, is refused and left as it is. A directory, device, FIFO or socket is refused.
    /// - A regular file is replaced through a temporary file in its own folder: written, flushed to disk
    ///   with `fsync`, given the file's owner, group and mode, then renamed over it. A folder where no
    ///   temporary file can be created is refused.
    /// - A file with other hard links, or whose owner or group a new file cannot be given (one owned by
    ///   another user that the user may write), is written in place instead, so that it stays the same
    ///   file: the room for the new content is reserved first, so a full disk leaves it as it was.
    /// - A new file is created the same way, with `permissions` less the umask.
    public static func writeAtomically(_ bytes: [UInt8], to path: String, permissions: mode_t = 0o666) throws(FileError) {
        let target = try resolvingLinks(expandingTilde(path), shown: path)
        var existing = stat()
        if lstat(target, &existing) != 0 {
            guard errno == ENOENT else { throw cannotWrite(path, reason()) }
            _ = try replace(target, with: bytes, keeping: nil, permissions: permissions, shown: path)
            return
        }
        try requireRegular(existing, shown: path)
        // The check `>>` makes: may this user write this file? No O_TRUNC: nothing changes yet.
        let descriptor = open(target, O_WRONLY | O_NONBLOCK | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { throw cannotWrite(path, reason()) }
        defer { close(descriptor) }
        var opened = stat()
        guard fstat(descriptor, &opened) == 0 else { throw cannotWrite(path, reason()) }
        guard opened.st_dev == existing.st_dev, opened.st_ino == existing.st_ino else {
            throw cannotWrite(path, "the file changed while it was being written")
        }
        try requireRegular(opened, shown: path)
        if opened.st_nlink > 1 {
            return try writeInPlace(bytes, descriptor: descriptor, oldSize: opened.st_size, shown: path)
        }
        if try !replace(target, with: bytes, keeping: opened, permissions: permissions, shown: path) {
            try writeInPlace(bytes, descriptor: descriptor, oldSize: opened.st_size, shown: path)
        }
    }

    /// The file `path` names after following symbolic links, which may not exist yet.
    static func resolvingLinks(_ path: String, shown: String) throws(FileError) -> String {
        var current = path
        for _ in 0..<40 {
            var status = stat()
            if lstat(current, &status) != 0 {
                if errno == ENOENT { return current }
                throw cannotWrite(shown, reason())
            }
            guard status.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length >= 0 else { throw cannotWrite(shown, reason()) }
            let link = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link : folder(of: current) + "/" + link
        }
        throw cannotWrite(shown, String(cString: strerror(ELOOP)))
    }

    /// The folder holding `path`: "." for a bare name, "" for a file at the root.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return String(path[..<slash])
    }

    /// Refuses anything but a regular file: a directory as `>>` would ("Is a directory"), any other kind
    /// (device, FIFO, socket) as not a regular file.
    private static func requireRegular(_ status: stat, shown: String) throws(FileError) {
        switch status.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: throw cannotWrite(shown, String(cString: strerror(EISDIR)))
        default: throw cannotWrite(shown, "not a regular file")
        }
    }

    /// "cannot write 'PATH': REASON", naming the path as the user gave it.
    static func cannotWrite(_ path: String, _ reason: String) -> FileError {
        FileError(message: "cannot write '\(path)': \(reason)")
    }

    /// Writes `bytes` to a new file in `target`'s folder, flushes it and renames it over `target`. With
    /// `existing`, the new file first gets that file's owner, group and mode; when it cannot, nothing
    /// changes and the result is false.
    private static func replace(_ target: String, with bytes: [UInt8], keeping existing: stat?,
                                permissions: mode_t, shown: String) throws(FileError) -> Bool {
        let folder = folder(of: target)
        let (descriptor, temporary) = try createTemporary(in: folder, permissions: existing == nil ? permissions : 0o600,
                                                          shown: shown, replacing: existing != nil)
        var closed = false
        func discard() {
            if !closed { close(descriptor) }
            unlink(temporary)
        }
        if let existing {
            var created = stat()
            guard fstat(descriptor, &created) == 0 else {
                let failure = reason()
                discard()
                throw cannotWrite(shown, failure)
            }
            if created.st_uid != existing.st_uid || created.st_gid != existing.st_gid,
               fchown(descriptor, existing.st_uid, existing.st_gid) != 0 {
                discard()
                return false
            }
            guard fchmod(descriptor, existing.st_mode & 0o7777) == 0 else {
                let failure = reason()
                discard()
                throw cannotWrite(shown, failure)
            }
        }
        guard FileDescriptor.writeAll(bytes, to: descriptor), fsync(descriptor) == 0 else {
            let failure = reason()
            discard()
            throw cannotWrite(shown, failure)
        }
        closed = true
        guard close(descriptor) == 0, rename(temporary, target) == 0 else {
            let failure = reason()
            discard()
            throw cannotWrite(shown, failure)
        }
        syncFolder(folder)
        return true
    }

    /// A new file for writing in `folder` under a name no other file has, created with `permissions`
    /// less the umask.
    private static func createTemporary(in folder: String, permissions: mode_t, shown: String,
                                        replacing: Bool) throws(FileError) -> (descriptor: Int32, path: String) {
        for _ in 0..<100 {
            let name = "\(folder)/.clq-write-\(getpid())-\(String(UInt32.random(in: 0...UInt32.max), radix: 16))"
            let descriptor = open(name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, permissions)
            if descriptor >= 0 { return (descriptor, name) }
            guard errno == EEXIST else {
                let failure = reason()
                let shownFolder = folder.isEmpty ? "/" : folder
                throw cannotWrite(shown, replacing ? "cannot create a temporary file in '\(shownFolder)': \(failure)" : failure)
            }
        }
        throw cannotWrite(shown, String(cString: strerror(EEXIST)))
    }

    /// Writes `bytes` over the content of the open file and cuts it to their length. When the new content is
    /// longer, its room is reserved first, so a full disk fails before anything is overwritten.
    private static func writeInPlace(_ bytes: [UInt8], descriptor: Int32, oldSize: off_t, shown: String) throws(FileError) {
        let newSize = off_t(bytes.count)
        #if os(Linux)
        if newSize > oldSize {
            let result = posix_fallocate(descriptor, 0, newSize)
            guard result == 0 else {
                ftruncate(descriptor, oldSize)
                throw cannotWrite(shown, String(cString: strerror(result)))
            }
        }
        #endif
        var offset = 0
        while offset < bytes.count {
            let piece = bytes[offset..<min(offset + FileDescriptor.writeSize, bytes.count)]
            let written = piece.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, off_t(offset)) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { throw cannotWrite(shown, reason()) }
            offset += written
        }
        guard ftruncate(descriptor, newSize) == 0, fsync(descriptor) == 0 else { throw cannotWrite(shown, reason()) }
    }

    /// Flushes a folder's entries to disk, so that a rename in it survives a crash; failures are ignored.
    private static func syncFolder(_ folder: String) {
        let descriptor = open(folder.isEmpty ? "/" : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}
