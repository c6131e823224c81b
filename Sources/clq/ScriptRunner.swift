import ClauseQuery
import ClauseSystem

/// Runs scripts through a session and writes answers to stdout, diagnostics to stderr (with JSON, to stdout).
struct ScriptRunner {
    var session: Session
    var printer: ScriptPrinter
    /// The pager and the screen's height, when long answers go through one.
    var paging: (command: String, rows: Int)?
    /// When the session does not include the built-in knowledge base: what to do to include it, said in a
    /// note on each unknown name the built-in knowledge base has ("check with --with-builtin").
    var builtinAdvice: String?

    init(session: Session, format: RenderFormat, layout: TableLayout = .natural, today: CalendarDate? = nil) {
        self.session = session
        printer = ScriptPrinter(format: format, colorOutput: Terminal.colorAllowed(onTerminal: Terminal.outputIsTerminal),
                                colorErrors: Terminal.colorAllowed(onTerminal: Terminal.errorIsTerminal), layout: layout)
        printer.picture = Terminal.pictureSettings(today: today)
    }

    var diagnosticRenderer: DiagnosticRenderer {
        DiagnosticRenderer(color: printer.colorErrors)
    }

    /// Runs one script and reports it; returns the exit status it calls for. Without a pager its answers
    /// are printed as they are found.
    mutating func run(_ bytes: [UInt8], name: String) -> ExitStatus {
        if paging == nil { return stream(bytes, name: name) }
        let outcome = session.run(bytes, name: name)
        show(outcome)
        return status(of: outcome)
    }

    /// The exit status a script's outcome calls for: bad data when its knowledge did not load, or when a
    /// compiled file it read from turned out damaged, even while its answers were printed.
    func status(of outcome: ScriptOutcome) -> ExitStatus {
        if outcome.loadFailed || session.knowledgeBase.unreadable != nil { return .badData }
        return outcome.hasErrors ? .queryFailed : .success
    }

    /// Prints an outcome: its problems, then its answers; through the pager when paging and they are
    /// taller than the screen (problems then come first, on standard error).
    mutating func show(_ outcome: ScriptOutcome) {
        let outcome = builtinAdvice.map { session.notingBuiltinNames(outcome, advice: $0) } ?? outcome
        Terminal.writeError(printer.problems(outcome, in: session))
        let pieces = printer.answers(outcome, in: session)
        if let paging {
            let text = pieces.map(\.output).joined()
            if Pager.isLong(text, rows: paging.rows) {
                for piece in pieces { Terminal.writeError(piece.errors) }
                if !Pager.show(text, command: paging.command) { Terminal.write(text) }
                return
            }
        }
        for piece in pieces {
            Terminal.write(piece.output)
            Terminal.writeError(piece.errors)
        }
    }
}


extension ScriptRunner {
    /// Checks scripts without printing answers: every diagnostic, and `FILE: ok` for clean files.
    mutating func check(_ scripts: [(name: String, bytes: [UInt8])]) -> ExitStatus {
        var status = ExitStatus.success
        for script in scripts {
            let outcome = session.loadChecking(script.bytes, name: script.name)
            let problems = builtinAdvice.map { session.notingBuiltinNames(outcome.diagnostics, advice: $0) }
                ?? outcome.diagnostics
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

