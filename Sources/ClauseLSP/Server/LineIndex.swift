import ClauseQuery

/// Converts between byte offsets in UTF-8 text and protocol positions (lines and UTF-16 code units).
///
/// The only place positions are counted in UTF-16; everything behind it works in byte offsets.
struct LineIndex {
    let bytes: [UInt8]
    private let lineStarts: [Int]
    /// The UTF-16 units before each line's start, counted from the start of the text.
    private let lineUnits: [Int]
    /// For each block of `blockSize` bytes, the first character start in it (or the block's first byte
    /// after a character that began in the block before) and the UTF-16 units before it: a position is
    /// counted from the nearest checkpoint, never from the start of a long line.
    private let checkpoints: [(offset: Int, units: Int)]
    private static let blockSize = 64

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var units = [0]
        var checkpoints: [(offset: Int, units: Int)] = []
        checkpoints.reserveCapacity(bytes.count / LineIndex.blockSize + 1)
        var offset = 0
        var counted = 0
        while offset < bytes.count {
            if offset >= checkpoints.count * LineIndex.blockSize { checkpoints.append((offset, counted)) }
            if bytes[offset] == UInt8(ascii: "\n") {
                starts.append(offset + 1)
                units.append(counted + 1)
            }
            let next = LineIndex.character(in: bytes, at: offset)
            counted += next.units
            offset += next.bytes
        }
        lineStarts = starts
        lineUnits = units
        self.checkpoints = checkpoints
    }

    /// The end of a line's content, before its `\n` or `\r\n`.
    private func lineEnd(_ line: Int) -> Int {
        var end = line + 1 < lineStarts.count ? lineStarts[line + 1] - 1 : bytes.count
        if end > lineStarts[line], bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return end
    }

    /// The length in bytes and UTF-16 code units of the character starting at `offset`.
    private func character(at offset: Int) -> (bytes: Int, units: Int) {
        LineIndex.character(in: bytes, at: offset)
    }

    /// The length in bytes and UTF-16 code units of the character of `bytes` starting at `offset`; an
    /// invalid byte counts as one character of one unit.
    fileprivate static func character(in bytes: [UInt8], at offset: Int) -> (bytes: Int, units: Int) {
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
        let start = lineStarts[position.line]
        // The last checkpoint on the line at or before the position, found by halves.
        var (offset, units) = (start, 0)
        var low = start / LineIndex.blockSize + 1
        var high = min(checkpoints.count, end / LineIndex.blockSize + 1) - 1
        while low <= high {
            let middle = (low + high) / 2
            let checkpoint = checkpoints[middle]
            let column = checkpoint.units - lineUnits[position.line]
            if checkpoint.offset > end || column > position.character {
                high = middle - 1
            } else {
                (offset, units) = (checkpoint.offset, column)
                low = middle + 1
            }
        }
        while offset < end {
            let next = character(at: offset)
            if units + next.units > position.character { break }
            units += next.units
            offset += next.bytes
        }
        return offset
    }

    /// The position of a byte offset. `near` is a line to look on first, as the line of the offset
    /// before when offsets come in text order: the line is then found without a search.
    func position(of offset: Int, near: Int = 0) -> Position {
        let clamped = max(0, min(offset, bytes.count))
        var low = 0
        var high = lineStarts.count - 1
        if near > 0, near < lineStarts.count, lineStarts[near] <= clamped {
            low = near
            if near + 1 < lineStarts.count, clamped < lineStarts[near + 1] { high = near }
        }
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
        }
        var index = lineStarts[low]
        var units = 0
        let block = min(clamped / LineIndex.blockSize, checkpoints.count - 1)
        if block >= 0 {
            // The checkpoint of the block, or of the block before when a character crosses into it.
            let checkpoint = checkpoints[block].offset <= clamped || block == 0 ? checkpoints[block] : checkpoints[block - 1]
            if checkpoint.offset > index, checkpoint.offset <= clamped {
                (index, units) = (checkpoint.offset, checkpoint.units - lineUnits[low])
            }
        }
        while index < clamped {
            if bytes[index] < 0x80 {
                units += 1
                index += 1
                continue
            }
            let next = character(at: index)
            units += next.units
            index += next.bytes
        }
        return Position(line: low, character: units)
    }

    /// Positions of offsets asked for mostly in increasing order, each counted on from the one before:
    /// a whole document's tokens cost one pass over its bytes. An offset before the last one asked
    /// for is found through the index.
    struct Walker {
        let index: LineIndex
        private var offset = 0, line = 0, units = 0

        init(_ index: LineIndex) { self.index = index }

        mutating func position(of target: Int) -> Position {
            let target = max(0, min(target, index.bytes.count))
            guard target >= offset else { return index.position(of: target, near: line) }
            let bytes = index.bytes
            while offset < target {
                let byte = bytes[offset]
                if byte < 0x80 {
                    if byte == UInt8(ascii: "\n") {
                        line += 1
                        units = 0
                    } else {
                        units += 1
                    }
                    offset += 1
                    continue
                }
                let next = LineIndex.character(in: bytes, at: offset)
                units += next.units
                offset += next.bytes
            }
            return Position(line: line, character: units)
        }
    }

    /// The range of `range`; `near` as for `position(of:near:)`.
    func range(of range: ByteRange, near: Int = 0) -> TextRange {
        let start = position(of: range.start, near: near)
        return TextRange(start: start, end: position(of: range.end, near: start.line))
    }

    /// The range covering the whole text.
    var wholeRange: TextRange { TextRange(start: Position(line: 0, character: 0), end: position(of: bytes.count)) }
}
