import Dispatch

/// Work on the rows of a large answer, shared among the cores in parts that keep their order: rows are
/// rendered independently of each other. The parts of a large text are parsed the same way.
enum InParts {
    /// A part has at least this many rows; an answer has at most `maximumParts` parts.
    static let rowsPerPart = 2_048
    static let maximumParts = 16

    /// `0..<count` cut into consecutive ranges, one for a small count.
    static func ranges(_ count: Int) -> [Range<Int>] {
        let parts = max(min(count / rowsPerPart, maximumParts), 1)
        return (0..<parts).map { count * $0 / parts..<count * ($0 + 1) / parts }
    }

    /// Calls `body` with each of `ranges(count)` and its position, as many at once as there are cores.
    static func forEach(_ count: Int, _ body: @Sendable (_ part: Int, _ range: Range<Int>) -> Void) {
        let ranges = ranges(count)
        if ranges.count == 1 { return body(0, 0..<count) }
        DispatchQueue.concurrentPerform(iterations: ranges.count) { part in body(part, ranges[part]) }
    }

    /// `transform` of each element of `elements`, in their order, worked out in parts at once.
    static func map<Element: Sendable, Result: Sendable>(_ elements: [Element],
                                                         _ transform: @Sendable (Element) -> Result) -> [Result] {
        let results = Results<Result>(parts: ranges(elements.count).count)
        forEach(elements.count) { part, range in results.set(part, range.map { transform(elements[$0]) }) }
        return results.joined()
    }

    /// `body` of each of `0..<count`, in order, all worked out at once, as many at a time as there are cores.
    static func all<Result: Sendable>(_ count: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
        let results = Results<Result>(parts: count)
        DispatchQueue.concurrentPerform(iterations: count) { results.set($0, [body($0)]) }
        return results.joined()
    }

    /// Runs `first` and `second` at once, on two cores when there are two, and returns once both have
    /// returned. They must not touch the same memory.
    static func both(_ first: () -> Void, _ second: () -> Void) {
        withoutActuallyEscaping(first) { first in
            withoutActuallyEscaping(second) { second in
                let work = Unchecked((first, second))
                DispatchQueue.concurrentPerform(iterations: 2) { $0 == 0 ? work.value.0() : work.value.1() }
            }
        }
    }

    /// Closures that `both` runs on two threads, which its caller keeps apart.
    private struct Unchecked<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    /// The results of each part, each written by the one thread that works out its part.
    private final class Results<Result>: @unchecked Sendable {
        private let parts: UnsafeMutablePointer<[Result]>
        private let count: Int

        init(parts count: Int) {
            self.count = count
            parts = .allocate(capacity: count)
            parts.initialize(repeating: [], count: count)
        }

        deinit {
            parts.deinitialize(count: count)
            parts.deallocate()
        }

        func set(_ part: Int, _ results: [Result]) { parts[part] = results }

        func joined() -> [Result] {
            count == 1 ? parts[0] : Array(UnsafeBufferPointer(start: parts, count: count).joined())
        }
    }
}
