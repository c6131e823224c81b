import ClauseQuery
import ClauseSystem

extension ScriptRunner {
    /// Runs one script, printing each answer as soon as it is found rather than when the script ends, so
    /// that a long script shows its first answers at once and holds none of them; returns the exit status.
    mutating func stream(_ bytes: [UInt8], name: String) -> ExitStatus {
        var printer = self.printer
        let advice = builtinAdvice
        var echo = false
        var printedAny = false
        var reported = 0
        // With JSON, the statements with a problem, each printed before the first question after it.
        var problems: [QuestionOutcome] = []
        func emit(_ step: QuestionOutcome, _ session: Session) {
            let piece = printer.piece(step, echo: echo, printedAny: printedAny, in: session)
            printedAny = printedAny || !piece.output.isEmpty
            Terminal.write(piece.output)
            Terminal.writeError(piece.errors)
        }
        func emitProblems(before step: QuestionOutcome?, _ session: Session) {
            while let first = problems.first,
                  step.map({ (first.file.rawValue, first.range.start) < ($0.file.rawValue, $0.range.start) }) ?? true {
                emit(problems.removeFirst(), session)
            }
        }
        func report(_ outcome: ScriptOutcome, _ session: Session) {
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
                Terminal.writeError(printer.problems(fresh, in: session))
            }
        }
        let sink = ScriptSink(prepared: { outcome, session in
            echo = outcome.questionCount > 1
            report(outcome, session)
        }, answered: { step, session in
            var step = step
            if let advice { step.diagnostics = session.notingBuiltinNames(step.diagnostics, advice: advice) }
            emitProblems(before: step, session)
            emit(step, session)
        })
        let outcome = session.run(bytes, name: name, into: sink)
        report(outcome, session)
        emitProblems(before: nil, session)
        self.printer = printer
        if outcome.loadFailed { return .badData }
        return outcome.hasErrors ? .queryFailed : .success
    }
}
