/// One top-level statement of a script.
public enum Statement: Hashable, Sendable {
    case declaration(Declaration)
    case question(QuestionStatement)
    case expectation(Expectation)

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
    public var question: Question
    public var range: ByteRange
}

/// `expect …`: the answer the question before it must give.
public struct Expectation: Hashable, Sendable {
    public var groups: [ExpectedGroup]
    public var range: ByteRange
}

public struct ExpectedGroup: Hashable, Sendable {
    public enum Label: Hashable, Sendable {
        case holds, mayHold, doesNotHold, started, ended
        case starts(Bound), ends(Bound)
        case nothing
        case error(String)
    }
    public var label: Label
    public var items: [ExpectedItem]
    public var range: ByteRange
}

public struct ExpectedItem: Hashable, Sendable {
    public var id: Name
    public var derived: Bool
    public var via: Name?
}

/// The statements of one source text and the problems found parsing it.
public struct ParsedScript: Sendable {
    public var file: FileID
    public var statements: [Statement]
    public var diagnostics: [Diagnostic]
    /// True when the text stops in the middle of a statement that more input could complete.
    public var isIncomplete: Bool
    /// True when a statement that failed to parse was a declaration: the script's knowledge is bad input.
    public var failedInDeclaration: Bool
    /// Identifiers of declarations that failed to parse.
    public var failedIdentifiers: Set<String>
    /// The ranges of `#` comments in the text.
    public var comments: [ByteRange]
}
