@testable import ClauseLSP
import PropertyBased
import Testing

@Suite struct FramingTests {
    /// A reader over `chunks`, handed out one per read.
    static func reader(_ chunks: [String]) -> FrameReader {
        var remaining = chunks.map { Array($0.utf8) }
        return FrameReader { remaining.isEmpty ? nil : remaining.removeFirst() }
    }

    static func frames(_ chunks: [String]) -> [Frame] {
        var reader = reader(chunks)
        var frames: [Frame] = []
        while let frame = reader.next() { frames.append(frame) }
        return frames
    }

    @Test func readsFramesSplitAcrossReads() {
        let frames = FramingTests.frames(["Content-Le", "ngth: 2\r\n\r", "\n{}Content-Length: 4\r\nContent-Type: x\r\n\r\n[1]", "1"])
        #expect(frames == [.message(Array("{}".utf8)), .message(Array("[1]1".utf8))])
    }

    @Test func skipsMalformedHeadersAndResumes() {
        let frames = FramingTests.frames(["Content-Length: x\r\n\r\n{}garbage", "Content-Length: 2\r\n\r\n{}",
                                          "Length: 2\r\n\r\nxx", "content-length:1\r\n\r\n7"])
        #expect(frames == [.malformed("malformed message header: expected 'Content-Length: N'"), .message(Array("{}".utf8)),
                           .malformed("malformed message header: expected 'Content-Length: N'"), .message(Array("7".utf8))])
    }

    @Test func reportsTruncatedInputAndHugeLengths() {
        #expect(FramingTests.frames(["Content-Length: 10\r\n\r\n{}"]) == [.malformed("the input ended inside a message")])
        #expect(FramingTests.frames(["Content-Length: 99999999999\r\n\r\n"])
                == [.malformed("message of 99999999999 bytes exceeds the limit of 67108864")])
        #expect(FramingTests.frames(["\r\n"]).isEmpty)
    }

    @Test func contentLengthRules() {
        #expect(FrameReader.contentLength("Content-Length: 12") == 12)
        #expect(FrameReader.contentLength("content-length:  3 \r\nContent-Type: application/vscode-jsonrpc") == 3)
        #expect(FrameReader.contentLength("Content-Length: -1") == nil)
        #expect(FrameReader.contentLength("Content-Length: 1\r\nContent-Length: 1") == nil)
        #expect(FrameReader.contentLength("Content-Type: x") == nil)
    }
}

@Suite struct LineIndexTests {
    @Test func countsUTF16CodeUnits() {
        let text = "é—🎉x\r\nsecond"
        let index = LineIndex(Array(text.utf8))
        #expect(index.position(of: 0) == Position(line: 0, character: 0))
        #expect(index.position(of: 2) == Position(line: 0, character: 1))
        #expect(index.position(of: 5) == Position(line: 0, character: 2))
        #expect(index.position(of: 9) == Position(line: 0, character: 4))
        #expect(index.offset(of: Position(line: 0, character: 4)) == 9)
        #expect(index.offset(of: Position(line: 0, character: 3)) == 5)
        #expect(index.offset(of: Position(line: 0, character: 99)) == 10)
        #expect(index.offset(of: Position(line: 1, character: 3)) == 15)
        #expect(index.offset(of: Position(line: 7, character: 0)) == text.utf8.count)
        #expect(index.wholeRange.end == Position(line: 1, character: 6))
    }

    @Test func invalidUTF8CountsOneUnitPerByte() {
        let index = LineIndex([0x61, 0xFF, 0xE2, 0x82, 0x62])
        #expect(index.position(of: 5) == Position(line: 0, character: 5))
    }
}

