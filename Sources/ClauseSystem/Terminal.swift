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

    public static func write(_ text: String) { FileDescriptor.write(text, to: 1) }

    public static func writeError(_ text: String) { FileDescriptor.write(text, to: 2) }
}
