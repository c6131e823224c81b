/// One top-level statement of a script.
public enum Statement: Hashable, Sendable {
    /// `declaration`.
    case declaration(Declaration)
    /// `question , "?"`.
    case question(QuestionStatement)
    /// `expectation`.
    case expectation(Expectation)

    /// The bytes of the whole statement, its terminator included when written.
    public var range: ByteRange {
        switch self {
        case .declaration(let declaration): return declaration.range
        case .question(let question): return question.range
        case .expectation(let expectation): return expectation.range
        }
    }
}

/// A question with the text it was asked in.
public struct QuestionStatement: Hashable, Sendable {
    /// The parsed question.
    public var question: Question
    /// The bytes from the question's first word through its `?`, when written.
    public var range: ByteRange
}

/// `expect …`: the answer the question before it must give.
public struct Expectation: Hashable, Sendable {
    /// The `expected_group`s, separated by `;` in the text, in order.
    public var groups: [ExpectedGroup]
    /// The bytes from `expect` through the `.`.
    public var range: ByteRange
}

/// `expected_group`: a label and the items expected under it.
public struct ExpectedGroup: Hashable, Sendable {
    /// `expected_label`: the part of the answer a group describes.
    public enum Label: Hashable, Sendable {
        /// Rows (or a yes/no verdict) that hold, may hold or do not hold; rows of a
        /// changes answer that started or ended.
        case holds, mayHold, doesNotHold, started, ended
        /// `starts BOUND`, `ends BOUND`: rows of a `when` answer with that start or end.
        case starts(Bound), ends(Bound)
        /// `nothing`: an answer without rows.
        case nothing
        /// `error "id"`: the question fails with a diagnostic of that id.
        case error(String)
    }
    /// `expected_label`.
    public var label: Label
    /// The `expected_item`s after `:`; empty when the label stands alone.
    public var items: [ExpectedItem]
    /// The bytes from the label through the last item.
    public var range: ByteRange
}

/// `expected_item`: one entity expected in a group.
public struct ExpectedItem: Hashable, Sendable {
    /// `expected_item` IDENT: the identifier of the clause or other entity expected.
    public var id: Name
    /// True when written `derived`: the row must be a correlative reading.
    public var derived: Bool
    /// `via` PARTY, or nil: the row must be held through that part of the asked-about party.
    public var via: Name?
}

/// The statements of one source text and the problems found parsing it.
public struct ParsedScript: Sendable {
    /// The source parsed, which ranges and diagnostics point into.
    public var file: FileID
    /// The statements that parsed, in order; a statement with a syntax error is left out.
    public var statements: [Statement]
    /// Lexical and syntax problems in text order, at most `Parser.maximumDiagnostics` of them.
    public var diagnostics: [Diagnostic]
    /// True when the text stops in the middle of a statement that more input could complete.
    public var isIncomplete: Bool
    /// True when a statement that failed to parse was a declaration: the script's knowledge is bad input.
    public var failedInDeclaration: Bool
    /// Identifiers of declarations that failed to parse.
    public var failedIdentifiers: Set<String>
    /// The ranges of `#` comments in the text.
    public var comments: [ByteRange]
    /// The bytes of each statement that failed to parse, in text order: from its first token through
    /// the last one skipped before the next statement.
    package var failedRanges: [ByteRange] = []
}
