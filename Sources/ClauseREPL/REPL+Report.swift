import ClauseQuery

extension REPL {
    var diagnosticRenderer: DiagnosticRenderer { DiagnosticRenderer(color: colorErrors) }

    /// Writes problems to standard error, with the source line and a caret.
    func report(_ diagnostics: [Diagnostic]) {
        if diagnostics.isEmpty { return }
        output.writeError(diagnosticRenderer.render(diagnostics, sources: session.sources))
    }

    /// Prints answers in the current format, with a CSV header for each input.
    var printer: ScriptPrinter {
        var printer = ScriptPrinter(format: format, colorOutput: colorAnswers, colorErrors: colorErrors)
        printer.picture = picture()
        return printer
    }

    /// Writes an answer a few lines at a time, and stops at a Ctrl-C: a long table can take
    /// a while to scroll by.
    func writeAnswer(_ text: String) {
        let bytes = Array(text.utf8)
        var start = 0
        while start < bytes.count {
            if flags.isInterrupted {
                output.writeError("interrupted\n")
                return
            }
            var end = min(bytes.count, start + REPL.outputChunkSize)
            while end < bytes.count && bytes[end - 1] != UInt8(ascii: "\n") { end += 1 }
            output.write(String(decoding: bytes[start..<end], as: UTF8.self))
            start = end
        }
    }

    /// Writes a message about a command that could not be done.
    func fail(_ message: String) {
        let label = colorErrors ? "\u{1B}[1;31merror\u{1B}[0m" : "error"
        output.writeError("\(label): \(message)\n")
    }
}
