import ClauseQuery

extension REPL {
    var diagnosticRenderer: DiagnosticRenderer { DiagnosticRenderer(color: colorErrors) }

    /// Writes problems to standard error, with the source line and a caret.
    func report(_ diagnostics: [Diagnostic]) {
        if diagnostics.isEmpty { return }
        output.writeError(diagnosticRenderer.render(diagnostics, sources: session.sources))
    }

    /// Writes one answer in the current format; its problems go to standard error.
    func report(_ step: QuestionOutcome) {
        let kb = session.knowledgeBase
        if step.diagnostics.contains(where: { $0.id == .interrupted }) {
            output.writeError("interrupted\n")
            return
        }
        switch format {
        case .table:
            if let answer = step.answer {
                output.write(TableRenderer(color: colorAnswers).render(answer, knowledgeBase: kb))
            }
        case .json:
            output.write(JSONRenderer.render(query: step.text, answer: step.answer, diagnostics: step.diagnostics,
                                             knowledgeBase: kb, sources: session.sources) + "\n")
        case .csv:
            if let answer = step.answer {
                output.write(CSVRenderer.headerLine() + CSVRenderer.render(query: step.text, answer: answer, knowledgeBase: kb))
            }
        }
        var problems = step.wasExpected ? [] : step.diagnostics
        if let failure = step.expectationFailure { problems.append(failure) }
        report(problems)
    }

    /// Writes a message about a command that could not be done.
    func fail(_ message: String) {
        let label = colorErrors ? "\u{1B}[1;31merror\u{1B}[0m" : "error"
        output.writeError("\(label): \(message)\n")
    }
}
