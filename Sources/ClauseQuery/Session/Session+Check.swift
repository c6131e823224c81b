extension Session {
    /// Checks a script as `clq check` does and returns what it reports: syntax and loading problems,
    /// and questions that fail (unless an expectation says they should). Answers are not reported.
    ///
    /// The script's declarations stay loaded when they load cleanly, so its knowledge can be queried.
    public mutating func check(_ bytes: [UInt8], name: String) -> [Diagnostic] {
        let keepGoing = self.keepGoing
        self.keepGoing = true
        defer { self.keepGoing = keepGoing }
        let outcome = run(bytes, name: name)
        return outcome.diagnostics + outcome.steps.flatMap { $0.wasExpected ? [] : $0.diagnostics }
    }
}
