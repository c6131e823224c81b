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

    @Test func aMegabyteNameIsCutInMessages() {
        let name = String(repeating: "x", count: 1_048_576)
        var session = Session()
        let outcome = session.load([(name: "kb.clq", text: "party A. agreement G between A, \(name) effective 2020 { }")])
        #expect(outcome.diagnostics.map(\.message) == ["unknown party '\(String(repeating: "x", count: 48))…' (1048576 characters)"])
    }

    @Test func shortQuotesAreKeptWhole() {
        let message = "'\(String(repeating: "y", count: 64))' is not a party to agreement '\(String(repeating: "z", count: 65))'"
        #expect(Diagnostic.shortened(message) == "'\(String(repeating: "y", count: 64))' is not a party to agreement '"
                + String(repeating: "z", count: 48) + "…' (65 characters)")
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
}
