import ClauseQuery
import ClauseSystem
import Dispatch

extension ScriptRunner {
    /// Runs one script, printing each answer as soon as it is found rather than when the script ends, so
    /// that a long script shows its first answers at once and holds none of them; returns the exit status.
    ///
    /// Answers are printed on a second thread, in order, while the next questions are answered: at most
    /// `Printing.backlog` of them wait to be printed, so memory stays bounded however long the script.
    /// When that thread falls behind, a run of waiting answers is rendered on two threads.
    mutating func stream(_ bytes: [UInt8], name: String) -> ExitStatus {
        let printing = Printing(printer: printer, advice: builtinAdvice)
        // Every question is answered on the session `prepared` is given.
        let sink = ScriptSink(prepared: { outcome, session in
            printing.submit(.prepared(outcome, session))
        }, answered: { step, _ in
            printing.submit(.answered(step))
        })
        let outcome = session.run(bytes, name: name, into: sink)
        printing.submit(.finished(outcome, session))
        self.printer = printing.finish()
        return status(of: outcome)
    }
}

/// The printing of a script's answers on a thread of its own, in the order they are submitted. The
/// thread takes whatever has been submitted since it last looked, so that printing many quick answers
/// costs one hand-over per batch, and a slow question's answer is printed as soon as it comes.
private final class Printing: @unchecked Sendable {
    /// What there is to print.
    enum Job: Sendable {
        case prepared(ScriptOutcome, Session)
        case answered(QuestionOutcome)
        case finished(ScriptOutcome, Session)
    }

    /// How many answers may wait to be printed before the script waits for them.
    static let backlog = 256

    private let queue = DispatchQueue(label: "clq.printing")
    /// Guards `pending`, `scheduled` and `waiting`.
    private let lock = DispatchSemaphore(value: 1)
    private let room = DispatchSemaphore(value: 0)
    private var pending: [Job] = []
    /// True while the printing thread has work or is about to look for it.
    private var scheduled = false
    /// True while the script waits for room.
    private var waiting = false
    /// Touched only by the printing thread, and by `finish` once it is done.
    private var state: PrintingState

    init(printer: ScriptPrinter, advice: String?) {
        state = PrintingState(printer: printer, advice: advice)
    }

    /// Prints what `job` calls for after everything submitted before it; waits while the backlog is full.
    func submit(_ job: Job) {
        lock.wait()
        while pending.count >= Printing.backlog {
            waiting = true
            lock.signal()
            room.wait()
            lock.wait()
        }
        pending.append(job)
        let start = !scheduled
        scheduled = true
        lock.signal()
        if start { queue.async { self.drain() } }
    }

    private func drain() {
        while true {
            lock.wait()
            var jobs: [Job] = []
            swap(&jobs, &pending)
            let wake = waiting
            waiting = false
            if jobs.isEmpty { scheduled = false }
            lock.signal()
            if wake { room.signal() }
            if jobs.isEmpty { return }
            state.print(jobs)
            state.flush()
        }
    }

    /// Waits until everything submitted is printed; returns the printer as it ends (CSV and HTML headers
    /// printed).
    func finish() -> ScriptPrinter {
        queue.sync {}
        return state.printer
    }
}

/// What printing a script remembers from one answer to the next.
private struct PrintingState {
    var printer: ScriptPrinter
    let advice: String?
    var echo = false
    var printedAny = false
    var reported = 0
    /// With JSON, the statements with a problem, each printed before the first question after it.
    var problems: [QuestionOutcome] = []
    /// Answers not yet written: written together when there are 64 KiB of them, before anything goes
    /// to standard error, and whenever the answers submitted so far are all printed.
    private var pending = ""

    /// The session every question is answered on, held by reference so that an answer does not copy it.
    var session: SessionBox?

    final class SessionBox {
        let session: Session
        init(_ session: Session) { self.session = session }
    }

    init(printer: ScriptPrinter, advice: String?) {
        self.printer = printer
        self.advice = advice
    }

