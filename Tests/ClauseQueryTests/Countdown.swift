/// A cancellation check that says "cancelled" from its `after + 1`-th poll on, counting the polls.
/// Reading stops at the first "cancelled", so `polls` tells how many times it was asked.
final class Countdown: @unchecked Sendable {
    var polls = 0
    let after: Int

    init(after: Int) { self.after = after }

    func poll() -> Bool {
        polls += 1
        return polls > after
    }
}
