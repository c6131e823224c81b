import Dispatch

/// Work done on a second core beside the caller's.
enum Concurrently {
    /// Does `work` and `other` at once, on two cores when there are two, and returns what `other`
    /// gives once both are done; or, unless `atOnce`, one after the other on this thread (for work
    /// smaller than what handing it to another thread costs). Neither may touch what the other does:
    /// `work` may change the caller's state, `other` only reads what it was given.
    static func besides<Result: Sendable>(_ work: () -> Void, _ other: @Sendable () -> Result,
                                          atOnce: Bool = true) -> Result {
        guard atOnce else {
            work()
            return other()
        }
        let box = Box<Result>()
        withoutActuallyEscaping(work) { work in
            let work = Unchecked(work)
            DispatchQueue.concurrentPerform(iterations: 2) { index in
                if index == 0 { work.value() } else { box.value = other() }
            }
        }
        // Both iterations are done when `concurrentPerform` returns, so the result is there.
        guard let result = box.value else { return other() }
        return result
    }

    /// Where the other core leaves its result; written once, read after both are done.
    private final class Box<Value>: @unchecked Sendable {
        var value: Value?
    }

    /// The caller's work, handed to `concurrentPerform`, which runs it once before returning.
    private struct Unchecked: @unchecked Sendable {
        let value: () -> Void
        init(_ value: @escaping () -> Void) { self.value = value }
    }
}
