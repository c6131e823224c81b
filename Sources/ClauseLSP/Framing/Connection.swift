#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes framed messages: a `Content-Length` header, a blank line, the JSON body.
struct FrameWriter {
    let write: ([UInt8]) -> Void

    /// Sends a message whose body is `pieces` one after the other.
    func send(_ pieces: [[UInt8]]) {
        write(Array("Content-Length: \(pieces.reduce(0) { $0 + $1.count })\r\n\r\n".utf8))
        for piece in pieces { write(piece) }
    }
}

/// The server's standard streams: protocol bytes on a private copy of stdout, everything else kept off it.
public struct StdioConnection: Sendable {
    public let input: Int32
    public let output: Int32

    /// Takes stdout for the protocol and points file descriptor 1 at stderr, so that stray prints
    /// can never corrupt the stream.
    public static func guardingStandardOutput() -> StdioConnection {
        fflush(nil)
        let output = dup(1)
        dup2(2, 1)
        return StdioConnection(input: 0, output: output >= 0 ? output : 1)
    }

    /// Bytes from the input as they arrive; nil at its end.
    func read() -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { systemRead(input, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            return count > 0 ? Array(buffer[0..<count]) : nil
        }
    }

    /// Writes all of `bytes` to the output.
    func write(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { systemWrite(output, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { return }
            offset += written
        }
    }
}

#if canImport(Glibc)
private let systemRead = Glibc.read
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemRead = Darwin.read
private let systemWrite = Darwin.write
#endif
