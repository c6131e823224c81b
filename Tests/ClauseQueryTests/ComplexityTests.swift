@testable import ClauseQuery
import GrowthMeasurement
import Testing

/// Inputs that once took time growing with the square of their size take about twice as long when
/// they double: at most 2.5 times, in CPU time (see `Growth`). Each size is chosen so that one run
/// takes roughly 50 to 300 milliseconds in a debug build.
@Suite(.serialized) struct ComplexityTests {
    /// The limit on the cost at 2N over the cost at N.
    static let limit = 2.5

    /// The day `offset` days after 1 January 2000, written YYYY-MM-DD.
    static func day(_ offset: Int) -> String {
        let (year, month, day) = DayNumber.civil(DayNumber.of(year: 2000, month: 1, day: 1) + offset)
        return CalendarDate(year: year, month: month, day: day)?.description ?? ""
    }

    /// Runs `script` on a session that knows nothing yet.
    static func run(_ script: String) {
        var session = Session()
        _ = session.run(script, name: "growth.clq")
    }

    @Test func unknownLookAlikeNamesInAKnowledgeBase() {
        let ratios = Growth.ratios("look-alikes in a knowledge base", n: 1500, input: { n in
            var lines = (0..<n).map { "party Party\($0)." }
            lines.append("agreement G between Party0 effective 2020 {")
            lines += (0..<n).map { "  clause K\($0): right of Pary\($0) to use." }
            lines.append("}")
            return lines.joined(separator: "\n")
        }, work: ComplexityTests.run)
        #expect(ratios.contains { $0 <= ComplexityTests.limit }, "cost at 2N over cost at N: \(ratios)")
    }

    @Test func unknownLookAlikeNamesInAQuestion() {
        let ratios = Growth.ratios("look-alikes in a question", n: 1000, input: { n in
            (0..<n).map { "party Party\($0)." }.joined(separator: "\n")
                + "\nwhich rights hold where " + (0..<n).map { "holder is Pary\($0)" }.joined(separator: " or ") + "?\n"
        }, work: ComplexityTests.run)
        #expect(ratios.contains { $0 <= ComplexityTests.limit }, "cost at 2N over cost at N: \(ratios)")
    }

    @Test func aPartOfChain() {
        let ratios = Growth.ratios("a part-of chain", n: 6000, input: { n in
            var lines = ["party P0."] + (1..<n).map { "party P\($0) part of P\($0 - 1)." }
            lines.append("agreement G between P0 effective 2020 { clause K: right of P\(n - 1) to use. }")
            lines.append("which rights hold for P0 in 2021?")
            return lines.joined(separator: "\n")
        }, work: ComplexityTests.run)
        #expect(ratios.contains { $0 <= ComplexityTests.limit }, "cost at 2N over cost at N: \(ratios)")
    }

    @Test func anAmendsChain() {
        let ratios = Growth.ratios("an amends chain", n: 4000, input: { n in
            var lines = ["party A. party B.", "agreement G0 between A and B effective 2020 { }"]
            lines += (1..<n).map { "agreement G\($0) between A and B effective 2020 amends G\($0 - 1) { }" }
            return lines.joined(separator: "\n")
        }, work: ComplexityTests.run)
        #expect(ratios.contains { $0 <= ComplexityTests.limit }, "cost at 2N over cost at N: \(ratios)")
    }

    @Test func anAgreementWithManyPartsOfOneParty() {
        let ratios = Growth.ratios("parts of one party", n: 3000, input: { n in
            var lines = ["party Big. party Other."] + (0..<n).map { "party S\($0) part of Big." }
            lines.append("agreement G between Big and Other effective 2020 {")
            lines += (0..<n).map { "  clause K\($0): right of S\($0) against Other to use." }
            lines += ["}", "which rights hold for Big in 2021?"]
            return lines.joined(separator: "\n")
        }, work: ComplexityTests.run)
        #expect(ratios.contains { $0 <= ComplexityTests.limit }, "cost at 2N over cost at N: \(ratios)")
    }

    /// The answer and its table: the last clause of the chain, with every clause before it.
    @Test func whenOverAChainOfReplacingClauses() {
        let ratios = Growth.ratios("when over a replacement chain", n: 2500, input: { n -> Session in
            var lines = ["party A. party B. asset X.", "agreement G between A and B effective 2000 {"]
            lines += (0..<n).map { index in
                "  clause K\(index): right of A against B to use X from \(ComplexityTests.day(index))"
                    + (index < n - 1 ? " replaced by K\(index + 1)." : ".")
            }
            lines.append("}")
            var session = Session()
            let outcome = session.load([(name: "chain.clq", text: lines.joined(separator: "\n"))])
            #expect(!outcome.loadFailed)
            return session
        }, work: { session in
            var session = session
            for question in ["when does A's use of X end?", "when does A's use of X start?"] {
                guard let answer = try? session.ask(question) else {
                    Issue.record("'\(question)' was not answered")
                    return
                }
                _ = TableRenderer(color: false).render(answer, knowledgeBase: session.knowledgeBase)
            }
        })
        #expect(ratios.contains { $0 <= ComplexityTests.limit }, "cost at 2N over cost at N: \(ratios)")
    }
}
