import ClauseQuery
import Foundation
import Testing

/// The README's embedding snippet, compiled and run here; the test checks the README still shows it.
@Suite struct EmbeddingExampleTests {
    static let snippet = """
        var session = Session.builtin()
        do {
            let answer = try session.ask("which rights hold for Microsoft in 2031?")
            for row in answer.rows {
                print(session.knowledgeBase.identifier(of: row.entity), row.certainty.phrase)
            }
        } catch {
            print(DiagnosticRenderer(color: false).render(error.diagnostics, sources: session.sources))
        }
        """

    @Test func readmeShowsThisSnippet() throws {
        let readme = try String(contentsOfFile: packageDirectory + "/README.md", encoding: .utf8)
        #expect(readme.contains("```swift\nimport ClauseQuery\n\n" + EmbeddingExampleTests.snippet + "\n```"))
    }

    @Test func snippetRuns() {
        var session = Session.builtin()
        do {
            let answer = try session.ask("which rights hold for Microsoft in 2031?")
            for row in answer.rows {
                print(session.knowledgeBase.identifier(of: row.entity), row.certainty.phrase)
            }
        } catch {
            print(DiagnosticRenderer(color: false).render(error.diagnostics, sources: session.sources))
        }
    }

    @Test func askReportsProblemsAsDiagnostics() {
        var session = Session.builtin()
        #expect(throws: QueryFailure.self) { try session.ask("which rights hold for Nobody?") }
        do {
            _ = try session.ask("party X.")
            Issue.record("a declaration is not a question")
        } catch {
            #expect(error.diagnostics.map(\.message) == ["expected exactly one question"])
        }
        #expect(session.knowledgeBase.party(named: "X") == nil)
    }
}
