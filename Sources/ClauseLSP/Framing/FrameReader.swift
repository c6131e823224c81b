/// One framed message read from the input, or why a frame could not be read.
package enum Frame: Equatable {
    case message([UInt8])
    case malformed(String)
}

/// Splits a byte stream into `Content-Length` framed messages.
///
/// A malformed header is reported and skipped: the reader resumes at the next `Content-Length`
/// header it finds, so one bad frame does not stop the server.
package struct FrameReader {
    /// Largest message body accepted.
    static let maximumLength = 64 * 1024 * 1024
    /// Largest header block accepted.
    static let maximumHeaderLength = 8 * 1024

    private var buffer: [UInt8] = []
    private var start = 0
    private let read: () -> [UInt8]?
    private var atEnd = false
    /// True after a malformed header: input is skipped up to the next `Content-Length`.
    private var resyncing = false

    /// A reader taking bytes from `read`, which returns nil at the end of the input.
    package init(read: @escaping () -> [UInt8]?) {
        self.read = read
    }

    /// The next frame, or nil at the end of the input.
    package mutating func next() -> Frame? {
        while true {
            if let frame = takeFrame() { return frame }
            guard !atEnd, let bytes = read(), !bytes.isEmpty else {
                atEnd = true
                if !resyncing, start < buffer.count, !pending.allSatisfy(FrameReader.isSpace) {
                    buffer.removeAll()
                    start = 0
                    return .malformed("the input ended inside a message")
                }
                return nil
            }
            compact()
            buffer += bytes
        }
    }

    private var pending: ArraySlice<UInt8> { buffer[start...] }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: " ")
    }

    private mutating func compact() {
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
    }

    /// A complete frame from the buffer, if one is there.
    private mutating func takeFrame() -> Frame? {
        if resyncing {
            guard let next = find(Array("content-length".utf8), from: start) else {
                start = max(start, buffer.count - 15)
                return nil
            }
            start = next
            resyncing = false
        }
        guard let headerEnd = find(Array("\r\n\r\n".utf8), from: start) else {
            if buffer.count - start > FrameReader.maximumHeaderLength {
                return skipToNextHeader("the message header is too long")
            }
            return nil
        }
        let header = String(decoding: buffer[start..<headerEnd], as: UTF8.self)
        guard let length = FrameReader.contentLength(header) else {
            start = headerEnd + 4
            return skipToNextHeader("malformed message header: expected 'Content-Length: N'")
        }
        guard length <= FrameReader.maximumLength else {
            start = headerEnd + 4
            return skipToNextHeader("message of \(length) bytes exceeds the limit of \(FrameReader.maximumLength)")
        }
        let bodyStart = headerEnd + 4
        guard buffer.count - bodyStart >= length else { return nil }
        let body = Array(buffer[bodyStart..<bodyStart + length])
        start = bodyStart + length
        return .message(body)
    }

    /// Reports `reason` and skips input up to the next `Content-Length` header.
    private mutating func skipToNextHeader(_ reason: String) -> Frame {
        if start < buffer.count, find(Array("content-length".utf8), from: start) == start { start += 1 }
        resyncing = true
        return .malformed(reason)
    }

    /// The first offset of `needle` from `offset`, ignoring the case of ASCII letters.
    private func find(_ needle: [UInt8], from offset: Int) -> Int? {
        guard buffer.count >= needle.count, offset <= buffer.count - needle.count else { return nil }
        func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
        var index = offset
        search: while index <= buffer.count - needle.count {
            for (position, byte) in needle.enumerated() where lower(buffer[index + position]) != lower(byte) {
                index += 1
                continue search
            }
            return index
        }
        return nil
    }

    /// The value of the Content-Length field; nil when missing, repeated or not a number.
    static func contentLength(_ header: String) -> Int? {
        var length: Int?
        for line in header.split(separator: "\r\n") {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let name = line[..<colon].trimmingCharacters(in: " \t").lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: " \t")
            if name == "content-length" {
                guard length == nil, !value.isEmpty, value.allSatisfy(\.isASCII), let number = Int(value),
                      number >= 0 else { return nil }
                length = number
            }
        }
        return length
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var text = self
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
