import ClauseQuery

/// What the server knows about one document's text: its diagnostics (as `clq check` reports
/// them), its symbols, and the knowledge base its names resolve in.
struct Analysis {
    /// The document's text, its lines counted.
    let text: SourceText
    let diagnostics: [Diagnostic]
    let sources: SourceSet
    let knowledgeBase: KnowledgeBase
    let symbols: DocumentSymbols
    /// True when the document's own declarations are in `knowledgeBase`.
    let loaded: Bool

    /// The document's lines, for converting between byte offsets and protocol positions.
    let lineIndex: LineIndex

    /// A document at least this large has its symbols and line index worked out on another core while
    /// it is checked; a smaller one takes less time than handing work to another thread.
    static let sizeWorkedOutAtOnce = 64 * 1024

    /// The document is parsed once: the parse gives the symbols and is what is checked. Whether it
    /// declares knowledge of its own is decided from its tokens, as `clq check` decides it. A large
    /// document's symbols and line index are worked out on another core while it is checked.
    init(uri: String, bytes: [UInt8], workspace: Workspace) {
        let text = SourceText(name: uri, bytes: bytes)
        self.text = text
        let parsed = Parser.parse(text, file: FileID(0))
        let (base, problems) = workspace.baseSession(for: uri, declaresKnowledge: Session.declaresKnowledge(bytes))
        var session = base
        var diagnostics: [Diagnostic] = []
        (symbols, lineIndex) = Concurrently.besides({
            if problems.isEmpty {
                diagnostics = session.loadChecking(parsed, text: text).diagnostics
            } else {
                _ = session.parse(bytes, name: uri)
                diagnostics = problems
            }
        }, { (DocumentSymbols(parsed), LineIndex(bytes)) }, atOnce: bytes.count >= Analysis.sizeWorkedOutAtOnce)
        self.diagnostics = diagnostics
        sources = session.sources
        knowledgeBase = session.knowledgeBase
        let kb = session.knowledgeBase
        // A check without errors loaded every declaration it parsed: only after one with errors are the
        // declarations looked for one by one.
        loaded = problems.isEmpty && !diagnostics.contains(where: \.isError)
            || symbols.declarations.allSatisfy { kb.entity($0.kind, identifier: $0.identifier) != nil }
    }
}
