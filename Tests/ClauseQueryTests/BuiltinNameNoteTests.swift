@testable import ClauseQuery
import Testing

/// The note that tells a session without the built-in knowledge base that an unknown name is in it.
@Suite struct BuiltinNameNoteCoreTests {
    @Test func onlyUnknownNamesTheBuiltInKnowledgeBaseHasGetTheNote() {
        var session = Session()
        let outcome = session.run("""
            party Bob part of MSFT.
            asset Notes owned by Nobody.
            agreement Deal between Bob and "amazon web services" amends MSOpenAI2026 {
              clause Pay: obligation of Bob toward Bob to pay Notes until 2030 replaced by ModelAccess.
            }
            rights of Microsoft in 2030?
            """, name: "t.clq")
        let noted = session.notingBuiltinNames(outcome, advice: "check with --with-builtin")
        let notes = noted.diagnostics.map { diagnostic in
            "\(diagnostic.message) | " + diagnostic.notes.map(\.message).joined(separator: "; ")
        }
        #expect(notes == [
            "unknown party 'MSFT' | 'MSFT' is in the built-in knowledge base; check with --with-builtin",
            "unknown party 'Nobody' | ",
            "unknown party 'amazon web services' | 'amazon web services' is in the built-in knowledge base; check with --with-builtin",
            "unknown agreement 'MSOpenAI2026' | 'MSOpenAI2026' is in the built-in knowledge base; check with --with-builtin",
            "unknown clause or agreement 'ModelAccess' | 'ModelAccess' is in the built-in knowledge base; check with --with-builtin",
        ])
        #expect(noted.steps.isEmpty)
        let question = session.run("rights of Microsoft in 2030?", name: "q.clq")
        let notedQuestion = session.notingBuiltinNames(question, advice: "run with --with-builtin")
        #expect(notedQuestion.steps.first?.diagnostics.first?.notes.last?.message
            == "'Microsoft' is in the built-in knowledge base; run with --with-builtin")
    }
}
