@testable import ClauseQuery
import Testing

/// The one way every front end builds its session: files, the built-in knowledge base, the assumption.
@Suite struct SessionConfigurationTests {
    static let own = Array("party A \"A\".\nlist parties?\n".utf8)
    static let questions = Array("list parties?\n".utf8)
    static let kb = (name: "kb.clq", bytes: Array("party K \"K\".\n".utf8))

    func parties(_ session: Session) -> [String] { session.knowledgeBase.parties.map(\.id) }

    @Test func theBuiltinKnowledgeBaseUnlessFilesOrAScriptDeclareTheirOwn() {
        #expect(SessionConfiguration().includesBuiltin(for: [Self.questions]))
        #expect(!SessionConfiguration().includesBuiltin(for: [Self.questions, Self.own]))
        #expect(!SessionConfiguration(knowledgeFiles: ["kb.clq"]).includesBuiltin(for: [Self.questions]))
        #expect(SessionConfiguration(knowledgeFiles: ["kb.clq"], withBuiltin: true).includesBuiltin(for: [Self.own]))
        #expect(parties(SessionConfiguration().baseSession(for: [Self.own])) == [])
        #expect(parties(SessionConfiguration().baseSession()) == ["Microsoft", "OpenAI", "Amazon", "AWS", "Google"])
    }

    @Test func filesLoadInsteadOfOrAsWellAsTheBuiltinKnowledgeBase() {
        let instead = SessionConfiguration(knowledgeFiles: ["kb.clq"]).session(loading: [Self.kb])
        #expect(!instead.outcome.loadFailed)
        #expect(parties(instead.session) == ["K"])
        let both = SessionConfiguration(knowledgeFiles: ["kb.clq"], withBuiltin: true, unknownEnds: .continue)
            .session(loading: [Self.kb])
        #expect(parties(both.session) == ["Microsoft", "OpenAI", "Amazon", "AWS", "Google", "K"])
        #expect(both.session.options.unknownEnds == .continue)
    }

    @Test func filesThatDoNotLoadLeaveTheBaseAndTheirDiagnostics() {
        let bad = (name: "bad.clq", bytes: Array("party B part of Nobody.\n".utf8))
        let loaded = SessionConfiguration(knowledgeFiles: ["bad.clq"], withBuiltin: true).session(loading: [bad])
        #expect(loaded.outcome.loadFailed)
        #expect(loaded.outcome.diagnostics.map(\.message) == ["unknown party 'Nobody'"])
        #expect(parties(loaded.session) == ["Microsoft", "OpenAI", "Amazon", "AWS", "Google"])
        #expect(loaded.session.sources[loaded.outcome.statements[0].file].name == "bad.clq")
    }

    @Test func statementsThatDoNotParseKeepTheirPlace() {
        var session = Session()
        let outcome = session.run("list parties?\nwhich rihgts hold?\n# note\nlist agreements where foo?\n", name: "s")
        let file = session.sources[outcome.statements[0].file]
        #expect(outcome.statements.map { file.text(in: $0.range) }
                == ["list parties?", "which rihgts hold?", "list agreements where foo?"])
    }
}
