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
