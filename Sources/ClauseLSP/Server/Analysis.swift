import ClauseQuery

/// What the server knows about one document's text: its diagnostics (as `clq check` reports
/// them), its symbols, and the knowledge base its names resolve in.
struct Analysis {
    let diagnostics: [Diagnostic]
    let sources: SourceSet
    let knowledgeBase: KnowledgeBase
    let symbols: DocumentSymbols
    /// True when the document's own declarations are in `knowledgeBase`.
    let loaded: Bool

    init(uri: String, bytes: [UInt8], workspace: Workspace) {
        let (base, problems) = workspace.baseSession(for: uri, bytes: bytes)
        var session = base
        if problems.isEmpty {
            diagnostics = session.loadChecking(bytes, name: uri).diagnostics
        } else {
            _ = session.parse(bytes, name: uri)
            diagnostics = problems
        }
        sources = session.sources
        knowledgeBase = session.knowledgeBase
        symbols = DocumentSymbols(Parser.parse(SourceText(name: uri, bytes: bytes), file: FileID(0)))
        let kb = session.knowledgeBase
        loaded = symbols.declarations.allSatisfy { kb.entity($0.kind, identifier: $0.identifier) != nil }
    }
}
