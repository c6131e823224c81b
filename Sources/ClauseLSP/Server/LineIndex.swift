import ClauseQuery

/// Converts between byte offsets in UTF-8 text and protocol positions (lines and UTF-16 code units).
///
/// The only place positions are counted in UTF-16; everything behind it works in byte offsets.
struct LineIndex {
    let bytes: [UInt8]
    private let lineStarts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        lineStarts = starts
    }

    /// The end of a line's content, before its `\n` or `\r\n`.
    private func lineEnd(_ line: Int) -> Int {
        var end = line + 1 < lineStarts.count ? lineStarts[line + 1] - 1 : bytes.count
        if end > lineStarts[line], bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return end
    }

    /// The length in bytes and UTF-16 code units of the character starting at `offset`.
    private func character(at offset: Int) -> (bytes: Int, units: Int) {
        let lead = bytes[offset]
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return (1, 1)
        }
        guard offset + length <= bytes.count,
              bytes[offset + 1..<offset + length].allSatisfy({ $0 & 0xC0 == 0x80 }) else { return (1, 1) }
        return (length, length == 4 ? 2 : 1)
    }

    /// The byte offset of a position; past the end of a line means its end, past the last line the text's end.
    func offset(of position: Position) -> Int {
        guard position.line >= 0 else { return 0 }
        guard position.line < lineStarts.count else { return bytes.count }
        let end = lineEnd(position.line)
        var offset = lineStarts[position.line]
        var units = 0
        while offset < end {
            let next = character(at: offset)
            if units + next.units > position.character { break }
            units += next.units
            offset += next.bytes
        }
        return offset
    }

    /// The position of a byte offset.
    func position(of offset: Int) -> Position {
        let clamped = max(0, min(offset, bytes.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
        }
        var units = 0
        var index = lineStarts[low]
        while index < clamped {
            let next = character(at: index)
            units += next.units
            index += next.bytes
        }
        return Position(line: low, character: units)
    }

    func range(of range: ByteRange) -> TextRange {
        TextRange(start: position(of: range.start), end: position(of: range.end))
    }

    /// The range covering the whole text.
    var wholeRange: TextRange { TextRange(start: Position(line: 0, character: 0), end: position(of: bytes.count)) }
}
