/// Renders diagnostics as `file:line:column: error: message`, the source line and a caret under the range.
package struct DiagnosticRenderer: Sendable {
    /// Whether severities, messages and carets get ANSI colour and bold codes.
    package var color: Bool
    /// Widest stretch of a source line shown; longer lines are cut around the caret.
    package var maximumLineWidth = 120
    /// Reads every source line whole, however long, instead of only around the caret: the reference the
    /// cut reading is checked against.
    var readsWholeLines = false

    /// A renderer, coloured when `color` is true, that shows at most `maximumLineWidth` (120) columns of a source line.
    package init(color: Bool) { self.color = color }

    /// Every diagnostic in order, then a count line ("2 errors and 1 warning") when there are
    /// two or more errors and warnings.
    package func render(_ diagnostics: [Diagnostic], sources: SourceSet) -> String {
        var output = diagnostics.map { render($0, sources: sources) }.joined()
        let errors = diagnostics.filter(\.isError).count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        if errors + warnings > 1 {
            var parts: [String] = []
            if errors > 0 { parts.append(errors == 1 ? "1 error" : "\(errors) errors") }
            if warnings > 0 { parts.append(warnings == 1 ? "1 warning" : "\(warnings) warnings") }
            output += parts.joined(separator: " and ") + "\n"
        }
        return output
    }

    /// One diagnostic as `file:line:column: severity: message [id]`, its source line with a caret, and its
    /// notes; without a location, no position or excerpt.
    package func render(_ diagnostic: Diagnostic, sources: SourceSet) -> String {
        var output = ""
        let severity = paint(diagnostic.severity.rawValue, diagnostic.severity == .error ? "1;31" : diagnostic.severity == .warning ? "1;33" : "1;36")
        let message = paint(diagnostic.message.controlsEscaped, "1") + " [\(diagnostic.id.rawValue)]"
        var gutter = ""
        if let location = diagnostic.location, sources.contains(location.file) {
            let text = sources[location.file]
            let (line, column) = text.position(of: location.range.start)
            output += "\(text.name.controlsEscaped):\(line):\(column): \(severity): \(message)\n"
            output += excerpt(text, location.range)
            gutter = String(repeating: " ", count: String(line).count)
        } else {
            output += "\(severity): \(message)\n"
        }
        for note in diagnostic.notes {
            if let location = note.location, sources.contains(location.file) {
                let text = sources[location.file]
                let (line, column) = text.position(of: location.range.start)
                output += "\(text.name.controlsEscaped):\(line):\(column): \(paint("note", "1;36")): \(note.message.controlsEscaped)\n"
                output += excerpt(text, location.range)
            } else {
                output += " \(gutter) = \(note.message.controlsEscaped)\n"
            }
        }
        return output
    }

    /// The source line holding the range's start, numbered, with a caret line beneath. A tab shows as a
    /// space and any other control character as its escape (`\u{1B}`), the caret moved to match.
    func excerpt(_ text: SourceText, _ range: ByteRange) -> String {
        let line = text.line(of: range.start)
        let lineStart = text.lineStart(line)
        let lineEnd = text.lineEnd(line)
        let anchor = min(range.start, lineEnd)
        // A long line is read only around the caret, so that a hundred diagnostics on one long line cost no
        // more than on short ones. The stretch shown is at most `maximumLineWidth` characters on either side
        // of the caret, and a source character shows as one or more: that many characters of up to four
        // bytes each (one more for the cut to a character's start) show exactly what the whole line would.
        let reach = readsWholeLines ? text.bytes.count : 4 * (maximumLineWidth + 1)
        var from = lineStart
        if anchor - lineStart > reach {
            from = anchor - reach
            while from < anchor, text.bytes[from] & 0xC0 == 0x80 { from += 1 }
        }
        var to = lineEnd
        if lineEnd - anchor > reach {
            to = anchor + reach
            while to < lineEnd, text.bytes[to] & 0xC0 == 0x80 { to += 1 }
        }
        let source = Array(text.text(in: ByteRange(from, to)).unicodeScalars)
        let sourceStart = min(source.count, text.scalarCount(from: from, to: anchor))
        let sourceEnd = min(source.count, sourceStart + max(1, text.scalarCount(from: anchor, to: min(range.end, to))))
        // Where each source scalar starts among the scalars shown.
        var scalars: [Unicode.Scalar] = []
        var shownStart: [Int] = []
        scalars.reserveCapacity(source.count + 16)
        shownStart.reserveCapacity(source.count + 1)
        for scalar in source {
            shownStart.append(scalars.count)
            if scalar == "\t" {
                scalars.append(" ")
            } else if let escape = scalar.controlEscape {
                scalars += escape.unicodeScalars
            } else {
                scalars.append(scalar)
            }
        }
        shownStart.append(scalars.count)
        let caretStart = shownStart[sourceStart]
        let caretLength = max(1, shownStart[sourceEnd] - caretStart)
        var windowStart = 0
        if scalars.count > maximumLineWidth {
            windowStart = max(0, min(caretStart - maximumLineWidth / 3, scalars.count - maximumLineWidth))
        }
        let windowEnd = min(scalars.count, windowStart + maximumLineWidth)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(4 * (windowEnd - windowStart))
        for scalar in scalars[windowStart..<windowEnd] { UTF8.encode(scalar) { bytes.append($0) } }
        var shown = String(decoding: bytes, as: UTF8.self)
        let cutBefore = windowStart > 0 || from > lineStart
        if cutBefore { shown = "…" + shown }
        if windowEnd < scalars.count || to < lineEnd { shown += "…" }
        let offset = caretStart - windowStart + (cutBefore ? 1 : 0)
        let length = min(caretLength, max(1, windowEnd - caretStart))
        let gutter = String(line)
        let blank = String(repeating: " ", count: gutter.count)
        let caret = "^" + String(repeating: "~", count: max(0, length - 1))
        return " \(gutter) | \(shown)\n \(blank) | \(String(repeating: " ", count: max(0, offset)))\(paint(caret, "1;32"))\n"
    }

    func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
