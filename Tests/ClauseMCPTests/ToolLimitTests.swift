@testable import ClauseMCP
import ClauseQuery
import Foundation
import Testing

/// Seconds since `start`.
private func seconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

/// When something happened, set from any thread.
private final class Moment: @unchecked Sendable {
    private let lock = NSLock()
    private var instant: ContinuousClock.Instant?

    func mark() {
        lock.lock()
        instant = .now
        lock.unlock()
    }

    /// Seconds from `start` to the mark (infinity without one).
    func seconds(since start: ContinuousClock.Instant) -> Double {
        lock.lock()
        defer { lock.unlock() }
        guard let instant else { return .infinity }
        let elapsed = instant - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}

/// Every tool call is answered by its time limit, and a stopped question stops working.
@Suite struct ToolLimitTests {
    let builtin = KnowledgeTools(session: Session.builtin(), limits: .init(timeout: .milliseconds(300)))

    @Test func aCallPastItsLimitIsAnsweredAsTimedOut() async {
        let runner = ToolRunner(tools: builtin, workers: 1)
        let release = DispatchSemaphore(value: 0)
        let answered = Moment()
        let start = ContinuousClock.now
        let outcome = await runner.run(within: .milliseconds(300), late: {
            answered.mark()
            return builtin.timedOut("slow?")
        }) { _ in
            release.wait()
            return KnowledgeTools.Outcome(summary: "finished", json: nil, isError: false)
        }
        // The answer is made at the limit while the call still runs (the test's own task may
        // resume later when other tests keep every thread busy).
        #expect(answered.seconds(since: start) < 1.5)
        #expect(outcome.isError)
        #expect(outcome.summary == "stopped: the question ran longer than the limit of 0.3 seconds\nerror: interrupted [interrupted]\n")
        #expect(outcome.json == #"{"query":"slow?","results":[],"diagnostics":[{"id":"interrupted","severity":"error","message":"interrupted","notes":[]}]}"#)
        // The worker is still busy: a call queued behind it is answered at its own limit, and
        // not started once the worker is free.
        let queued = await runner.run(within: .milliseconds(100), late: { builtin.timedOut("queued?") }) { _ in
            Issue.record("a call whose time is up was started")
            return KnowledgeTools.Outcome(summary: "ran", json: nil, isError: false)
        }
        #expect(queued.isError)
        release.signal()
    }

    @Test func aQuickCallIsAnswered() async {
        let runner = ToolRunner(tools: builtin)
        let outcome = await runner.call("ask", ["question": "which rights hold for Microsoft in 2031?"])
        #expect(!outcome.isError)
        #expect(outcome.summary.hasSuffix("2 results: 1 holds, 1 may hold (in 2031)\n"))
        #expect(await runner.call("ask", [:]) == KnowledgeTools.Outcome(summary: "'question' is required", json: nil, isError: true))
    }

    @Test func namingManyUnknownPartiesStopsAtTheLimit() throws {
        let parties = (0..<20_000).map { "party Company\($0).\n" }.joined()
        let session = try Session.loading([(name: "parties.clq", text: parties)])
        let names = (0..<300).map { "Compnay\($0)x" }.joined(separator: " or party is ")
        let question = "which rights hold where party is \(names)?"
        let tools = KnowledgeTools(session: session, limits: .init(timeout: .milliseconds(300)))
        let start = ContinuousClock.now
        let outcome = tools.call("ask", ["question": question])
        #expect(seconds(since: start) < 4)
        #expect(outcome.isError)
        if !outcome.summary.hasPrefix("stopped: the question ran longer than the limit of 0.3 seconds\n") {
            #expect(outcome.summary.contains("unknown party 'Compnay299x'"))
        }
    }

    @Test func aQuestionPastItsLimitLooksUpNoMoreNames() throws {
        let expired = KnowledgeTools(session: Session.builtin(), limits: .init(timeout: .zero))
        let outcome = expired.call("ask", ["question": "which rights hold for Microsfot in 2031?"])
        #expect(outcome.summary == "stopped: the question ran longer than the limit of 0.0 seconds\nerror: interrupted [interrupted]\n")
    }

    @Test func aQuestionPastItsLimitFollowsNoReplacementChain() throws {
        // Fewer clauses than the evaluator reads between two polls: only the chain's own polls can stop it.
        let clauses = (0..<100).map { index in
            "  clause C\(index): right of A against B to use X from 2020" + (index < 99 ? " replaced by C\(index + 1)" : "") + ".\n"
        }.joined()
        let text = "party A.\nparty B.\nasset X.\nagreement G between A and B {\n\(clauses)}\n"
        let session = try Session.loading([(name: "chain.clq", text: text)])
        let patient = KnowledgeTools(session: session)
        #expect(patient.call("ask", ["question": "when does A's use of X end?"]).summary.contains("C99"))
        let expired = KnowledgeTools(session: session, limits: .init(timeout: .zero))
        #expect(expired.call("ask", ["question": "when does A's use of X end?"]).summary
            .hasPrefix("stopped: the question ran longer than the limit of 0.0 seconds\n"))
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
        #expect(seconds(since: start) < 4)
        if outcome.isError {
            #expect(outcome.summary.hasPrefix("stopped: the question ran longer than the limit of 0.3 seconds\n"))
        } else {
            #expect(outcome.summary.contains("C\(count - 1)"))
        }
    }

    @Test func theOverviewHonoursTheRowLimit() throws {
        let parties = (0..<500).map { "party P\($0).\n" }.joined()
        let session = try Session.loading([(name: "parties.clq", text: parties)])
        let tools = KnowledgeTools(session: session, limits: .init(maximumRows: 3))
        let outcome = tools.call("list", [:])
        #expect(outcome.summary.hasPrefix("parties (500): P0, P1, P2 and 497 more not shown (limit 3)\nassets (0): \n"))
        #expect(outcome.json?.hasPrefix(#"{"parties":["P0","P1","P2"],"assets":[]"#) == true)
        #expect(outcome.json?.hasSuffix(#","not_shown":{"parties":497}}"#) == true)
    }
}
