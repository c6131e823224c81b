import ClauseQuery
@testable import ClauseREPL
import GrowthMeasurement
import Testing

/// Pasting a statement twice as long takes about twice as long, not four times: the pending text is
/// parsed when its braces close, not on every line.
@Suite struct PasteGrowthTests {
    /// The lines of an agreement of `clauses` clauses, pasted at the prompt.
    static func lines(_ clauses: Int) -> [String] {
        ["party A. party B.", "agreement G between A, B effective 2020 {"]
            + (0..<clauses).map { "  clause K\($0): right of A to use note \"a } in a note\"." } + ["}"]
    }

    /// At most 2.5 times the cost at twice the size (see `Growth`).
    @Test func pastingTwiceTheLinesTakesAboutTwiceAsLong() {
        let ratios = Growth.ratios("pasting into the REPL", n: 2000, input: PasteGrowthTests.lines) { lines in
            Harness(lines: lines, builtin: false).run()
        }
        #expect(ratios.contains { $0 <= 2.5 }, "cost at 2N over cost at N: \(ratios)")
    }
}