    /// Prints a batch in order. A run of answers that render apart from one another (tables or CSV once
    /// the first answer is out) is rendered on two threads, and printed in order once rendered.
    mutating func print(_ jobs: [Printing.Job]) {
        var index = 0
        // Where the run of answers that `index` is in ends; found once for the run.
        var runEnd = 0
        while index < jobs.count {
            if runEnd <= index {
                runEnd = index
                while runEnd < jobs.count, case .answered = jobs[runEnd] { runEnd += 1 }
            }
            if runEnd - index >= PrintingState.parallelRun, rendersApart, let box = session {
                var steps: [QuestionOutcome] = []
                steps.reserveCapacity(runEnd - index)
                for job in jobs[index..<runEnd] {
                    if case .answered(let step) = job { steps.append(step) }
                }
                for piece in rendered(steps, box.session) { write(piece) }
                index = runEnd
            } else {
                print(jobs[index])
                index += 1
            }
        }
    }

    /// The fewest answers in a row worth rendering on two threads.
    static let parallelRun = 16

    /// True when an answer's text does not depend on the answers before it: a table or CSV after the first
    /// answer printed, with no statement's problem waiting to go before it.
    private var rendersApart: Bool {
        guard printedAny, problems.isEmpty else { return false }
        switch printer.format {
        case .table, .expanded: return true
        case .csv: return printer.csvHeaderPrinted
        case .json, .svg, .html: return false
        }
    }

    /// The pieces of `steps`, in order, the first half rendered on this thread and the second on another.
    private func rendered(_ steps: [QuestionOutcome], _ session: Session) -> [ScriptPrinter.Piece] {
        let (printer, advice, echo) = (self.printer, self.advice, self.echo)
        let half = steps.count / 2
        var pieces = [ScriptPrinter.Piece](repeating: ScriptPrinter.Piece(), count: steps.count)
        pieces.withUnsafeMutableBufferPointer { buffer in
            // Each thread writes its own half of the buffer.
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: 2) { part in
                var printer = printer
                for index in part == 0 ? 0..<half : half..<steps.count {
                    var step = steps[index]
                    if let advice { step.diagnostics = session.notingBuiltinNames(step.diagnostics, advice: advice) }
                    output[index] = printer.piece(step, echo: echo, printedAny: true, in: session)
                }
            }
        }
        return pieces
    }

    mutating func print(_ job: Printing.Job) {
        switch job {
        case .prepared(let outcome, let session):
            self.session = SessionBox(session)
            prepared(outcome, session)
        case .answered(let step):
            guard let box = session else { return }
            answered(step, box.session)
        case .finished(let outcome, let session):
            report(outcome, session)
            emitProblems(before: nil, session)
        }
    }

    mutating func prepared(_ outcome: ScriptOutcome, _ session: Session) {
        echo = outcome.questionCount > 1
        report(outcome, session)
    }

    mutating func answered(_ step: QuestionOutcome, _ session: Session) {
        var step = step
        if let advice { step.diagnostics = session.notingBuiltinNames(step.diagnostics, advice: advice) }
        emitProblems(before: step, session)
        emit(step, session)
    }

    mutating func emit(_ step: QuestionOutcome, _ session: Session) {
        write(printer.piece(step, echo: echo, printedAny: printedAny, in: session))
    }

    /// Prints a rendered piece: its answer with the others pending, its problems at once.
    mutating func write(_ piece: ScriptPrinter.Piece) {
        printedAny = printedAny || !piece.output.isEmpty
        pending += piece.output
        if !piece.errors.isEmpty || pending.utf8.count >= 1 << 16 { flush() }
        Terminal.writeError(piece.errors)
    }

    /// Writes the answers not yet written.
    mutating func flush() {
        guard !pending.isEmpty else { return }
        Terminal.write(pending)
        pending.removeAll(keepingCapacity: true)
    }

    mutating func emitProblems(before step: QuestionOutcome?, _ session: Session) {
        while let first = problems.first,
              step.map({ (first.file.rawValue, first.range.start) < ($0.file.rawValue, $0.range.start) }) ?? true {
            emit(problems.removeFirst(), session)
        }
    }

    mutating func report(_ outcome: ScriptOutcome, _ session: Session) {
        var fresh = outcome
        fresh.diagnostics = Array(outcome.diagnostics.dropFirst(reported))
        fresh.steps = []
        reported = outcome.diagnostics.count
        if let advice { fresh = session.notingBuiltinNames(fresh, advice: advice) }
        if printer.format == .json {
            problems = (problems + ScriptPrinter.merged(fresh, session.sources)).sorted {
                ($0.file.rawValue, $0.range.start) < ($1.file.rawValue, $1.range.start)
            }
        } else {
            flush()
            Terminal.writeError(printer.problems(fresh, in: session))
        }
    }
}
