@testable import ClauseQuery
import Testing

/// Checking stays bounded on hostile knowledge: at most a hundred diagnostics per source, long names cut
/// in messages, and chains of links walked once.
@Suite struct CheckingLimitsTests {
    @Test func checkingErrorsAreCappedAtOneHundredPerSource() {
        let text = (0..<10_000).map { _ in "party A." }.joined(separator: "\n")
        var session = Session()
        let outcome = session.load([(name: "dups.clq", text: text)])
        #expect(outcome.loadFailed)
        #expect(outcome.diagnostics.count == 100)
        #expect(Set(outcome.diagnostics.map(\.id)) == [.duplicateID])
        #expect(session.knowledgeBase.isEmpty)
    }

    /// A knowledge-base file of questions reports its first hundred, as any other mistake.
    @Test func questionsInAKnowledgeBaseAreCappedAtOneHundred() {
        let text = "party A.\n" + String(repeating: "which rights hold for A in 2031?\n", count: 1_000)
        var session = Session()
        let outcome = session.load([(name: "questions.clq", text: text)])
        #expect(outcome.loadFailed)
        #expect(outcome.diagnostics.count == 100)
        #expect(Set(outcome.diagnostics.map(\.id)) == [.questionInKnowledgeBase])
        #expect(outcome.diagnostics.last?.location?.range == ByteRange(9 + 99 * 33, 9 + 100 * 33 - 1))
        #expect(session.knowledgeBase.isEmpty)
    }

    @Test func unknownNamesPastTheCapStillFailTheLoad() {
        var lines = (0..<150).map { "party Party\($0)." }
        lines.append("agreement G between Party0 effective 2020 {")
        lines += (0..<150).map { "  clause K\($0): right of Pary\($0) to use." }
        lines.append("}")
        var session = Session()
        let outcome = session.load([(name: "kb.clq", text: lines.joined(separator: "\n"))])
        #expect(outcome.loadFailed)
        #expect(outcome.diagnostics.count == 100)
        #expect(outcome.diagnostics.first?.notes.map(\.message) == ["did you mean 'Party0'?"])
    }

    /// A question naming more unknown names than a source keeps diagnostics for reports the first hundred,
    /// each with its suggestion, and fails; the rest cost no search for a close spelling.
    @Test func aQuestionKeepsAHundredDiagnosticsAndFails() {
        let parties = (0..<150).map { "party Party\($0)." }.joined(separator: "\n")
        let filter = (0..<150).map { "holder is Pary\($0)" }.joined(separator: " or ")
        var session = Session()
        let outcome = session.run(parties + "\nwhich rights hold where \(filter)?", name: "question.clq")
        let step = outcome.steps.last
        #expect(outcome.steps.count == 1)
        #expect(step?.answer == nil)
        #expect(step?.diagnostics.count == 100)
        #expect(step?.diagnostics.allSatisfy { $0.id == .unknownParty } == true)
        #expect(step?.diagnostics.last?.notes.map(\.message) == ["did you mean 'Party99'?"])
    }

    @Test func aMegabyteNameIsCutInMessages() {
        let name = String(repeating: "x", count: 1_048_576)
        var session = Session()
        let outcome = session.load([(name: "kb.clq", text: "party A. agreement G between A, \(name) effective 2020 { }")])
        #expect(outcome.diagnostics.map(\.message) == ["unknown party '\(String(repeating: "x", count: 200))…' (1048576 characters)"])
    }

    @Test func shortQuotesAreKeptWhole() {
        let message = "'\(String(repeating: "y", count: 256))' is not a party to agreement '\(String(repeating: "z", count: 257))'"
        #expect(Diagnostic.shortened(message) == "'\(String(repeating: "y", count: 256))' is not a party to agreement '"
                + String(repeating: "z", count: 200) + "…' (257 characters)")
        #expect(Diagnostic.shortened("unknown party 'Microsfot'") == "unknown party 'Microsfot'")
    }

    /// Against a walk from every node: the nodes on a cycle, with each link followed at most twice.
    @Test func cyclesAreFoundInOneWalk() {
        var random = SeededRandom(seed: 11)
        for _ in 0..<300 {
            let count = random.int(1...40)
            let links: [Int?] = (0..<count).map { _ in random.chance(85) ? random.int(0...count - 1) : nil }
            let first = random.int(0...count - 1)
            var follows = 0
            let found = Loader.onCycles(first..<count) { node in
                follows += 1
                return links[node]
            }
            let expected = (first..<count).filter { start in
                var seen: Set<Int> = []
                var current = links[start]
                while let node = current, node >= first, seen.insert(node).inserted {
                    if node == start { return true }
                    current = links[node]
                }
                return false
            }
            #expect(found == expected, "\(links) from \(first)")
            #expect(follows <= count - first)
        }
        var follows = 0
        let chain = Loader.onCycles(0..<100_000) { node in
            follows += 1
            return node == 0 ? nil : node - 1
        }
        #expect(chain.isEmpty)
        #expect(follows == 100_000)
    }

    @Test func aPartOfChainAndAnAmendsCycleAreReportedOnce() {
        var lines = ["party P0 part of P2.", "party P1 part of P0.", "party P2 part of P1.", "party Q part of P0."]
        lines += (3..<2000).map { "party P\($0) part of P\($0 - 1)." }
        lines += ["agreement G1 between P3 effective 2020 amends G2 { }", "agreement G2 between P3 effective 2020 amends G1 { }"]
        var session = Session()
        let outcome = session.load([(name: "kb.clq", text: lines.joined(separator: "\n"))])
        #expect(outcome.diagnostics.map(\.message) == [
            "party 'P0' is part of itself through 'part of'", "party 'P1' is part of itself through 'part of'",
            "party 'P2' is part of itself through 'part of'", "agreement 'G1' amends itself through 'amends'",
            "agreement 'G2' amends itself through 'amends'"])
    }

    /// Reading and loading stop soon after a cancellation: the knowledge base is unchanged.
    @Test func aLongLoadStopsWhenCancelled() {
        var text = "party A. party B.\n"
        for agreement in 0..<400 {
            text += "agreement G\(agreement) between A, B effective 2020 {\n"
            text += (0..<20).map { "  clause K\(agreement)x\($0): right of A to use.\n" }.joined() + "}\n"
        }
        let counting = Countdown(after: Int.max)
        var uncancelled = Session()
        uncancelled.options.isCancelled = { counting.poll() }
        #expect(!uncancelled.load([(name: "big.clq", text: text)]).loadFailed)
        #expect(counting.polls > 10)
        for after in [0, 3, counting.polls / 2, counting.polls - 1] {
            let countdown = Countdown(after: after)
            var session = Session.builtin()
            let before = session.knowledgeBase
            session.options.isCancelled = { countdown.poll() }
            let outcome = session.load([(name: "big.clq", text: text)])
            #expect(outcome.loadFailed, "after \(after)")
            #expect(outcome.diagnostics.map(\.id) == [.interrupted], "after \(after)")
            #expect(session.knowledgeBase == before)
            #expect(countdown.polls == after + 1)
        }
    }
}
