import Dispatch
import Foundation

/// Runs tool calls on threads of its own, a few at a time in order of arrival, and answers each by
/// its deadline: a call still queued or running when its time is up is answered as timed out, and
/// the question stops at its next check for cancellation.
///
/// The calls never run on the tasks that read and write messages, so a long question delays no
/// other message.
public final class ToolRunner: Sendable {
    public let tools: KnowledgeTools
    private let workers: WorkerPool
    private let timers = DispatchQueue(label: "clq.mcp.deadlines")

    /// A runner of `tools`' calls on `workers` threads.
    public init(tools: KnowledgeTools, workers: Int = max(2, ProcessInfo.processInfo.activeProcessorCount)) {
        self.tools = tools
        self.workers = WorkerPool(threads: workers)
    }

    /// Runs the tool `name` with `arguments` within the time limit.
    public func call(_ name: String, _ arguments: [String: String]) async -> KnowledgeTools.Outcome {
        let tools = tools
        let query: String
        switch tools.request(name, arguments) {
        case .question(let question): query = question
        case .overview: query = "list"
        case .invalid(let outcome): return outcome
        }
        return await run(within: tools.limits.timeout, late: { tools.timedOut(query) }) { deadline in
            tools.call(name, arguments, deadline: deadline)
        }
    }

    /// Runs `work` on a worker with the deadline `limit` from now; returns its outcome, or `late()`
    /// if the deadline passes first (work still queued then is not started).
    func run(within limit: Duration, late: @escaping @Sendable () -> KnowledgeTools.Outcome,
             _ work: @escaping @Sendable (ContinuousClock.Instant) -> KnowledgeTools.Outcome) async -> KnowledgeTools.Outcome {
        let deadline = ContinuousClock.now + limit
        return await withCheckedContinuation { continuation in
            let reply = Once(continuation)
            workers.submit {
                guard ContinuousClock.now <= deadline else { return }
                reply.resume(work(deadline))
            }
            timers.asyncAfter(deadline: .now() + limit.dispatchInterval) { reply.resume(late()) }
        }
    }
}

/// A fixed set of threads that run jobs in the order they were submitted.
final class WorkerPool: @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [@Sendable () -> Void] = []
    private var next = 0

    /// Starts `threads` threads, each with a stack as large as the main thread's.
    init(threads: Int) {
        for _ in 0..<max(1, threads) {
            let thread = Thread { [self] in work() }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Queues `job` to run on the first free thread.
    func submit(_ job: @escaping @Sendable () -> Void) {
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    private func work() {
        while true {
            condition.lock()
            while next == jobs.count { condition.wait() }
            let job = jobs[next]
            next += 1
            if next == jobs.count {
                jobs.removeAll(keepingCapacity: true)
                next = 0
            }
            condition.unlock()
            job()
        }
    }
}
