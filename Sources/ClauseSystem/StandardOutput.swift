#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's standard output, written unbuffered, with a memory of the first write that failed: an
/// answer lost on a full disk or a closed pipe must not end the program with success.
///
/// After a failure nothing more is written. When the reader has gone (`EPIPE`, with SIGPIPE ignored;
/// otherwise SIGPIPE ends the process at once, as it does other Unix tools) the program ends quietly;
/// any other failure is reported. Either way the exit status is `ExitStatus.cannotWriteOutput`.
public enum StandardOutput {
    /// The `errno` of the first failed write, or 0. Standard output is written by one thread at a time (a
    /// script's answers are printed on a thread of their own while the main thread waits for them).
    nonisolated(unsafe) private static var failure: Int32 = 0

    /// True once a write has failed: what was meant for standard output is not all there.
    public static var failed: Bool { failure != 0 }

    /// Writes all of `bytes`, unless an earlier write failed; remembers why when the system refuses.
    public static func write(_ bytes: [UInt8]) {
        guard failure == 0, !bytes.isEmpty else { return }
        if !FileDescriptor.writeAll(bytes, to: 1) { failure = errno == 0 ? EIO : errno }
    }

    /// The status to end the program with: `status` when every write succeeded; otherwise
    /// `cannotWriteOutput`, after saying why on standard error unless the reader went away.
    public static func finalStatus(_ status: Int32, program: String = "clq") -> Int32 {
        guard failure != 0 else { return status }
        if failure != EPIPE {
            Terminal.writeError("\(program): cannot write to standard output: \(String(cString: strerror(failure)))\n")
        }
        return ExitStatus.cannotWriteOutput.rawValue
    }
}
