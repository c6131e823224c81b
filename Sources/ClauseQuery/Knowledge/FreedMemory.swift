import Synchronization

/// How the process gives memory it has freed back to the system. The core calls no platform function:
/// a front end installs one at start-up, and loading calls it as it lets a large syntax tree go, so that
/// the tree's memory is not still counted when the knowledge base built from it is complete.
package enum FreedMemory {
    private static let release = Mutex<(@Sendable () -> Void)?>(nil)

    /// Makes `body` what giving memory back does, for the rest of the process.
    package static func install(_ body: @escaping @Sendable () -> Void) {
        release.withLock { $0 = body }
    }

    /// Gives freed memory back, when a front end has said how.
    static func giveBack() {
        release.withLock { $0 }?()
    }
}

/// Counts the syntax a load lets go, in declarations and clauses, and gives its memory back every
/// `Loader.releaseEvery` of them.
struct LetGo {
    /// Let go since memory was last given back, and in all.
    private var since = 0, all = 0

    /// Counts `count` more let go, giving memory back when enough have been.
    mutating func add(_ count: Int) {
        since += count
        guard since >= Loader.releaseEvery else { return }
        FreedMemory.giveBack()
        (all, since) = (all + since, 0)
    }

    /// Gives back what was let go since the last time, once the load let that much go in all.
    func end() {
        if since > 0, all + since >= Loader.releaseEvery { FreedMemory.giveBack() }
    }
}
