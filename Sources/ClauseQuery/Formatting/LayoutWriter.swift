/// Writes tokens and comments in source order, following a `LayoutPlan`.
///
/// A comment that shared a line with the token before it stays at the end of that line; any other
/// comment gets a line of its own. Blank lines are kept, one at most, before statements, clauses and
/// the comments in front of them; others are dropped.
struct LayoutWriter {
    let source: SourceText
    let tokens: [Token]
    let comments: [ByteRange]
    let plan: LayoutPlan

    private var output = ""
    private var lastEnd = 0
    /// True after a comment: the next token must start a new line.
    private var lineClosed = false

    init(source: SourceText, tokens: [Token], comments: [ByteRange], plan: LayoutPlan) {
        self.source = source
        self.tokens = tokens
        self.comments = comments
        self.plan = plan
    }

    /// A comment's text without trailing whitespace.
    static func commentText(_ source: SourceText, _ range: ByteRange) -> String {
        var text = source.text(in: range)
        while let last = text.unicodeScalars.last, last.properties.isWhitespace { text.unicodeScalars.removeLast() }
        return text
    }

    consuming func write() -> String {
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
        if !output.isEmpty { output += "\n" }
        return output
    }

    /// Newlines in the source between the last thing written and `offset`.
    private func newlines(before offset: Int) -> Int {
        var count = 0
        for byte in source.bytes[min(lastEnd, offset)..<offset] where byte == UInt8(ascii: "\n") { count += 1 }
        return count
    }

    private mutating func startLine(indent: Int, blankLine: Bool) {
        if !output.isEmpty { output += blankLine ? "\n\n" : "\n" }
        output += String(repeating: " ", count: indent)
    }

    private mutating func writeComment(_ range: ByteRange, before next: TokenLayout) {
        let gap = newlines(before: range.start)
        if gap == 0 && !output.isEmpty {
            output += " "
        } else {
            startLine(indent: next.commentIndent, blankLine: gap > 1 && next.commentKeepsBlankLine)
        }
        output += LayoutWriter.commentText(source, range)
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
            if index > 0, LayoutPlan.spaced(tokens[index - 1].kind, token.kind) { output += " " }
        }
        output += source.text(in: token.range)
        lastEnd = token.range.end
        lineClosed = false
    }
}
