/// Signals that the statement being parsed is abandoned; its diagnostic is already recorded.
struct ParseAbort: Error {}

/// A recursive-descent parser over the tokens of one source text.
///
/// Each statement that fails reports one diagnostic and the parser resumes at the
/// next statement, so one run reports every independent error without cascades.
/// A `malformed` token was reported by the lexer: a statement that meets one is
/// abandoned without a second report.
package struct Parser {
    /// Deepest nesting of parentheses and `not` accepted in a filter.
    package static let maximumDepth = 200
    /// Most diagnostics reported for one source text.
    package static let maximumDiagnostics = 100

    let source: SourceText
    let file: FileID
    let tokens: [Token]
    var index = 0
    var depth = 0
    var diagnostics: [Diagnostic] = []
    var reachedEndUnfinished = false
    var failedInDeclaration = false
    /// The identifier of the declaration being parsed, once read.
    var declaringIdentifier: String?
    /// Identifiers of declarations that failed to parse: references to them are not reported again.
    var failedIdentifiers: Set<String> = []
    /// The bytes of each statement that failed to parse, through the token recovery stopped after.
    var failedRanges: [ByteRange] = []
    /// Where the statements to parse end: no statement starts at or after this offset (a part of a
    /// text parsed in parts, whose tokens go on for a line to show what follows the part).
    var stopsAt = Int.max
    /// True when parsing ends at the first problem (a part of a text, from which the text is then
    /// parsed on in one piece).
    var stopsAtFirstProblem = false

    /// Parses a whole script; a large one in parts on every core (`parseInParts`), with the same result.
    /// `isCancelled` is polled as the text is read; when it returns true the script ends there, with an
    /// `interrupted` error.
    package static func parse(_ source: SourceText, file: FileID,
                              isCancelled: @Sendable () -> Bool = { false }) -> ParsedScript {
        if let parsed = parseInParts(source, file: file, isCancelled: isCancelled) { return parsed }
        return parseWhole(source, file: file, isCancelled: isCancelled)
    }

    /// Parses a whole script in one part; or, `from` the start of a line where a statement starts, the
    /// rest of it, as parsing it whole would after statements that read without a problem.
    static func parseWhole(_ source: SourceText, file: FileID, from start: Int = 0,
                           isCancelled: () -> Bool = { false }) -> ParsedScript {
        let lexed = start == 0 ? Lexer.lex(source, file: file, isCancelled: isCancelled)
            : Lexer.lex(source, file: file, in: start..<source.bytes.count, isCancelled: isCancelled)
        if lexed.diagnostics.contains(where: { $0.id == .interrupted }) { return interrupted(file) }
        var parser = Parser(source: source, file: file, tokens: lexed.tokens)
        parser.diagnostics = lexed.diagnostics
        let statements = parser.parseScript(isCancelled)
        let incomplete = lexed.endsInsideString || parser.reachedEndUnfinished
        let inTextOrder = parser.diagnostics.enumerated().sorted { a, b in
            let (first, second) = (a.element.location?.range.start ?? 0, b.element.location?.range.start ?? 0)
            return first != second ? first < second : a.offset < b.offset
        }.map(\.element)
        return ParsedScript(file: file, statements: statements,
                            diagnostics: Array(inTextOrder.prefix(maximumDiagnostics)),
                            isIncomplete: incomplete, failedInDeclaration: parser.failedInDeclaration,
                            failedIdentifiers: parser.failedIdentifiers, comments: lexed.comments,
                            failedRanges: parser.failedRanges)
    }

    /// What is left of a script whose reading was cancelled: no statement, and one `interrupted` error.
    static func interrupted(_ file: FileID) -> ParsedScript {
        ParsedScript(file: file, statements: [], diagnostics: [Diagnostic(.interrupted, .error, "interrupted", at: nil)],
                     isIncomplete: false, failedInDeclaration: true, failedIdentifiers: [], comments: [], failedRanges: [])
    }

    init(source: SourceText, file: FileID, tokens: [Token]) {
        self.source = source
        self.file = file
        self.tokens = tokens
    }

    // script = { statement } ;
    mutating func parseScript(_ isCancelled: () -> Bool = { false }) -> [Statement] {
        var statements: [Statement] = []
        while !at(.endOfInput) && current.range.start < stopsAt {
            if statements.count & 0xFF == 0xFF, isCancelled() {
                diagnostics.append(Diagnostic(.interrupted, .error, "interrupted", at: nil))
                break
            }
            if at(.malformed) {
                advance()
                continue
            }
            let before = index
            let startsDeclaration = [TokenKind.keyword(.party), .keyword(.asset), .keyword(.source),
                                     .keyword(.agreement), .keyword(.event), .keyword(.prospect)].contains(current.kind)
            declaringIdentifier = nil
            do {
                statements.append(try parseStatement())
            } catch {
                failedInDeclaration = failedInDeclaration || startsDeclaration
                if let identifier = declaringIdentifier { failedIdentifiers.insert(identifier) }
                recover()
                var last = min(max(index, before + 1), tokens.count) - 1
                if last > before && tokens[last].kind == .endOfInput { last -= 1 }
                if before <= last { failedRanges.append(ByteRange(tokens[before].range.start, tokens[last].range.end)) }
            }
            if index == before { index += 1 }
            if diagnostics.count >= Parser.maximumDiagnostics || (stopsAtFirstProblem && !diagnostics.isEmpty) { break }
        }
        return statements
    }

    // statement = declaration | question , [ "?" ] | expectation ;
    mutating func parseStatement() throws -> Statement {
        switch current.kind {
        case .keyword(.party), .keyword(.asset), .keyword(.source), .keyword(.agreement),
             .keyword(.event), .keyword(.prospect):
            return .declaration(try parseDeclaration())
        case .keyword(.expect):
            return .expectation(try parseExpectation())
        case .dot, .question, .semicolon:
            let token = advance()
            throw fail(.expectedToken, "expected a declaration or a question, found \(describe(token))", token.range)
        case .keyword(.clause) where peek().kind == .identifier:
            failedInDeclaration = true
            throw fail(.clauseOutsideAgreement, "a clause must be declared inside an agreement { … } block", current.range)
        default:
            if let abort = naturalQuestion() { throw abort }
            if startsQuestion {
                let start = current.range.start
                let question = try parseQuestion()
                try endStatement(.question, after: "question", suggesting: Parser.modifierKeywords)
                return .question(QuestionStatement(question: question, range: ByteRange(start, previousEnd)))
            }
            throw fail(.expectedToken,
                       "expected a declaration (party, asset, source, agreement, event, prospect) or a question, found \(describe(current))",
                       current.range, notes: keywordHint(Parser.statementKeywords))
        }
    }

    /// Consumes the terminator of a statement; at the end of the input it may be left off. A name in its
    /// place close to one of `keywords` gets a did-you-mean.
    mutating func endStatement(_ terminator: TokenKind, after what: String, suggesting keywords: [Keyword] = []) throws {
        if accept(terminator) != nil || at(.endOfInput) { return }
        throw expected(terminator.spelling + " to end the " + what, suggesting: keywords)
    }

    /// Skips to the start of the next statement after an error.
    mutating func recover() {
        var braces = 0
        while !at(.endOfInput) {
            switch current.kind {
            case .leftBrace: braces += 1
            case .rightBrace:
                if braces == 0 { index += 1; return }
                braces -= 1
            case .dot, .question:
                if braces == 0 { index += 1; return }
            case .keyword(.party), .keyword(.asset), .keyword(.source), .keyword(.agreement),
                 .keyword(.event), .keyword(.prospect), .keyword(.expect), .keyword(.which),
                 .keyword(.when), .keyword(.explain), .keyword(.list):
                if braces == 0 && startsLine(current) { return }
            default: break
            }
            index += 1
        }
    }

    func startsLine(_ token: Token) -> Bool {
        var offset = token.range.start - 1
        while offset >= 0 {
            let byte = source.bytes[offset]
            if byte == UInt8(ascii: "\n") { return true }
            if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") { return false }
            offset -= 1
        }
        return true
    }

    // MARK: Cursor

    var current: Token { tokens[min(index, tokens.count - 1)] }

    func peek(_ distance: Int = 1) -> Token { tokens[min(index + distance, tokens.count - 1)] }

    var previousEnd: Int { index > 0 ? tokens[min(index - 1, tokens.count - 1)].range.end : 0 }

    func at(_ kind: TokenKind) -> Bool { current.kind == kind }

    func at(_ keyword: Keyword) -> Bool { current.kind == .keyword(keyword) }

    @discardableResult
    mutating func advance() -> Token {
        let token = current
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    mutating func accept(_ kind: TokenKind) -> Token? {
        at(kind) ? advance() : nil
    }

    mutating func accept(_ keyword: Keyword) -> Token? {
        accept(.keyword(keyword))
    }

    mutating func expect(_ kind: TokenKind, _ what: String? = nil) throws -> Token {
        if let token = accept(kind) { return token }
        throw expected(what ?? kind.spelling)
    }

    mutating func expect(_ keyword: Keyword) throws -> Token {
        try expect(.keyword(keyword))
    }

    func text(_ token: Token) -> String { source.text(in: token.range) }

    func describe(_ token: Token) -> String {
        switch token.kind {
        case .endOfInput: return "the end of the input"
        case .string: return "the string \(text(token).truncatedForMessage)"
        default: return "'\(text(token).truncatedForMessage)'"
        }
    }

    // MARK: Diagnostics

    /// Records "expected X after 'previous', found 'current'" and returns the abort to throw; a name close
    /// to one of `keywords` gets the note "did you mean '…'?".
    mutating func expected(_ what: String, suggesting keywords: [Keyword] = []) -> ParseAbort {
        var message = "expected \(what)"
        if index > 0 {
            message += " after '\(text(tokens[index - 1]).truncatedForMessage)'"
        }
        message += ", found \(describe(current))"
        if at(.endOfInput) { reachedEndUnfinished = true }
        if at(.malformed) { return ParseAbort() }
        return fail(.expectedToken, message, current.range, notes: keywordHint(keywords))
    }

    mutating func fail(_ id: DiagnosticID, _ message: String, _ range: ByteRange,
                       notes: [DiagnosticNote] = []) -> ParseAbort {
        report(id, message, range, notes: notes)
        return ParseAbort()
    }

    mutating func report(_ id: DiagnosticID, _ message: String, _ range: ByteRange, notes: [DiagnosticNote] = []) {
        if diagnostics.count < Parser.maximumDiagnostics {
            diagnostics.append(Diagnostic(id, .error, message, at: SourceLocation(file: file, range: range), notes: notes))
        }
    }

    /// Runs `body` one nesting level deeper, failing cleanly past the limit.
    mutating func nested<T>(_ body: (inout Parser) throws -> T) throws -> T {
        guard depth < Parser.maximumDepth else {
            throw fail(.nestingTooDeep, "nesting is deeper than \(Parser.maximumDepth) levels; simplify the expression",
                       current.range)
        }
        depth += 1
        defer { depth -= 1 }
        return try body(&self)
    }
}

extension String {
    /// The text shortened for quoting inside a one-line message.
    var truncatedForMessage: String {
        let flat = String(map { $0 == "\n" || $0 == "\r\n" ? " " : $0 })
        return flat.count > 40 ? String(flat.prefix(37)) + "..." : flat
    }
}
