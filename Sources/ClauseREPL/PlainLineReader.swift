#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ClauseSystem

/// Reads lines from a file descriptor without editing: for input that is not a terminal, and for tests.
public final class PlainLineReader: LineEditor {
    private let input: Int32
    private let promptOutput: Int32?
    private var buffer: [UInt8] = []
    private var reachedEnd = false
    public var completion: ((String, Int) -> LineCompletion)?

    /// Reads from `input`; writes prompts, and the line ends after Ctrl-C and Ctrl-D, to `promptOutput`
    /// when given, and shows none otherwise.
    public init(input: Int32 = 0, promptOutput: Int32? = nil) {
        self.input = input
        self.promptOutput = promptOutput
    }

    public func readLine(prompt: String) -> LineInput {
        if let promptOutput { FileDescriptor.write(prompt, to: promptOutput) }
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffer[..<newline], as: UTF8.self)
                buffer.removeSubrange(...newline)
                return .line(line)
            }
            if reachedEnd {
                guard !buffer.isEmpty else {
                    if let promptOutput { FileDescriptor.write("\n", to: promptOutput) }
                    return .endOfInput
                }
                let line = String(decoding: buffer, as: UTF8.self)
                buffer.removeAll()
                return .line(line)
            }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer += chunk[..<count]
            } else if count < 0 && errno == EINTR {
                buffer.removeAll()
                if let promptOutput { FileDescriptor.write("\n", to: promptOutput) }
                return .interrupted
            } else {
                reachedEnd = true
            }
        }
    }

    public func addToHistory(_ entry: String) {}
}
