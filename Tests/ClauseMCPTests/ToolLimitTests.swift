@testable import ClauseMCP
import ClauseQuery
import Foundation
import Testing

/// Seconds since `start`.
private func seconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

/// A question stopped at its time limit stops working: the long loops of checking and evaluation
/// poll for cancellation.
@Suite struct ToolLimitTests {
    @Test func namingManyUnknownPartiesStopsAtTheLimit() throws {
        let parties = (0..<20_000).map { "party Company\($0).\n" }.joined()
        let session = try Session.loading([(name: "parties.clq", text: parties)])
        let names = (0..<300).map { "Compnay\($0)x" }.joined(separator: " or party is ")
        let question = "which rights hold where party is \(names)?"
        let tools = KnowledgeTools(session: session, limits: .init(timeout: .milliseconds(300)))
        let start = ContinuousClock.now
        let outcome = tools.call("ask", ["question": question])
        #expect(seconds(since: start) < 2.3)
        #expect(outcome.isError)
        #expect(outcome.summary.hasPrefix("stopped: the question ran longer than the limit of 0.3 seconds\n"))
    }

    @Test func aWhenOverALongReplacementChainStopsAtTheLimit() throws {
        let count = 8000
        let clauses = (0..<count).map { index in
            "  clause C\(index): right of A against B to use X from 2020"
                + (index + 1 < count ? " replaced by C\(index + 1)" : "") + ".\n"
        }.joined()
        let text = "party A.\nparty B.\nasset X.\nagreement G between A and B {\n\(clauses)}\n"
        let session = try Session.loading([(name: "chain.clq", text: text)])
        let tools = KnowledgeTools(session: session, limits: .init(timeout: .milliseconds(300)))
        let start = ContinuousClock.now
        let outcome = tools.call("ask", ["question": "when does A's use of X end?"])
        #expect(seconds(since: start) < 2.3)
        if outcome.isError {
            #expect(outcome.summary.hasPrefix("stopped: the question ran longer than the limit of 0.3 seconds\n"))
        } else {
            #expect(outcome.summary.contains("C\(count - 1)"))
        }
    }
}
