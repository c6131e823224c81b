import ClauseQuery

/// Completion (the REPL's engine) and formatting (the canonical formatter).
extension LanguageServer {
    func completion(_ params: JSON) throws(ResponseError) -> JSON {
        let request = try decode(PositionParams.self, params)
        let document = try document(request.textDocument.uri)
        let index = document.lineIndex
        let cursor = index.offset(of: request.position)
        let text = String(decoding: document.bytes, as: UTF8.self)
        guard Array(text.utf8) == document.bytes else { return JSON(encoding: CompletionList(isIncomplete: false, items: [])) }
        let list = Completer.complete(text, cursor: cursor, knowledgeBase: document.knowledgeBase)
        let range = index.range(of: list.replacing)
        let items = list.candidates.map { candidate in
            CompletionItem(label: candidate.text, kind: LanguageServer.completionKind(candidate.kind),
                           detail: candidate.detail ?? candidate.kind.rawValue,
                           textEdit: TextEdit(range: range, newText: candidate.text))
        }
        return JSON(encoding: CompletionList(isIncomplete: false, items: items))
    }

    static func completionKind(_ kind: CompletionCandidate.Kind) -> Int {
        switch kind {
        case .keyword: return 14
        case .party: return 7
        case .asset: return 22
        case .source: return 17
        case .agreement: return 9
        case .clause: return 5
        case .event: return 23
        case .prospect: return 21
        case .action: return 3
        }
    }

    /// The whole document replaced by its canonical form; no edits when it is formatted already or
    /// does not parse (its diagnostics say why).
    func formatting(_ params: JSON) throws(ResponseError) -> JSON {
        let document = try document(try decode(DocumentParams.self, params).textDocument.uri)
        let formatted: String
        do throws(FormatFailure) {
            formatted = try SourceFormatter.format(document.bytes, name: document.uri)
        } catch {
            return .array([])
        }
        guard Array(formatted.utf8) != document.bytes else { return .array([]) }
        return JSON(encoding: [TextEdit(range: document.lineIndex.wholeRange, newText: formatted)])
    }
}
