#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif

/// Facts about the process's standard streams, and writing to them.
enum Terminal {
    static var inputIsTerminal: Bool { isatty(0) == 1 }
    static var outputIsTerminal: Bool { isatty(1) == 1 }
    static var errorIsTerminal: Bool { isatty(2) == 1 }

    /// Colour only on a terminal, and never when NO_COLOR is set to anything.
    static func colorAllowed(onTerminal: Bool) -> Bool {
        guard onTerminal, getenv("NO_COLOR") == nil else { return false }
        return true
    }

    static func write(_ text: String) { write(text, to: 1) }

    static func writeError(_ text: String) { write(text, to: 2) }

    /// Writes all of `text` to a file descriptor, unbuffered; gives up quietly if the reader has gone.
    static func write(_ text: String, to descriptor: Int32) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { buffer in
                systemWrite(descriptor, buffer.baseAddress, buffer.count)
            }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { return }
            offset += written
        }
    }

    static func flush() { fflush(nil) }
}
