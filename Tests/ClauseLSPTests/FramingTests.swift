@testable import ClauseLSP
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