/// Positions counted from checkpoints agree with counting every character from the line's start.
@Suite struct LineIndexOracleTests {
    /// Where each line of `bytes` starts.
    static func lineStarts(_ bytes: [UInt8]) -> [Int] {
        [0] + bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }.map { $0 + 1 }
    }

    /// The UTF-16 position of `offset`, counted from the start of its line.
    static func position(_ bytes: [UInt8], _ starts: [Int], _ offset: Int) -> Position {
        let clamped = max(0, min(offset, bytes.count))
        let line = starts.lastIndex { $0 <= clamped } ?? 0
        var (index, units) = (starts[line], 0)
        while index < clamped {
            let (length, count) = character(bytes, index)
            (index, units) = (index + length, units + count)
        }
        return Position(line: line, character: units)
    }

    /// The offset of `position`: its line's start, then characters while they fit before the line's end.
    static func offset(_ bytes: [UInt8], _ starts: [Int], _ position: Position) -> Int {
        guard position.line < starts.count else { return bytes.count }
        var end = position.line + 1 < starts.count ? starts[position.line + 1] - 1 : bytes.count
        if end > starts[position.line], bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        var (offset, units) = (starts[position.line], 0)
        while offset < end {
            let (length, count) = character(bytes, offset)
            if units + count > position.character { break }
            (offset, units) = (offset + length, units + count)
        }
        return offset
    }

    /// The bytes and UTF-16 units of the character at `offset`; an invalid byte is one of each.
    static func character(_ bytes: [UInt8], _ offset: Int) -> (Int, Int) {
        let length: Int
        switch bytes[offset] {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return (1, 1)
        }
        guard offset + length <= bytes.count, bytes[offset + 1..<offset + length].allSatisfy({ $0 & 0xC0 == 0x80 }) else { return (1, 1) }
        return (length, length == 4 ? 2 : 1)
    }

    static let pieces: [[UInt8]] = ["a", "xyz ", "\n", "\r\n", "é", "—", "🎉", "\t"].map { Array($0.utf8) }
        + [[0xFF], [0xE2, 0x82], [0x80], [0xF0, 0x9F]] + [Array(repeating: UInt8(ascii: "w"), count: 70)]

    @Test func positionsAndOffsetsAgreeWithCountingFromTheLineStart() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...(LineIndexOracleTests.pieces.count - 1)).array(of: 0...40)) { picks in
            let bytes = picks.flatMap { LineIndexOracleTests.pieces[$0] }
            let starts = LineIndexOracleTests.lineStarts(bytes)
            let index = LineIndex(bytes)
            for offset in 0...bytes.count + 1 {
                #expect(index.position(of: offset) == LineIndexOracleTests.position(bytes, starts, offset), "offset \(offset) of \(bytes)")
            }
            for line in 0...starts.count {
                let length = line < starts.count ? (line + 1 < starts.count ? starts[line + 1] : bytes.count) - starts[line] : 0
                for character in 0...length + 2 {
                    let position = Position(line: line, character: character)
                    #expect(index.offset(of: position) == LineIndexOracleTests.offset(bytes, starts, position),
                            "line \(line) character \(character) of \(bytes)")
                }
            }
        }
    }

    /// A line to look on first changes no position, whether or not the offset is on it.
    @Test func aLineToLookOnFirstChangesNoPosition() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...(LineIndexOracleTests.pieces.count - 1)).array(of: 0...40)) { picks in
            let bytes = picks.flatMap { LineIndexOracleTests.pieces[$0] }
            let starts = LineIndexOracleTests.lineStarts(bytes)
            let index = LineIndex(bytes)
            for offset in 0...bytes.count + 1 {
                for near in -1...starts.count + 1 {
                    #expect(index.position(of: offset, near: near) == LineIndexOracleTests.position(bytes, starts, offset),
                            "offset \(offset) near line \(near) of \(bytes)")
                }
            }
        }
    }

    /// A walker gives every offset the position the index gives it, asked in increasing order (each
    /// offset, in the middle of a character too) and then in any order.
    @Test func aWalkerCountsAsTheIndexDoes() async {
        let input = zip(Gen.int(in: 0...(LineIndexOracleTests.pieces.count - 1)).array(of: 0...40),
                            Gen.int(in: 0...200).array(of: 0...30))
        await propertyCheck(count: 200, input: input) { picks, jumps in
            let bytes = picks.flatMap { LineIndexOracleTests.pieces[$0] }
            let starts = LineIndexOracleTests.lineStarts(bytes)
            let index = LineIndex(bytes)
            var walker = LineIndex.Walker(index)
            for offset in 0...bytes.count + 1 {
                #expect(walker.position(of: offset) == LineIndexOracleTests.position(bytes, starts, offset),
                        "offset \(offset) in order of \(bytes)")
            }
            var wandering = LineIndex.Walker(index)
            for offset in jumps {
                #expect(wandering.position(of: offset) == LineIndexOracleTests.position(bytes, starts, min(offset, bytes.count)),
                        "offset \(offset) after \(jumps) of \(bytes)")
            }
        }
    }
}
