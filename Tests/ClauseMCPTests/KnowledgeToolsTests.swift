@testable import ClauseMCP
import ClauseQuery
import Foundation
import MCP
import Testing

@Suite struct KnowledgeToolsTests {
    let tools = KnowledgeTools(session: Session.builtin())

    @Test func asksTheDefiningQuestion() {
        let outcome = tools.call("ask", ["question": "which rights hold for Microsoft in 2031?"])
        #expect(!outcome.isError)
        #expect(outcome.summary.hasSuffix("2 results: 1 holds, 1 may hold (in 2031)\n"))
        #expect(outcome.json?.hasPrefix(#"{"query":"which rights hold for Microsoft in 2031?","results":[{"type":"clause","id":"ModelAccess""#) == true)
    }

    @Test func aTimelineIsDrawnAndATotalSummed() {
        let timeline = tools.call("ask", ["question": "timeline of Microsoft?"])
        #expect(!timeline.isError)
        #expect(timeline.summary.contains("ModelAccess") && timeline.summary.contains("█"))
        let total = tools.call("ask", ["question": "how much does OpenAI owe AWS in 2030?"])
        #expect(total.summary.contains("  $100B for sure, up to $138B: Spend100B (exactly $100B), Commitment38B (exactly $38B, may hold)\n"))
    }

    @Test func badQueriesAndArgumentsAreErrors() {
        let bad = tools.call("ask", ["question": "which rights hold for Microsfot in 2031?"])
        #expect(bad.isError)
        #expect(bad.summary.hasPrefix("<question>:1:23: error: unknown party 'Microsfot' [unknown-party]"))
        #expect(tools.call("ask", [:]) == KnowledgeTools.Outcome(summary: "'question' is required", json: nil, isError: true))
        #expect(tools.call("list", ["kind": "widgets"]).isError)
        #expect(tools.call("delete", [:]).summary == "unknown tool 'delete'")
        #expect(tools.call("ask", ["question": String(repeating: "x", count: 10_001)]).isError)
    }

    /// Every reply carrying JSON carries it as structured content too, equal to the text read as JSON:
    /// answers, failed questions and questions stopped at their time limit.
    @Test func structuredContentIsTheJSONText() throws {
        let expired = KnowledgeTools(session: Session.builtin(), limits: .init(timeout: .zero))
        let outcomes = [tools.call("ask", ["question": "which rights hold for Microsoft in 2031?"]),
                        tools.call("ask", ["question": "which rights hold for Microsfot in 2031?"]),
                        tools.call("list", ["kind": "parties"]),
                        expired.call("ask", ["question": "which rights hold for Microsoft in 2031?"])]
        #expect(outcomes.map(\.isError) == [false, true, false, true])
        for outcome in outcomes {
            let json = try #require(outcome.json)
            let structured = MCPServer.result(outcome).structuredContent
            #expect(structured == (try JSONDecoder().decode(Value.self, from: Data(json.utf8))), "\(json)")
        }
    }

    @Test func limitsRowsAndTime() {
        let small = KnowledgeTools(session: Session.builtin(), limits: .init(maximumRows: 1))
        let outcome = small.call("list", ["kind": "parties"])
        #expect(outcome.summary.hasSuffix("4 more results not shown (limit 1)\n"))
    }

    @Test func stopsQuestionsThatRunTooLong() throws {
        let clauses = (0..<5000).map { "  clause C\($0): right of A against A to use X from 2020 until 2030.\n" }.joined()
        let text = "party A.\nasset X.\nagreement G between A {\n\(clauses)}\n"
        let session = try Session.loading([(name: "big.clq", text: text)])
        let expired = KnowledgeTools(session: session, limits: .init(timeout: .zero))
        let outcome = expired.call("ask", ["question": "which clauses hold in 2025?"])
        #expect(outcome.isError)
        #expect(outcome.summary.contains("interrupted"))
        let patient = KnowledgeTools(session: session, limits: .init(maximumRows: 3))
        #expect(!patient.call("ask", ["question": "which clauses hold in 2025?"]).isError)
    }

    @Test func overviewListsEveryKind() {
        let outcome = tools.call("list", [:])
        #expect(outcome.summary.hasPrefix("parties (5): Microsoft, OpenAI, Amazon, AWS, Google\n"))
        #expect(MCPServer.tools.map(\.name) == ["ask", "explain", "list"])
    }
}
