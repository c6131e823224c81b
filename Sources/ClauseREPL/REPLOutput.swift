#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ClauseSystem

/// Where the loop writes answers and messages (standard output) and problems (standard error).
public protocol REPLOutput: AnyObject {
    func write(_ text: String)
    func writeError(_ text: String)
}

/// The process's standard output and standard error, written unbuffered.
public final class StandardStreams: REPLOutput {
    public init() {}

    public func write(_ text: String) { Terminal.write(text) }

    public func writeError(_ text: String) { FileDescriptor.write(text, to: 2) }

    /// Colour only on a terminal, and never when NO_COLOR is set to anything.
    public static func colorAllowed(descriptor: Int32) -> Bool {
        isatty(descriptor) == 1 && getenv("NO_COLOR") == nil
    }
}
