#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How the cost of some work grows when its input doubles, measured in the CPU time of the calling
/// thread, so that other processes and tests running meanwhile count for little.
public enum Growth {
    /// The ratios of the cost of `work` on `input(2 * n)` to its cost on `input(n)`, one per attempt;
    /// `name` labels the report.
    ///
    /// An attempt runs the work on each input once to warm up, then `runs` times each, interleaved, and
    /// compares the medians. Attempts stop at the first ratio of at most `limit`: a noisy moment may fail
    /// one attempt, while a cost that grows with the square of the input fails them all (a ratio near 4).
    /// A warm-up ratio over twice the limit, which noise does not explain, ends the measurement at once.
    public static func ratios<Input>(_ name: String, n: Int, limit: Double = 2.5, attempts: Int = 3, runs: Int = 3,
                              input: (Int) -> Input, work: (Input) -> Void) -> [Double] {
        let small = input(n)
        let large = input(2 * n)
        var ratios: [Double] = []
        for _ in 0..<attempts {
            let warmUp = cpuTime { work(large) } / max(cpuTime { work(small) }, 1e-6)
            if warmUp > 2 * limit {
                ratios.append(warmUp)
                report(name, [], [], warmUp)
                break
            }
            var smallTimes: [Double] = []
            var largeTimes: [Double] = []
            for _ in 0..<runs {
                smallTimes.append(cpuTime { work(small) })
                largeTimes.append(cpuTime { work(large) })
            }
            let ratio = median(largeTimes) / max(median(smallTimes), 1e-6)
            ratios.append(ratio)
            report(name, smallTimes, largeTimes, ratio)
            if ratio <= limit { break }
        }
        return ratios
    }

    /// The CPU time, in seconds, this thread spends in `work`.
    public static func cpuTime(_ work: () -> Void) -> Double {
        let start = threadTime()
        work()
        return threadTime() - start
    }

    private static func threadTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }

    /// Prints the times and the ratio when `CLQ_GROWTH_REPORT` is set, to choose sizes and to see margins.
    private static func report(_ name: String, _ small: [Double], _ large: [Double], _ ratio: Double) {
        guard getenv("CLQ_GROWTH_REPORT") != nil else { return }
        let milliseconds = { (times: [Double]) in times.map { String(Int(($0 * 1000).rounded())) }.joined(separator: " ") }
        print("growth \(name): n \(milliseconds(small)) ms, 2n \(milliseconds(large)) ms, ratio \(ratio)")
    }
}
