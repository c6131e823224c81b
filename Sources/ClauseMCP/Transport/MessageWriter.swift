import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif

/// Writes whole messages to a file descriptor, one after another in the order given: a message is
/// written to its last byte before the next one starts, however slowly the reader reads.
///
/// Writes block on a queue of their own, never on a task. A descriptor left non-blocking by whoever
/// opened it is waited on with `poll`, not changed.
final class MessageWriter: @unchecked Sendable {
    private let descriptor: Int32
    private let queue = DispatchQueue(label: "clq.mcp.output")
    /// Set, on the queue, once a write failed (the reader went away): later messages are dropped.
    private var hasFailed = false

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Queues `message` and a newline; `done` gets whether they were written.
    func write(_ message: [UInt8], done: @escaping @Sendable (Bool) -> Void = { _ in }) {
        queue.async {
            if !self.hasFailed { self.hasFailed = !self.writeAll(message + [0x0A]) }
            done(!self.hasFailed)
        }
    }

    /// Writes `message` and a newline; returns whether they were written.
    func write(_ message: [UInt8]) async -> Bool {
        await withCheckedContinuation { continuation in
            write(message) { continuation.resume(returning: $0) }
        }
    }

    /// Returns once every message queued so far is written or dropped, or after `patience`.
    func flush(patience: Duration) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let done = Once(continuation)
            queue.async { done.resume(()) }
            DispatchQueue.global().asyncAfter(deadline: .now() + patience.dispatchInterval) { done.resume(()) }
        }
    }

    private func writeAll(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
            if written > 0 {
                offset += written
            } else if written < 0 && errno == EINTR {
                continue
            } else if written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                _ = poll(&ready, 1, -1)
            } else {
                return false
            }
        }
        return true
    }
}
