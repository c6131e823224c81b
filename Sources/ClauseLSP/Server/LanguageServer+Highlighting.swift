import ClauseQuery

/// Semantic tokens: the whole document coloured by what each word is, names by the kind of thing they
/// name, so that any LSP client highlights clq without a grammar of its own.
extension LanguageServer {
    /// The token types, in `HighlightKind` order, as the LSP names them.
    static let semanticTokenTypes = ["keyword", "type", "string", "number", "comment", "class", "struct", "interface",
                                     "namespace", "property", "event", "enumMember", "variable"]
    static let semanticTokenModifiers = ["declaration"]

    func semanticTokens(_ params: JSON) throws(ResponseError) -> JSON {
        let document = try document(try decode(DocumentParams.self, params).textDocument.uri)
        let declared = Set(document.analysis.symbols.declarations.map(\.nameRange.start))
        let highlights = Highlights.of(SourceText(name: document.uri, bytes: document.bytes),
                                       knowledgeBase: document.knowledgeBase, declared: declared)
        let index = LineIndex(document.bytes)
        var data: [JSON] = []
        var (line, character) = (0, 0)
        for highlight in highlights {
            let start = index.position(of: highlight.range.start)
            let end = index.position(of: highlight.range.end)
            guard end.line == start.line, end.character > start.character else { continue }
            let deltaLine = start.line - line
            let deltaCharacter = deltaLine == 0 ? start.character - character : start.character
            data += [deltaLine, deltaCharacter, end.character - start.character, highlight.kind.rawValue,
                     highlight.isDeclaration ? 1 : 0].map { JSON.number(Double($0)) }
            (line, character) = (start.line, start.character)
        }
        return .object(["data": .array(data)])
    }
}
