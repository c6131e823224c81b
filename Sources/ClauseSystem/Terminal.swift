#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Facts about the process's standard streams, and writing to them unbuffered.
public enum Terminal {
    public static var inputIsTerminal: Bool { isatty(0) == 1 }
    public static var outputIsTerminal: Bool { isatty(1) == 1 }
    public static var errorIsTerminal: Bool { isatty(2) == 1 }

    /// Colour only on a terminal, and never when NO_COLOR is set to anything.
    public static func colorAllowed(onTerminal: Bool) -> Bool {
        onTerminal && getenv("NO_COLOR") == nil
    }

    /// The width and height of the terminal on `descriptor`, or nil when it is not a terminal.
    public static func size(descriptor: Int32 = 1) -> (columns: Int, rows: Int)? {
        var size = winsize()
        guard isatty(descriptor) == 1, ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return (Int(size.ws_col), Int(size.ws_row))
    }

    /// Writes `text` to standard output; a failure is remembered by `StandardOutput`.
    public static func write(_ text: String) { StandardOutput.write(Array(text.utf8)) }

    /// Writes `bytes` to standard output as they are, valid UTF-8 or not.
    public static func write(bytes: [UInt8]) { StandardOutput.write(bytes) }

    public static func writeError(_ text: String) { FileDescriptor.write(text, to: 2) }
}
