/// Where one token goes: on the current line, or first on a new line at an indentation.
struct TokenLayout {
    enum Placement: Equatable {
        case inline
        case newline(indent: Int, keepsBlankLine: Bool)
    }
    var placement: Placement = .inline
    /// The indentation used when a comment forces an inline token onto a new line.
    var continuation = 4
    /// The indentation of a comment on its own line just before this token.
    var commentIndent = 4
    /// True when a blank line written before such a comment is kept.
    var commentKeepsBlankLine = false
}

/// Decides the layout of every token from the statements the tokens form.
///
/// Declarations and questions start at column 0; an agreement's clauses at column 2; each attribute
/// of an agreement, clause, event or prospect starts a line of its own, except that `from … until …`
/// and an event's date, parties and amounts share one. Questions stay on one line; an expectation
/// too long for `SourceFormatter.lineWidth` puts each group on its own line.
struct LayoutPlan {
    private(set) var layouts: [TokenLayout]
    private let tokens: [Token]
    private let source: SourceText

    static let agreementAttributes: Set<Keyword> = [.between, .effective, .amends, .cites, .note]
    static let clauseAttributes: Set<Keyword> = [.to, .not, .exclusive, .from, .until, .for, .if, .unless, .amount,
                                                 .terminated, .replaced, .replaces, .cites, .note]
    static let eventFacts: Set<Keyword> = [.on, .after, .before, .between, .involving, .amount]
    /// Keywords after which a `before`, `after` or `between` begins an instant, not an attribute.
    static let instantLeads: Set<TokenKind> = [.keyword(.effective), .keyword(.on), .keyword(.from), .keyword(.until)]
    static let eventAttributes: Set<Keyword> = eventFacts.union([.cites, .note])

    init(source: SourceText, tokens: [Token], statements: [Statement]) {
        self.source = source
        self.tokens = tokens
        layouts = Array(repeating: TokenLayout(), count: tokens.count)
        for statement in statements { plan(statement) }
    }

    subscript(index: Int) -> TokenLayout { layouts[index] }

    /// The index of the last token starting at `offset`, found by halves (tokens are in order), or nil.
    private func token(startingAt offset: Int) -> Int? {
        var (low, high) = (0, tokens.count)
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].range.start <= offset { low = middle + 1 } else { high = middle }
        }
        return low > 0 && tokens[low - 1].range.start == offset ? low - 1 : nil
    }

    /// Indexes of the tokens inside `range`.
    private func span(_ range: ByteRange) -> Range<Int> {
        guard let first = token(startingAt: range.start) else { return 0..<0 }
        var end = first
        while end < tokens.count, tokens[end].range.start < range.end { end += 1 }
        return first..<end
    }

    private mutating func startLine(_ index: Int, indent: Int, keepsBlankLine: Bool, continuation: Int) {
        layouts[index].placement = .newline(indent: indent, keepsBlankLine: keepsBlankLine)
        layouts[index].commentIndent = indent
        layouts[index].commentKeepsBlankLine = keepsBlankLine
        layouts[index].continuation = continuation
    }

    private mutating func setContinuation(_ range: Range<Int>, _ indent: Int) {
        for index in range {
            layouts[index].continuation = indent
            layouts[index].commentIndent = indent
        }
    }

    private mutating func plan(_ statement: Statement) {
        let tokens = span(statement.range)
        guard let first = tokens.first else { return }
        var continuation = 4
        if case .expectation = statement { continuation = 7 }
        setContinuation(tokens, continuation)
        startLine(first, indent: 0, keepsBlankLine: true, continuation: continuation)
        switch statement {
        case .declaration(.agreement(let agreement)): plan(agreement, tokens)
        case .declaration(.event): planAttributes(tokens.dropFirst(), all: LayoutPlan.eventAttributes,
                                                  grouped: LayoutPlan.eventFacts)
        case .declaration(.prospect): planAttributes(tokens.dropFirst(), all: LayoutPlan.eventAttributes,
                                                     grouped: [.involving])
        case .expectation: planExpectation(tokens)
        case .declaration, .question: break
        }
    }

    private mutating func plan(_ agreement: AgreementDecl, _ tokens: Range<Int>) {
        guard let brace = tokens.first(where: { self.tokens[$0].kind == .leftBrace }) else { return }
        planAttributes(tokens.lowerBound + 1..<brace, all: LayoutPlan.agreementAttributes, grouped: [])
        for clause in agreement.clauses {
            let clauseTokens = span(clause.range)
            guard let first = clauseTokens.first else { continue }
            setContinuation(clauseTokens, 6)
            startLine(first, indent: 2, keepsBlankLine: true, continuation: 6)
            planClause(clauseTokens.dropFirst())
        }
        let close = tokens.upperBound - 1
        if close > brace, self.tokens[close].kind == .rightBrace {
            startLine(close, indent: 0, keepsBlankLine: false, continuation: 4)
            layouts[close].commentIndent = 2
            layouts[close].commentKeepsBlankLine = true
        }
    }

    /// Starts a line at each attribute keyword; consecutive `grouped` attributes share a line.
    private mutating func planAttributes(_ tokens: Range<Int>, all: Set<Keyword>, grouped: Set<Keyword>) {
        var previous: Keyword?
        for index in tokens {
            guard case .keyword(let keyword) = self.tokens[index].kind, all.contains(keyword),
                  index == 0 || !LayoutPlan.instantLeads.contains(self.tokens[index - 1].kind) else { continue }
            let joins = grouped.contains(keyword) && previous.map(grouped.contains) == true
            if !joins { startLine(index, indent: 4, keepsBlankLine: false, continuation: 4) }
            previous = keyword
        }
    }

    private mutating func planClause(_ tokens: Range<Int>) {
        var previous: Keyword?
        for index in tokens {
            guard case .keyword(let keyword) = self.tokens[index].kind,
                  LayoutPlan.clauseAttributes.contains(keyword) else { continue }
            let joins = (keyword == .exclusive && previous == .not)
                || ((keyword == .until || keyword == .for) && previous == .from)
            if !joins { startLine(index, indent: 6, keepsBlankLine: false, continuation: 6) }
            previous = keyword
        }
    }

    private mutating func planExpectation(_ tokens: Range<Int>) {
        var width = 0
        for index in tokens {
            if index > tokens.lowerBound, LayoutPlan.spaced(self.tokens[index - 1].kind, self.tokens[index].kind) {
                width += 1
            }
            width += source.text(in: self.tokens[index].range).count
        }
        guard width > SourceFormatter.lineWidth else { return }
        for index in tokens.dropFirst() where self.tokens[index - 1].kind == .semicolon {
            startLine(index, indent: 7, keepsBlankLine: false, continuation: 7)
        }
    }

    /// True when a space separates two tokens on one line.
    static func spaced(_ previous: TokenKind, _ next: TokenKind) -> Bool {
        switch next {
        case .dot, .question, .comma, .colon, .semicolon, .rightParen, .possessive: return false
        default: return previous != .leftParen
        }
    }
}
