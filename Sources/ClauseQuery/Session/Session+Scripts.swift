extension Session {
    /// True when the text declares knowledge of its own: some statement starts with a declaration keyword.
    ///
    /// Front ends use it to decide whether a script runs on its own knowledge or on a base
    /// knowledge base; it only lexes, so it is cheap even for large scripts.
    package static func declaresKnowledge(_ bytes: [UInt8]) -> Bool {
        let tokens = Lexer.lex(SourceText(name: "", bytes: bytes), file: FileID(0)).tokens
        var atStatementStart = true
        var braces = 0
        for token in tokens {
            switch token.kind {
            case .keyword(.party), .keyword(.asset), .keyword(.source), .keyword(.agreement), .keyword(.event),
                 .keyword(.prospect):
                if atStatementStart && braces == 0 { return true }
                atStatementStart = false
            case .leftBrace:
                braces += 1
            case .rightBrace:
                braces = max(0, braces - 1)
                atStatementStart = braces == 0
            case .dot, .question:
                atStatementStart = braces == 0
            default:
                atStatementStart = false
            }
        }
        return false
    }
}
