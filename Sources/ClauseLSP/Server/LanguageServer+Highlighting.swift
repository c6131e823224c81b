import ClauseQuery

/// Semantic tokens: the whole document coloured by what each word is, names by the kind of thing they
/// name, so that any LSP client highlights clq without a grammar of its own.
extension LanguageServer {
    /// The token types, in `HighlightKind` order, as the LSP names them.
    static let semanticTokenTypes = ["keyword", "type", "string", "number", "comment", "class", "struct", "interface",
                                     "namespace", "property", "event", "enumMember", "variable"]
    static let semanticTokenModifiers = ["declaration"]

    /// The tokens' JSON text, `{"data":[…]}`, written number by number.
    func semanticTokens(_ params: JSON) throws(ResponseError) -> [UInt8] {
        let document = try document(try decode(DocumentParams.self, params).textDocument.uri)
        let data = semanticTokenData(document)
        var writer = JSONWriter()
        writer.bytes.reserveCapacity(data.count * 3 + 16)
        writer.append(raw: #"{"data":["#)
        // A few hundred numbers at a time, each at most eleven bytes and a comma.
        for chunk in stride(from: 0, to: data.count, by: 256) {
            let end = min(chunk + 256, data.count)
            writer.append(room: (end - chunk) * 12) { cursor in
                for position in chunk..<end {
                    if position > 0 { cursor.byte(UInt8(ascii: ",")) }
                    cursor.integer(Int64(data[position]))
                }
            }
        }
        writer.append(raw: "]}")
        return writer.bytes
    }

    /// The document's semantic tokens as the LSP encodes them: five numbers a token, relative to the one before.
    func semanticTokenData(_ document: OpenDocument) -> [Int32] {
        var declared = document.analysis.symbols.declarations.map { $0.nameRange.start }
        if zip(declared, declared.dropFirst()).contains(where: { $0 > $1 }) { declared.sort() }
        let highlights = Highlights.of(document.analysis.text,
                                       knowledgeBase: document.knowledgeBase, declared: declared)
        var walker = LineIndex.Walker(document.lineIndex)
        var data: [Int32] = []
        data.reserveCapacity(highlights.count * 5)
        var (line, character) = (0, 0)
        for highlight in highlights {
            let start = walker.position(of: highlight.range.start)
            let end = walker.position(of: highlight.range.end)
            guard end.line == start.line, end.character > start.character else { continue }
            let deltaLine = start.line - line
            let deltaCharacter = deltaLine == 0 ? start.character - character : start.character
            data.append(Int32(clamping: deltaLine))
            data.append(Int32(clamping: deltaCharacter))
            data.append(Int32(clamping: end.character - start.character))
            data.append(Int32(clamping: highlight.kind.rawValue))
            data.append(highlight.isDeclaration ? 1 : 0)
            (line, character) = (start.line, start.character)
        }
        return data
    }
}
