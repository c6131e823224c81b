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
/// in order and byte for byte (a comment that is not valid UTF-8 included), as is a leading byte
/// order mark, so a formatted text means exactly what the original meant. Text that does not parse
/// is not formatted. Formatting a formatted text changes nothing.
package enum SourceFormatter {
    /// Columns an expectation may take on one line before its groups go on lines of their own.
    package static let lineWidth = 120

    /// The canonical form of `text`; throws the syntax errors when it does not parse.
    package static func format(_ text: String, name: String = "<input>") throws(FormatFailure) -> String {
        try format(Array(text.utf8), name: name)
    }

    /// The canonical form of UTF-8 `bytes` as text; throws the syntax errors when they do not parse. Bytes
    /// of comments that are not valid UTF-8 are replaced here: `formatted(_:name:)` keeps them.
    package static func format(_ bytes: [UInt8], name: String = "<input>") throws(FormatFailure) -> String {
        String(decoding: try formatted(bytes, name: name), as: UTF8.self)
    }

    /// The canonical form of `bytes`, keeping every byte of every token and comment; throws the syntax
    /// errors when they do not parse.
    package static func formatted(_ bytes: [UInt8], name: String = "<input>") throws(FormatFailure) -> [UInt8] {
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

    /// True when `output` holds the same tokens and comments as the original, byte for byte.
    static func sameTokens(_ source: SourceText, _ tokens: [Token], _ comments: [ByteRange], _ output: [UInt8]) -> Bool {
        let formatted = SourceText(name: source.name, bytes: output)
        let relexed = Lexer.lex(formatted, file: FileID(0))
        let newTokens = relexed.tokens.dropLast()
        guard relexed.diagnostics.isEmpty, newTokens.count == tokens.count,
              relexed.comments.count == comments.count else { return false }
        for (old, new) in zip(tokens, newTokens)
        where old.kind != new.kind || !bytes(source, old.range).elementsEqual(bytes(formatted, new.range)) {
            return false
        }
        for (old, new) in zip(comments, relexed.comments)
        where !LayoutWriter.commentBytes(source, old).elementsEqual(bytes(formatted, new)) {
            return false
        }
        return source.bytes.starts(with: LayoutWriter.byteOrderMark) == output.starts(with: LayoutWriter.byteOrderMark)
    }

    private static func bytes(_ source: SourceText, _ range: ByteRange) -> ArraySlice<UInt8> {
        source.bytes[range.start..<range.end]
    }
}

extension DiagnosticID {
    /// The formatter's own check found that its output would read differently; the text is kept.
    package static let formatUnsafe: DiagnosticID = "format-unsafe"
}
