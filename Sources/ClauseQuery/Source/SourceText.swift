import Synchronization

/// The text of one input (a file, a `-e` argument, a REPL line) as UTF-8 bytes, with a line index made
/// the first time a line is asked for: a text that loads without a problem to show is never indexed.
package struct SourceText: Sendable {
    /// The name diagnostics show: a file path, `-e`, `<question>` or whatever the caller chose.
    package let name: String
    /// The bytes, unless they are read when first asked for.
    private let held: [UInt8]
    private let lines: LineStarts

    /// A text of `bytes`, which need not be valid UTF-8.
    package init(name: String, bytes: [UInt8]) {
        self.name = name
        self.held = bytes
        self.lines = LineStarts(reading: nil)
    }

    /// A text whose bytes `read` gives the first time they are asked for (a text of a compiled knowledge
    /// base, which most questions never show).
    init(name: String, reading read: @escaping @Sendable () -> [UInt8]) {
        self.name = name
        self.held = []
        self.lines = LineStarts(reading: read)
    }

    /// A text holding the UTF-8 encoding of `text`.
    package init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }

    /// The text as given, as UTF-8 bytes; invalid sequences are kept, not replaced.
    package var bytes: [UInt8] { lines.isRead ? lines.readBytes : held }

    /// The byte offset where each line starts, found once and shared by the copies of this text.
    private var lineStarts: [Int] { lines.starts(of: bytes) }

    /// The number of lines: one more than the number of `\n` bytes.
    package var lineCount: Int { lineStarts.count }

    /// The 1-based line holding `offset`.
    package func line(of offset: Int) -> Int {
        let lineStarts = lineStarts
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }

    /// The byte offset where 1-based `line` starts.
    package func lineStart(_ line: Int) -> Int {
        let lineStarts = lineStarts
        return lineStarts[max(0, min(line - 1, lineStarts.count - 1))]
    }

    /// The byte offset just past the last character of 1-based `line`, excluding its newline.
    package func lineEnd(_ line: Int) -> Int {
        let lineStarts = lineStarts
        let index = max(0, min(line - 1, lineStarts.count - 1))
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : bytes.count
        if end > lineStarts[index], end <= bytes.count, end > 0, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return end
    }

    /// 1-based line and column of `offset`; the column counts Unicode scalars, not bytes.
    package func position(of offset: Int) -> (line: Int, column: Int) {
        let clamped = max(0, min(offset, bytes.count))
        let line = line(of: clamped)
        let start = lineStart(line)
        return (line, scalarCount(from: start, to: clamped) + 1)
    }

    /// The text of 1-based `line`, invalid UTF-8 replaced.
    package func lineText(_ line: Int) -> String {
        String(decoding: bytes[lineStart(line)..<lineEnd(line)], as: UTF8.self)
    }

    /// The text covered by `range`, invalid UTF-8 replaced.
    package func text(in range: ByteRange) -> String {
        let start = max(0, min(range.start, bytes.count))
        let end = max(start, min(range.end, bytes.count))
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// Number of Unicode scalars between two offsets (continuation bytes are not counted).
    package func scalarCount(from start: Int, to end: Int) -> Int {
        let from = max(0, min(start, bytes.count))
        let limit = max(from, min(end, bytes.count))
        return bytes.withUnsafeBufferPointer { buffer in
            var count = 0
            for byte in buffer[from..<limit] where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }
}

/// Where the lines of a text start, found the first time they are asked for, and the bytes of a text read
/// when first asked for; safe to ask from several threads (answers are rendered on two).
private final class LineStarts: Sendable {
    private let found = Mutex<[Int]?>(nil)
    private let read: (@Sendable () -> [UInt8])?
    private let bytes = Mutex<[UInt8]?>(nil)

    init(reading read: (@Sendable () -> [UInt8])?) { self.read = read }

    /// True when the text's bytes are read when first asked for.
    var isRead: Bool { read != nil }

    var readBytes: [UInt8] {
        bytes.withLock { bytes in
            if let bytes { return bytes }
            let read = read?() ?? []
            bytes = read
            return read
        }
    }

    func starts(of bytes: [UInt8]) -> [Int] {
        found.withLock { found in
            if let found { return found }
            var starts = [0]
            bytes.withUnsafeBufferPointer { buffer in
                for offset in buffer.indices where buffer[offset] == UInt8(ascii: "\n") {
                    starts.append(offset + 1)
                }
            }
            found = starts
            return starts
        }
    }
}

/// The source texts one run has seen, addressed by `FileID`.
package struct SourceSet: Sendable {
    /// The texts in the order added; a `FileID` is a position in this array.
    package private(set) var texts: [SourceText] = []

    /// An empty set.
    package init() {}

    /// Adds `text` after the others and returns its identifier.
    package mutating func add(_ text: SourceText) -> FileID {
        texts.append(text)
        return FileID(Int32(texts.count - 1))
    }

    /// The text `file` identifies, which must belong to this set.
    package subscript(file: FileID) -> SourceText { texts[Int(file.rawValue)] }

    /// True when `file` identifies a text of this set.
    package func contains(_ file: FileID) -> Bool { file.rawValue >= 0 && Int(file.rawValue) < texts.count }
}
