/// What a stretch of text is, for editors that colour it: the language's own words, literals and
/// comments, and each name as the kind of thing it names in the knowledge base.
package enum HighlightKind: Int, CaseIterable, Sendable {
    case keyword, modality, string, number, comment
    case party, asset, source, agreement, clause, event, prospect
    /// A name the knowledge base does not know.
    case name
}

/// One coloured stretch of a text.
package struct Highlight: Equatable, Sendable {
    package var range: ByteRange
    package var kind: HighlightKind
    /// True where a declaration names what it declares.
    package var isDeclaration: Bool
}

package enum Highlights {
    /// The modalities and kinds of clause, coloured apart from the other words.
    static let modalities: Set<Keyword> = [
        .right, .obligation, .permission, .prohibition, .power, .immunity, .liability, .liabilities, .disability,
        .disabilities, .rights, .obligations, .permissions, .prohibitions, .claims, .claim, .powers, .immunities,
        .noRights, .noRight,
    ]

    /// The highlights of `source` in text order, its names looked up in `knowledgeBase`; `declared` holds
    /// the offsets where declarations' names start, in increasing order.
    package static func of(_ source: SourceText, knowledgeBase kb: KnowledgeBase, declared: [Int]) -> [Highlight] {
        let lexed = Lexer.lex(source, file: FileID(0))
        var highlights: [Highlight] = []
        highlights.reserveCapacity(lexed.tokens.count + lexed.comments.count)
        var comments = lexed.comments.makeIterator()
        var nextComment = comments.next()
        let names = nameKinds(kb)
        var nextDeclared = 0
        for token in lexed.tokens {
            while let comment = nextComment, comment.start < token.range.start {
                highlights.append(Highlight(range: comment, kind: .comment, isDeclaration: false))
                nextComment = comments.next()
            }
            guard let kind = kind(of: token, source, names) else { continue }
            while nextDeclared < declared.count, declared[nextDeclared] < token.range.start { nextDeclared += 1 }
            let isDeclaration = nextDeclared < declared.count && declared[nextDeclared] == token.range.start
            highlights.append(Highlight(range: token.range, kind: kind, isDeclaration: isDeclaration))
        }
        while let comment = nextComment {
            highlights.append(Highlight(range: comment, kind: .comment, isDeclaration: false))
            nextComment = comments.next()
        }
        return highlights
    }

    /// The kinds a name is looked up as, in order: the first that knows it colours it.
    static let nameKinds: [(EntityKind, HighlightKind)] = [(.party, .party), (.agreement, .agreement), (.clause, .clause),
                                                           (.asset, .asset), (.event, .event), (.prospect, .prospect),
                                                           (.source, .source)]

    /// The kind of every name of `kb` by its lowercase: the first of `nameKinds` that knows it.
    private static func nameKinds(_ kb: KnowledgeBase) -> [String: HighlightKind] {
        var names: [String: HighlightKind] = [:]
        for (entityKind, highlightKind) in nameKinds {
            kb.index(for: entityKind).folded.forEach { key, entities in
                if !entities.isEmpty, names[key] == nil { names[key] = highlightKind }
            }
        }
        return names
    }

    /// A name is looked up once, by its lowercase, in the kinds of all names: what resolves exactly
    /// resolves ignoring case too, since every identifier is a name.
    private static func kind(of token: Token, _ source: SourceText, _ names: [String: HighlightKind]) -> HighlightKind? {
        switch token.kind {
        case .keyword(let keyword): return modalities.contains(keyword) ? .modality : .keyword
        case .string: return .string
        case .integer, .date, .money: return .number
        case .identifier:
            return names[source.text(in: token.range).lowercased()] ?? .name
        default: return nil
        }
    }
}
