/// What checking a script found: its problems, and whether its knowledge failed to load.
public struct CheckOutcome: Sendable {
    /// Reading and loading problems, and the diagnostics of questions that failed with no `expect error`
    /// allowing it; failed expectations are not included.
    public var diagnostics: [Diagnostic]
    /// True when the script's declarations did not load (bad input data, not a failed question).
    public var loadFailed: Bool
    /// The texts the diagnostics point into.
    package var sources: SourceSet

    /// The diagnostics as `file:line:column` messages with carets.
    public func rendered(color: Bool = false) -> String {
        DiagnosticRenderer(color: color).render(diagnostics, sources: sources)
    }
}

extension Session {
    /// Checks a script as `clq check` does, without changing this session: syntax and loading
    /// problems, questions that fail their check (unless an expectation says they should) and answers
    /// that differ from their `expect`. Questions are checked, not answered, unless an `expect`
    /// follows them.
    public func checkOutcome(of text: String, name: String) -> CheckOutcome {
        var copy = self
        return copy.loadChecking(Array(text.utf8), name: name)
    }

    /// Checks a script as `checkOutcome(of:name:)` does and keeps its declarations loaded when they
    /// load cleanly, so that its knowledge can be queried.
    package mutating func loadChecking(_ bytes: [UInt8], name: String) -> CheckOutcome {
        checking { $0.run(bytes, name: name, answering: false) }
    }

    /// Checks a script already parsed from `text` (by `Parser.parse`, as any source), as
    /// `loadChecking(_:name:)` checks its text, without parsing it again.
    package mutating func loadChecking(_ script: ParsedScript, text: SourceText) -> CheckOutcome {
        checking { session in
            let file = session.add(text)
            return session.run(script.moved(to: file), answering: false)
        }
    }

    private mutating func checking(_ run: (inout Session) -> ScriptOutcome) -> CheckOutcome {
        let keepGoing = self.keepGoing
        self.keepGoing = true
        defer { self.keepGoing = keepGoing }
        let outcome = run(&self)
        let diagnostics = outcome.diagnostics + outcome.steps.flatMap { step in
            (step.wasExpected ? [] : step.diagnostics) + (step.expectationFailure.map { [$0] } ?? [])
        }
        return CheckOutcome(diagnostics: diagnostics, loadFailed: outcome.loadFailed, sources: sources)
    }
}
