/// Why a text could not be formatted: it does not parse. Carries the sources its diagnostics point into.
package struct FormatFailure: Error, Sendable {
    /// The syntax errors that stopped formatting.
    package var diagnostics: [Diagnostic]
    /// The text formatted, which the diagnostics point into.
    package var sources: SourceSet
}

/// The canonical layout of clq source text.
///
/// Formatting only changes the whitespace between tokens: every token and every comment is kept,
/// in order, so a formatted text means exactly what the original meant. Text that does not parse
/// is not formatted. Formatting a formatted text changes nothing.
package enum SourceFormatter {
    /// Columns an expectation may take on one line before its groups go on lines of their own.
    package static let lineWidth = 120

    /// The canonical form of `text`; throws the syntax errors when it does not parse.
    package static func format(_ text: String, name: String = "<input>") throws(FormatFailure) -> String {
        try format(Array(text.utf8), name: name)
    }

    /// The canonical form of UTF-8 `bytes`; throws the syntax errors when they do not parse.
    package static func format(_ bytes: [UInt8], name: String = "<input>") throws(FormatFailure) -> String {
        var sources = SourceSet()
        let file = sources.add(SourceText(name: name, bytes: bytes))
        let source = sources[file]
        let lexed = Lexer.lex(source, file: file)
        let parsed = Parser.parse(source, file: file)
        let errors = parsed.diagnostics.filter(\.isError)
        if !errors.isEmpty { throw FormatFailure(diagnostics: errors, sources: sources) }
        let tokens = Array(lexed.tokens.dropLast())
        let plan = LayoutPlan(source: source, tokens: tokens, statements: parsed.statements)
        let output = LayoutWriter(source: source, tokens: tokens, comments: lexed.comments, plan: plan).write()
        guard sameTokens(source, tokens, lexed.comments, output) else {
            let diagnostic = Diagnostic(.formatUnsafe, .error,
                                        "formatting would change the tokens of this text; it was left as it is",
                                        at: SourceLocation(file: file, range: ByteRange(0, 0)))
            throw FormatFailure(diagnostics: [diagnostic], sources: sources)
        }
        return output
    }

    /// True when `output` holds the same tokens and comments as the original.
    static func sameTokens(_ source: SourceText, _ tokens: [Token], _ comments: [ByteRange], _ output: String) -> Bool {
        let formatted = SourceText(name: source.name, bytes: Array(output.utf8))
        let relexed = Lexer.lex(formatted, file: FileID(0))
        let newTokens = relexed.tokens.dropLast()
        guard relexed.diagnostics.isEmpty, newTokens.count == tokens.count,
              relexed.comments.count == comments.count else { return false }
        for (old, new) in zip(tokens, newTokens)
        where old.kind != new.kind || source.text(in: old.range) != formatted.text(in: new.range) {
            return false
        }
        for (old, new) in zip(comments, relexed.comments)
        where LayoutWriter.commentText(source, old) != formatted.text(in: new) {
            return false
        }
        return true
    }
}

extension DiagnosticID {
    /// The formatter's own check found that its output would read differently; the text is kept.
    package static let formatUnsafe: DiagnosticID = "format-unsafe"
}
