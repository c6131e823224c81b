/// What checking a script found: its problems, and whether its knowledge failed to load.
public struct CheckOutcome: Sendable {
    /// Reading and loading problems, and the diagnostics of questions that failed with no `expect error`
    /// allowing it; failed expectations are not included.
    public var diagnostics: [Diagnostic]
    /// True when the script's declarations did not load (bad input data, not a failed question).
    public var loadFailed: Bool
}

extension Session {
    /// Checks a script as `clq check` does and returns what it reports: syntax and loading problems,
    /// questions that fail their check (unless an expectation says they should) and answers that differ
    /// from their `expect`. Questions are checked, not answered, unless an `expect` follows them.
    ///
    /// The script's declarations stay loaded when they load cleanly, so its knowledge can be queried.
    public mutating func check(_ bytes: [UInt8], name: String) -> [Diagnostic] {
        checkScript(bytes, name: name).diagnostics
    }

    /// Like `check(_:name:)`, also telling whether the script's knowledge failed to load.
    public mutating func checkScript(_ bytes: [UInt8], name: String) -> CheckOutcome {
        let keepGoing = self.keepGoing
        self.keepGoing = true
        defer { self.keepGoing = keepGoing }
        let outcome = run(bytes, name: name, answering: false)
        let diagnostics = outcome.diagnostics + outcome.steps.flatMap { step in
            (step.wasExpected ? [] : step.diagnostics) + (step.expectationFailure.map { [$0] } ?? [])
        }
        return CheckOutcome(diagnostics: diagnostics, loadFailed: outcome.loadFailed)
    }
}
