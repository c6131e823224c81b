#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program installed beside the running one, replacing this process, as `clq lsp` runs `clq-lsp`.
public enum SiblingProgram {
    /// Replaces this process with `name` from this executable's directory; returns only on failure.
    public static func exec(_ name: String, arguments: [String]) -> ExitStatus {
        let path = directoryOfExecutable() + "/" + name
        var argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) }
        argv.append(nil)
        execv(path, argv)
        let reason = Files.reason()
        for pointer in argv { free(pointer) }
        Terminal.writeError("clq: cannot run '\(path)': \(reason); build it with 'swift build --product \(name)'\n")
        return .unavailable
    }

    /// The directory of the running executable, from /proc/self/exe, else from argv[0].
    static func directoryOfExecutable() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let path = length > 0
            ? String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            : CommandLine.arguments.first ?? "."
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return String(path[..<slash])
    }
}
