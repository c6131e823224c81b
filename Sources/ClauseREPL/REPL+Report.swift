import ClauseQuery
import ClauseSystem

extension REPL {
    var diagnosticRenderer: DiagnosticRenderer { DiagnosticRenderer(color: colorErrors) }

    /// Writes problems to standard error, with the source line and a caret.
    func report(_ diagnostics: [Diagnostic]) {
        if diagnostics.isEmpty { return }
        output.writeError(diagnosticRenderer.render(diagnostics, sources: session.sources))
    }

    /// Prints answers in the current format, with a CSV header for each input; tables fit the screen.
    var printer: ScriptPrinter {
        let width = screenSize()?.columns
        let layout = TableLayout(width: width, expanded: width == nil ? .never : .auto, columns: columns)
        var printer = ScriptPrinter(format: format, colorOutput: colorAnswers, colorErrors: colorErrors, layout: layout)
        printer.picture = picture()
        return printer
    }

    /// Writes the answers of one input, through the pager when they are taller than the screen.
    func show(_ pieces: [ScriptPrinter.Piece]) {
        let text = pieces.map(\.output).joined()
        if paging, let pager, let rows = screenSize()?.rows, Pager.isLong(text, rows: rows) {
            for piece in pieces { output.writeError(piece.errors) }
            if pager(text) {
                flags.clearInterrupt()
                return
            }
        }
        for piece in pieces {
            writeAnswer(piece.output)
            output.writeError(piece.errors)
        }
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
