import ClauseQuery
@testable import ClauseREPL
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Pasting a statement twice as long takes about twice as long, not four times: the pending text is
/// parsed when its braces close, not on every line.
@Suite struct PasteGrowthTests {
    /// The lines of an agreement of `clauses` clauses, pasted at the prompt.
    static func lines(_ clauses: Int) -> [String] {
        ["party A. party B.", "agreement G between A, B effective 2020 {"]
            + (0..<clauses).map { "  clause K\($0): right of A to use note \"a } in a note\"." } + ["}"]
    }

    /// The CPU time, in seconds, this thread spends in `work`.
    static func cpuTime(_ work: () -> Void) -> Double {
        func now() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        }
        let start = now()
        work()
        return now() - start
    }

    /// The CPU time of pasting `lines` into a fresh REPL.
    static func pasteTime(_ lines: [String]) -> Double {
        let harness = Harness(lines: lines, builtin: false)
        return cpuTime { harness.run() }
    }

    /// At most 2.5 times the cost at twice the size, comparing medians of three runs in one of three
    /// attempts (a noisy moment may fail one; parsing on every line fails them all, near 4). A first
    /// ratio over 5, which noise does not explain, ends the measurement at once.
    @Test func pastingTwiceTheLinesTakesAboutTwiceAsLong() {
        let (small, large) = (PasteGrowthTests.lines(2000), PasteGrowthTests.lines(4000))
        var ratios: [Double] = []
        for _ in 0..<3 {
            var smallTimes: [Double] = []
            var largeTimes: [Double] = []
            for _ in 0..<3 {
                smallTimes.append(PasteGrowthTests.pasteTime(small))
                largeTimes.append(PasteGrowthTests.pasteTime(large))
                if largeTimes[0] / max(smallTimes[0], 1e-6) > 5 { break }
            }
            let ratio = largeTimes.sorted()[largeTimes.count / 2] / max(smallTimes.sorted()[smallTimes.count / 2], 1e-6)
            ratios.append(ratio)
            if ratio <= 2.5 || ratio > 5 { break }
        }
        if getenv("CLQ_GROWTH_REPORT") != nil { print("growth pasting into the REPL: ratios \(ratios)") }
        #expect(ratios.contains { $0 <= 2.5 }, "cost at 2N over cost at N: \(ratios)")
    }
}
