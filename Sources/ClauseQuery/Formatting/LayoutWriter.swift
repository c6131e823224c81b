/// Writes tokens and comments in source order, following a `LayoutPlan`.
///
/// A comment that shared a line with the token before it stays at the end of that line; any other
/// comment gets a line of its own. Blank lines are kept, one at most, before statements, clauses and
/// the comments in front of them; others are dropped. Tokens and comments are copied byte for byte
/// (a comment need not be valid UTF-8), and a byte order mark that starts the text starts the output.
struct LayoutWriter {
    let source: SourceText
    let tokens: [Token]
    let comments: [ByteRange]
    let plan: LayoutPlan

    private var output: [UInt8] = []
    private var lastEnd = 0
    /// True after a comment: the next token must start a new line.
    private var lineClosed = false

    init(source: SourceText, tokens: [Token], comments: [ByteRange], plan: LayoutPlan) {
        self.source = source
        self.tokens = tokens
        self.comments = comments
        self.plan = plan
    }

    /// The UTF-8 byte order mark.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// A comment's bytes without trailing whitespace; bytes that are not valid UTF-8 are kept as they are.
    static func commentBytes(_ source: SourceText, _ range: ByteRange) -> ArraySlice<UInt8> {
        let bytes = source.bytes[range.start..<range.end]
        var end = range.end
        while end > range.start {
            var lead = end - 1
            while lead > range.start, end - lead < 4, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
            guard let scalar = onlyScalar(bytes[lead..<end]), scalar.properties.isWhitespace else { break }
            end = lead
        }
        return bytes[range.start..<end]
    }

    /// The one scalar `bytes` encode, or nil when they are not exactly one valid UTF-8 scalar.
    private static func onlyScalar(_ bytes: ArraySlice<UInt8>) -> Unicode.Scalar? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator), iterator.next() == nil else { return nil }
        return scalar
    }

    consuming func write() -> [UInt8] {
        var commentIndex = 0
        for index in tokens.indices {
            while commentIndex < comments.count, comments[commentIndex].start < tokens[index].range.start {
                writeComment(comments[commentIndex], before: plan[index])
                commentIndex += 1
            }
            writeToken(index)
        }
        let end = TokenLayout(placement: .inline, continuation: 0, commentIndent: 0, commentKeepsBlankLine: true)
        for comment in comments[commentIndex...] { writeComment(comment, before: end) }
        if !output.isEmpty { output.append(UInt8(ascii: "\n")) }
        return source.bytes.starts(with: LayoutWriter.byteOrderMark) ? LayoutWriter.byteOrderMark + output : output
    }

    /// Newlines in the source between the last thing written and `offset`.
    private func newlines(before offset: Int) -> Int {
        var count = 0
        for byte in source.bytes[min(lastEnd, offset)..<offset] where byte == UInt8(ascii: "\n") { count += 1 }
        return count
    }

    private mutating func startLine(indent: Int, blankLine: Bool) {
        if !output.isEmpty { output += blankLine ? [UInt8(ascii: "\n"), UInt8(ascii: "\n")] : [UInt8(ascii: "\n")] }
        output += repeatElement(UInt8(ascii: " "), count: indent)
    }

    private mutating func writeComment(_ range: ByteRange, before next: TokenLayout) {
        let gap = newlines(before: range.start)
        if gap == 0 && !output.isEmpty {
            output.append(UInt8(ascii: " "))
        } else {
            startLine(indent: next.commentIndent, blankLine: gap > 1 && next.commentKeepsBlankLine)
        }
        output += LayoutWriter.commentBytes(source, range)
        lastEnd = range.end
        lineClosed = true
    }

    private mutating func writeToken(_ index: Int) {
        let token = tokens[index]
        let layout = plan[index]
        switch layout.placement {
        case .newline(let indent, let keepsBlankLine):
            startLine(indent: indent, blankLine: keepsBlankLine && newlines(before: token.range.start) > 1)
        case .inline where lineClosed:
            startLine(indent: layout.continuation, blankLine: false)
        case .inline:
            if index > 0, LayoutPlan.spaced(tokens[index - 1].kind, token.kind) { output.append(UInt8(ascii: " ")) }
        }
        output += source.bytes[token.range.start..<token.range.end]
        lastEnd = token.range.end
        lineClosed = false
    }
}
