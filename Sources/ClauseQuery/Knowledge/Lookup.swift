extension KnowledgeBase {
    /// Resolves a written reference, or explains why it cannot be: unknown (with a suggestion) or ambiguous.
    func lookup(_ name: Name, _ kind: EntityKind, file: FileID) -> Result<Int32, Diagnostic> {
        let location = SourceLocation(file: file, range: name.range)
        switch index(for: kind).resolve(name.text) {
        case .found(let index):
            return .success(index)
        case .ambiguous:
            return .failure(Diagnostic(.ambiguousName, .error,
                                       "'\(name.text)' names more than one \(kind.rawValue); use the identifier",
                                       at: location))
        case .missing:
            return .failure(KnowledgeBase.unknown(name, kind.rawValue, KnowledgeBase.unknownID(kind),
                                                  candidates: candidates(of: kind), at: location))
        }
    }

    static func unknownID(_ kind: EntityKind) -> DiagnosticID {
        switch kind {
        case .party: return .unknownParty
        case .asset: return .unknownAsset
        case .agreement: return .unknownAgreement
        case .clause: return .unknownClause
        case .source: return .unknownSource
        case .event, .prospect: return .unknownReference
        }
    }

    /// "unknown party 'Microsfot'" with a "did you mean" note when a close spelling exists.
    static func unknown(_ name: Name, _ what: String, _ id: DiagnosticID, candidates: Spellings,
                        at location: SourceLocation) -> Diagnostic {
        var notes: [DiagnosticNote] = []
        if let suggestion = Suggestions.closest(to: name.text, among: candidates) {
            notes.append(DiagnosticNote("did you mean '\(suggestion)'?"))
        }
        return Diagnostic(id, .error, "unknown \(what) '\(name.text)'", at: location, notes: notes)
    }
}
