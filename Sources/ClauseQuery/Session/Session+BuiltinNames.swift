extension BuiltinKnowledgeBase {
    /// The built-in knowledge base, loaded once, for looking names up in it.
    static let knowledgeBase: KnowledgeBase = Session.builtin().knowledgeBase

    /// The diagnostics that report an unknown name.
    static let unknownNameIDs: Set<DiagnosticID> = [
        .unknownParty, .unknownAsset, .unknownAgreement, .unknownClause, .unknownSource, .unknownReference,
    ]
}

extension Session {
    /// The diagnostics, each error about an unknown name that the built-in knowledge base declares with a
    /// note saying so: "'Microsoft' is in the built-in knowledge base; check with --with-builtin", where
    /// `advice` is the part after the semicolon. For front ends whose session does not include it.
    package func notingBuiltinNames(_ diagnostics: [Diagnostic], advice: String) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            guard diagnostic.isError, BuiltinKnowledgeBase.unknownNameIDs.contains(diagnostic.id),
                  let location = diagnostic.location, sources.contains(location.file) else { return diagnostic }
            var name = sources[location.file].text(in: location.range)
            if name.count >= 2, name.hasPrefix("\""), name.hasSuffix("\"") { name = String(name.dropFirst().dropLast()) }
            let builtin = BuiltinKnowledgeBase.knowledgeBase
            guard EntityKind.allCases.contains(where: { builtin.index(for: $0).resolve(name) != .missing }) else {
                return diagnostic
            }
            var noted = diagnostic
            noted.notes.append(DiagnosticNote("'\(name)' is in the built-in knowledge base; \(advice)"))
            return noted
        }
    }
}

extension Session {
    /// The outcome with `notingBuiltinNames(_:advice:)` applied to its diagnostics and its questions'.
    package func notingBuiltinNames(_ outcome: ScriptOutcome, advice: String) -> ScriptOutcome {
        var noted = outcome
        noted.diagnostics = notingBuiltinNames(outcome.diagnostics, advice: advice)
        for index in noted.steps.indices {
            noted.steps[index].diagnostics = notingBuiltinNames(noted.steps[index].diagnostics, advice: advice)
        }
        return noted
    }
}
