/// Help for the mistakes people make: misspelt keywords, and questions in words the grammar does not take.
extension Parser {
    /// The keywords a statement can start with.
    static let statementKeywords: [Keyword] = [
        .party, .asset, .source, .agreement, .event, .prospect, .expect, .which, .is, .does, .when, .what, .changes,
        .explain, .list, .rights, .obligations, .permissions, .prohibitions, .clauses,
    ]
    /// The keywords that start a modifier.
    static let modifierKeywords: [Keyword] = [.for, .of, .where, .in, .throughout, .at, .as, .before, .after, .between]
    /// The kinds of clause a question asks for, plural and singular.
    static let kindKeywords: [Keyword] = [
        .rights, .obligations, .permissions, .prohibitions, .clauses, .right, .obligation, .permission, .prohibition, .clause,
    ]

    /// The note "did you mean 'which'?" when the current token is a name a few edits from one of
    /// `keywords` (or one of them in capitals), as unknown names get it; none otherwise.
    func keywordHint(_ keywords: [Keyword]) -> [DiagnosticNote] {
        guard at(.identifier), !keywords.isEmpty,
              let match = Suggestions.closest(to: text(current), among: keywords.map(\.rawValue)) else { return [] }
        return [DiagnosticNote("did you mean '\(match)'?")]
    }

    /// A question asked in words the grammar does not take ("What rights…", "why", "who", "how many"):
    /// the abort after reporting the nearest form that works, or nil when the statement is not one.
    mutating func naturalQuestion() -> ParseAbort? {
        let first = current
        guard first.kind == .identifier || first.kind == .keyword(.what) else { return nil }
        let word = text(first).lowercased()
        let next = peek()
        switch word {
        case "what":
            let asksForClauses = clauseKind(next.kind) != nil
            guard asksForClauses || next.kind == .keyword(.does) || next.kind == .keyword(.do) else { return nil }
            let suggestion = attempt(asksForClauses ? "which" : "which clauses", from: next)
            return unsupported("questions about clauses start with 'which'; 'what' only begins 'what changed between …'",
                               first.range, [suggestion.map { "try '\($0)'" } ?? "try 'which rights hold for Microsoft?'"])
        case "why":
            let suggestion = attempt("explain", from: next)
            return unsupported("there is no 'why' question; 'explain' gives the reasons behind an answer", first.range,
                               [suggestion.map { "try '\($0)'" } ?? "try 'explain' and a question or a clause, as in 'explain ModelAccess?'"])
        case "who":
            var notes = ["try 'list parties?' for every party"]
            let verbs: [TokenKind] = [.keyword(.holds), .keyword(.hold), .keyword(.have)]
            if verbs.contains(next.kind) || ["has", "owns", "owes"].contains(text(next)),
               let suggestion = attempt("explain", from: peek(2)) {
                notes.insert("try '\(suggestion)' to see who holds it and toward whom", at: 0)
            }
            return unsupported("there is no 'who' question; 'explain' a clause to see who holds it", first.range, notes)
        case "how":
            let amount = text(next).lowercased()
            guard next.kind == .identifier, amount == "much" || amount == "many" else { return nil }
            guard text(first) != "how" || text(next) != amount else { return nil }
            let suggestion = attempt("how \(amount)", from: peek(2))
            let example = amount == "many" ? "how many rights hold for Microsoft?" : "how much does OpenAI owe AWS?"
            return unsupported("words of questions are lowercase: write 'how \(amount)'", first.range.union(next.range),
                               [suggestion.map { "try '\($0)'" } ?? "try '\(example)'"])
        default:
            return nil
        }
    }

    /// `words` followed by the statement's text from `token` on, when that parses as one question.
    func attempt(_ words: String, from token: Token) -> String? {
        guard token.kind != .endOfInput else { return nil }
        var end = index
        while end < tokens.count - 1, ![.dot, .question, .endOfInput].contains(tokens[end].kind) { end += 1 }
        let last = tokens[end].kind == .endOfInput ? tokens[max(end - 1, 0)] : tokens[end]
        guard last.range.end > token.range.start else { return nil }
        let candidate = words + " " + source.text(in: ByteRange(token.range.start, last.range.end))
        guard candidate.utf8.count <= 200 else { return nil }
        let parsed = Parser.parse(SourceText(name: "", text: candidate), file: file)
        guard parsed.diagnostics.isEmpty, parsed.statements.count == 1, case .question = parsed.statements[0] else { return nil }
        return candidate.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    mutating func unsupported(_ message: String, _ range: ByteRange, _ notes: [String]) -> ParseAbort {
        report(.unsupportedQuestion, message, range, notes: notes.map { DiagnosticNote($0) })
        return ParseAbort()
    }
}
