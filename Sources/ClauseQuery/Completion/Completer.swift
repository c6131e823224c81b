/// One completion offered at a cursor.
package struct CompletionCandidate: Hashable, Sendable {
    /// What a candidate is: a keyword, a name of one kind of entity, or an action some clause uses.
    package enum Kind: String, Hashable, Sendable {
        /// A reserved word, a name of the entity kind of the same name, or an action (offered after a possessive).
        case keyword, party, asset, source, agreement, clause, event, prospect, action
    }
    /// The text to insert, quoted when it is a name that is not an identifier.
    package var text: String
    /// Whether the text is a keyword, a name of which kind of entity, or an action.
    package var kind: Kind
    /// A short description: a party's full name, what a clause is about.
    package var detail: String?
}

/// The completions at a cursor and the range of the partial word they replace.
package struct CompletionList: Sendable {
    /// The bytes of the partial word before the cursor that a chosen candidate replaces; empty at
    /// the cursor when no word is begun.
    package var replacing: ByteRange
    /// The candidates whose text starts with the partial word (ignoring case and a leading quote),
    /// keywords first, without duplicates.
    package var candidates: [CompletionCandidate]
}

/// Finds the keywords and names that can follow the text before a cursor.
///
/// Each keyword is tried by appending it to the current statement and parsing: the parser
/// itself decides what may come next, so completion never drifts from the grammar.
package enum Completer {
    /// The completions at UTF-8 byte offset `cursor` of `text` (clamped to the text), naming entities of `kb`.
    package static func complete(_ text: String, cursor: Int, knowledgeBase kb: KnowledgeBase) -> CompletionList {
        let bytes = Array(text.utf8)
        let cursor = max(0, min(cursor, bytes.count))
        var wordStart = cursor
        while wordStart > 0, isWordByte(bytes[wordStart - 1]) { wordStart -= 1 }
        let partial = String(decoding: bytes[wordStart..<cursor], as: UTF8.self)
        let statement = startOfStatement(bytes, before: wordStart)
        let prefix = Array(bytes[statement.offset..<wordStart])
        var candidates: [CompletionCandidate] = []
        for keyword in Keyword.allCases
        where accepts(prefix, Array(keyword.rawValue.utf8), insideAgreement: statement.insideAgreement) {
            candidates.append(CompletionCandidate(text: keyword.rawValue, kind: .keyword))
        }
        if accepts(prefix, Array("Placeholder".utf8), insideAgreement: statement.insideAgreement) {
            candidates += names(after: prefix, kb)
        }
        let folded = partial.lowercased()
        var seen: Set<String> = []
        let matching = candidates.filter { candidate in
            let bare = candidate.text.hasPrefix("\"") ? String(candidate.text.dropFirst()) : candidate.text
            return (folded.isEmpty || bare.lowercased().hasPrefix(folded)) && seen.insert(candidate.text).inserted
        }
        return CompletionList(replacing: ByteRange(wordStart, cursor), candidates: matching)
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    /// Where the statement holding the cursor starts, and whether it lies inside an agreement's braces.
    static func startOfStatement(_ bytes: [UInt8], before end: Int) -> (offset: Int, insideAgreement: Bool) {
        let lexed = Lexer.lex(SourceText(name: "", bytes: Array(bytes[0..<end])), file: FileID(0))
        var start = 0
        var braces = 0
        for token in lexed.tokens {
            switch token.kind {
            case .leftBrace:
                braces += 1
                start = token.range.end
            case .rightBrace:
                braces = max(0, braces - 1)
                start = token.range.end
            case .dot, .question:
                start = token.range.end
            default:
                break
            }
        }
        return (start, braces > 0)
    }

    /// True when the parser accepts `word` right after `prefix`: any error it reports lies beyond the word.
    static func accepts(_ prefix: [UInt8], _ word: [UInt8], insideAgreement: Bool) -> Bool {
        let opening = insideAgreement ? Array("agreement A {\n".utf8) : []
        var text = opening + prefix
        if let last = text.last, isWordByte(last) { text.append(UInt8(ascii: " ")) }
        let wordEnd = text.count + word.count
        let parsed = Parser.parse(SourceText(name: "", bytes: text + word), file: FileID(0))
        guard let firstError = parsed.diagnostics.first(where: \.isError)?.location?.range.start else { return true }
        return firstError >= wordEnd
    }

    /// Names of the kinds of thing the previous keywords call for.
    static func names(after prefix: [UInt8], _ kb: KnowledgeBase) -> [CompletionCandidate] {
        let tokens = Lexer.lex(SourceText(name: "", bytes: prefix), file: FileID(0)).tokens.dropLast()
        let previous = tokens.last.map { String(decoding: prefix[$0.range.start..<$0.range.end], as: UTF8.self) } ?? ""
        let beforePrevious = tokens.dropLast().last.map { String(decoding: prefix[$0.range.start..<$0.range.end], as: UTF8.self) } ?? ""
        let kinds: [EntityKind]
        switch (beforePrevious, previous) {
        case (_, "for"), (_, "of"), (_, "against"), (_, "toward"), (_, "towards"), (_, "between"), (_, "involving"),
             ("holder", "is"), ("counterparty", "is"), ("party", "is"), ("owned", "by"), ("does", _), (_, "and"), (_, ","):
            kinds = previous == "and" || previous == "," ? [.party, .asset] : [.party]
        case (_, "about"), (_, "on"), (_, "using"), (_, "to"): kinds = [.asset]
        case (_, "amends"), ("agreement", "is"): kinds = [.agreement]
        case (_, "cites"): kinds = [.source]
        case ("replaced", "by"), ("terminated", "by"): kinds = [.clause, .agreement]
        case (_, "exercises"), (_, "lapses"), (_, "exercised"), (_, "replaces"): kinds = [.clause]
        case (_, "if"), (_, "unless"): kinds = [.event, .prospect]
        case (_, "is"), (_, "does"), (_, "explain"), (_, ":"): kinds = [.clause, .party]
        default: kinds = EntityKind.allCases
        }
        if previous == "'s" || previous == "’s" || (tokens.last?.kind == .possessive) {
            return kb.actionNames.map { CompletionCandidate(text: $0, kind: .action) }
        }
        return kinds.flatMap { candidates(of: $0, kb) }
    }

    static func candidates(of kind: EntityKind, _ kb: KnowledgeBase) -> [CompletionCandidate] {
        let candidateKind = CompletionCandidate.Kind(rawValue: kind.rawValue) ?? .keyword
        return kb.spellings(of: kind).map { spelling in
            let isIdentifier = !spelling.isEmpty && spelling.utf8.allSatisfy(isWordByte)
                && !(spelling.utf8.first.map { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } ?? false)
                && Keyword.named(spelling) == nil
            let detail = kb.index(for: kind).resolve(spelling).entity.map { kb.displayName(of: EntityRef(kind, $0)) }
            return CompletionCandidate(text: isIdentifier ? spelling : "\"\(spelling)\"", kind: candidateKind,
                                       detail: detail)
        }.sorted { $0.text.sortKey < $1.text.sortKey }
    }
}

extension String {
    /// Lowercased without quotes, so quoted names sort among bare ones.
    fileprivate var sortKey: String { filter { $0 != "\"" }.lowercased() }
}
