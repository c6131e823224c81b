import ClauseQuery
import ClauseSystem

/// Runs scripts through a session and writes answers to stdout, diagnostics to stderr.
struct ScriptRunner {
    var session: Session
    var format: OutputFormat
    private var csvHeaderWritten = false

    init(session: Session, format: OutputFormat) {
        self.session = session
        self.format = format
    }

    var diagnosticRenderer: DiagnosticRenderer {
        DiagnosticRenderer(color: Terminal.colorAllowed(onTerminal: Terminal.errorIsTerminal))
    }

    /// Loads knowledge-base files; the exit code is 65 when they do not load.
    mutating func load(_ files: [(name: String, bytes: [UInt8])]) -> ExitStatus {
        let outcome = session.load(files)
        if !outcome.diagnostics.isEmpty {
            Terminal.writeError(diagnosticRenderer.render(outcome.diagnostics, sources: session.sources))
        }
        return outcome.loadFailed ? .badData : .success
    }

    /// Runs one script and reports it; returns the exit status it calls for.
    mutating func run(_ bytes: [UInt8], name: String) -> ExitStatus {
        let outcome = session.run(bytes, name: name)
        if !outcome.diagnostics.isEmpty {
            Terminal.writeError(diagnosticRenderer.render(outcome.diagnostics, sources: session.sources))
        }
        if outcome.loadFailed { return .badData }
        let echoQuestions = outcome.steps.count > 1
        for (index, step) in outcome.steps.enumerated() {
            report(step, echo: echoQuestions, first: index == 0)
        }
        return outcome.hasErrors ? .queryFailed : .success
    }

    private mutating func report(_ step: QuestionOutcome, echo: Bool, first: Bool) {
        let kb = session.knowledgeBase
        switch format {
        case .table:
            if let answer = step.answer {
                let color = Terminal.colorAllowed(onTerminal: Terminal.outputIsTerminal)
                var text = TableRenderer(color: color).render(answer, knowledgeBase: kb)
                if echo { text = (first ? "" : "\n") + "» \(step.text)\n" + text }
                Terminal.write(text)
            }
        case .json:
            Terminal.write(JSONRenderer.render(query: step.text, answer: step.answer, diagnostics: step.diagnostics,
                                               knowledgeBase: kb, sources: session.sources) + "\n")
        case .csv:
            if !csvHeaderWritten {
                Terminal.write(CSVRenderer.headerLine())
                csvHeaderWritten = true
            }
            if let answer = step.answer {
                Terminal.write(CSVRenderer.render(query: step.text, answer: answer, knowledgeBase: kb))
            }
        }
        var problems = step.wasExpected ? [] : step.diagnostics
        if let failure = step.expectationFailure { problems.append(failure) }
        if !problems.isEmpty {
            Terminal.writeError(diagnosticRenderer.render(problems, sources: session.sources))
        }
    }
}


extension ScriptRunner {
    /// Checks scripts without printing answers: every diagnostic, and `FILE: ok` for clean files.
    mutating func check(_ scripts: [(name: String, bytes: [UInt8])]) -> ExitStatus {
        var status = ExitStatus.success
        for script in scripts {
            let outcome = session.checkScript(script.bytes, name: script.name)
            let problems = outcome.diagnostics
            if !problems.isEmpty {
                Terminal.writeError(diagnosticRenderer.render(problems, sources: session.sources))
            }
            if outcome.loadFailed {
                status = status.combined(with: .badData)
            } else if problems.contains(where: \.isError) {
                status = status.combined(with: .queryFailed)
            } else {
                Terminal.write("\(script.name): ok\n")
            }
        }
        return status
    }
}

