#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ClauseSystem

/// File and directory names that complete a partly typed path.
enum PathCompletion {
    /// Paths starting with `partial`, as typed (a leading `~` stays); directories end with "/".
    /// Hidden entries are offered only when the typed name starts with ".".
    static func candidates(_ partial: String) -> [String] {
        let slash = partial.lastIndex(of: "/")
        let directory = slash.map { String(partial[...$0]) } ?? ""
        let namePrefix = slash.map { String(partial[partial.index(after: $0)...]) } ?? partial
        let listed = directory.isEmpty ? "." : Files.expandingTilde(directory)
        guard let stream = opendir(listed) else { return [] }
        defer { closedir(stream) }
        var results: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            guard name != ".", name != "..", name.hasPrefix(namePrefix),
                  !name.hasPrefix(".") || namePrefix.hasPrefix(".") else { continue }
            var status = stat()
            let isDirectory = stat(listed + "/" + name, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
            results.append(directory + name + (isDirectory ? "/" : ""))
        }
        return results.sorted()
    }
}
