import Synchronization

/// A large text parsed in parts on every core, with the result of parsing it whole.
///
/// The text is cut at the starts of lines that begin with a declaration's keyword. No token spans a line
/// break and no token's kind depends on what follows one, so each part lexes as it does within the
/// whole text. Each part is parsed from its first statement; its tokens go on through the first line of
/// the next part, so that the parser sees what follows its last statement as it would in the whole text.
///
/// A part is kept only when it parses without a single diagnostic and its last statement ends exactly
/// where the next part begins: the parser then passed through the cut at a statement boundary, where
/// parsing the whole text would have been too, in the same state (a statement's parse depends on its
/// own tokens and the one or two after it, and nothing before it had a problem). From the first part
/// that is not kept, the rest of the text is parsed in one piece, so that problems are reported, and
/// recovered from, exactly as they always are.
extension Parser {
    /// A part holds at least this many bytes; a text has at most `maximumParts` parts.
    static let bytesPerPart = 128 * 1024
    static let maximumParts = 16

    /// The keywords a line may begin with to be a place to cut, each followed by a space.
    private static let cutKeywords: [[UInt8]] = [Keyword.agreement, .party, .asset, .source, .event, .prospect]
        .map { Array(($0.rawValue + " ").utf8) }

    /// The text parsed in parts, or nil when it is small or has no place to cut.
    ///
    /// A part stops at its first problem, and the parts after it stop soon after, as the text from
    /// there is parsed in one piece: a problem costs at most one reading in parts of what follows it.
    /// The parts poll `isCancelled` one at a time, and not again once it has returned true; a
    /// cancelled text reads as interrupted.
    static func parseInParts(_ source: SourceText, file: FileID, isCancelled: @Sendable () -> Bool,
                             partSize: Int = bytesPerPart) -> ParsedScript? {
        let bytes = source.bytes
        guard bytes.count <= maximumSourceSize else { return nil }
        let starts = partStarts(bytes, partSize: partSize)
        guard starts.count > 1 else { return nil }
        let (parts, wasCancelled) = withoutActuallyEscaping(isCancelled) { isCancelled in
            // Whether the caller cancelled; asked one part at a time, and not again once it has said so.
            let cancelled = Mutex(false)
            // The first part with a problem: the parts after it stop, as the text is parsed on from it.
            let firstFailed = Atomic(Int.max)
            let parts = InParts.all(starts.count) { part in
                let poll: @Sendable () -> Bool = {
                    if firstFailed.load(ordering: .relaxed) < part { return true }
                    return cancelled.withLock { cancelled in
                        if !cancelled { cancelled = isCancelled() }
                        return cancelled
                    }
                }
                let parsed = parsePart(source, file: file, from: starts[part],
                                       before: part + 1 < starts.count ? starts[part + 1] : nil, isCancelled: poll)
                if case .unclean = parsed { _ = firstFailed.min(part, ordering: .relaxed) }
                return parsed
            }
            return (parts, cancelled.withLock { $0 })
        }
        if wasCancelled { return interrupted(file) }
        var statements: [Statement] = []
        var comments: [ByteRange] = []
        for (part, parsed) in parts.enumerated() {
            guard case .parsed(let more, let moreComments) = parsed else {
                var rest = parseWhole(source, file: file, from: starts[part], isCancelled: isCancelled)
                if rest.diagnostics.contains(where: { $0.id == .interrupted }) { return interrupted(file) }
                rest.statements = statements + rest.statements
                rest.comments = comments + rest.comments
                return rest
            }
            statements.append(contentsOf: more)
            comments.append(contentsOf: moreComments)
        }
        return ParsedScript(file: file, statements: statements, diagnostics: [], isIncomplete: false,
                            failedInDeclaration: false, failedIdentifiers: [], comments: comments, failedRanges: [])
    }

    /// What parsing one part gave.
    enum Part: Sendable {
        /// The part's statements and comments, read without a problem.
        case parsed([Statement], [ByteRange])
        /// A problem, a statement running on past the part, or a stop (the caller cancelled, or a
        /// part before it has a problem).
        case unclean
    }

    /// The part of `source` from `start` to `next` (the start of the next part, nil for the last part).
    static func parsePart(_ source: SourceText, file: FileID, from start: Int, before next: Int?,
                          isCancelled: @Sendable () -> Bool) -> Part {
        let bytes = source.bytes
        // The next part's first line, lexed as what follows this part's last statement.
        let end = next.map { lineEnd(bytes, from: $0) } ?? bytes.count
        let lexed = Lexer.lex(source, file: file, in: start..<end, stoppingAtFirstProblem: true, isCancelled: isCancelled)
        guard lexed.diagnostics.isEmpty, !lexed.endsInsideString else { return .unclean }
        var parser = Parser(source: source, file: file, tokens: lexed.tokens)
        parser.stopsAt = next ?? Int.max
        parser.stopsAtFirstProblem = true
        let statements = parser.parseScript(isCancelled)
        guard parser.diagnostics.isEmpty, !parser.reachedEndUnfinished, parser.failedRanges.isEmpty,
              next.map({ parser.current.range.start == $0 }) ?? parser.at(.endOfInput) else { return .unclean }
        return .parsed(statements, next.map { next in lexed.comments.filter { $0.start < next } } ?? lexed.comments)
    }

    /// Where the parts of `bytes` start, at most `maximumParts` of them: 0, then for each further part
    /// the first line at or after its share of the text that begins with a declaration's keyword. Just
    /// `[0]` for a small text.
    static func partStarts(_ bytes: [UInt8], partSize: Int = bytesPerPart, maximumParts: Int = maximumParts) -> [Int] {
        let parts = min(bytes.count / partSize, maximumParts)
        guard parts > 1 else { return [0] }
        var starts = [0]
        for part in 1..<parts {
            let share = bytes.count * part / parts
            guard let start = cut(bytes, from: max(share, starts[starts.count - 1] + 1), before: bytes.count * (part + 1) / parts)
            else { continue }
            starts.append(start)
        }
        return starts
    }

    /// The first start of a line in `from..<before` that begins with a declaration's keyword.
    private static func cut(_ bytes: [UInt8], from: Int, before: Int) -> Int? {
        var position = from
        while position < before {
            if position > 0, bytes[position - 1] == UInt8(ascii: "\n"),
               cutKeywords.contains(where: { keyword in
                   position + keyword.count <= bytes.count && bytes[position..<position + keyword.count].elementsEqual(keyword)
               }) {
                return position
            }
            position += 1
        }
        return nil
    }

    /// Just past the line break that ends the line starting at `start`, or the end of the text.
    private static func lineEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var position = start
        while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
        return min(position + 1, bytes.count)
    }
}
