/// A question asked of the knowledge base.
public indirect enum Question: Hashable, Sendable {
    case which(WhichQuestion)
    case yesNo(YesNoQuestion)
    case when(WhenQuestion)
    case changes(ChangesQuestion)
    case explain(ExplainQuestion)
    case list(ListQuestion)
}

/// Which clauses a question selects by modality.
public enum ClauseKind: String, Hashable, Sendable {
    case rights, obligations, permissions, prohibitions, clauses

    public var modality: Modality? {
        switch self {
        case .rights: return .right
        case .obligations: return .obligation
        case .permissions: return .permission
        case .prohibitions: return .prohibition
        case .clauses: return nil
        }
    }
}

/// The optional parts shared by questions: a party, a filter and a time.
public struct Modifiers: Hashable, Sendable {
    public var party: Name?
    public var filter: Filter?
    public var temporal: Temporal?

    public init(party: Name? = nil, filter: Filter? = nil, temporal: Temporal? = nil) {
        self.party = party
        self.filter = filter
        self.temporal = temporal
    }
}

public struct WhichQuestion: Hashable, Sendable {
    public var kind: ClauseKind
    public var modifiers: Modifiers
}

/// The clauses a yes/no, when or explain question is about.
public enum Subject: Hashable, Sendable {
    /// One clause by its id.
    case clause(Name)
    /// `Microsoft's access to OpenAIModels`: a holder's clauses for an action, about an asset.
    case possessive(party: Name, action: Name, object: Name?)

    public var range: ByteRange {
        switch self {
        case .clause(let name): return name.range
        case .possessive(let party, let action, let object): return party.range.union(object?.range ?? action.range)
        }
    }
}

public struct YesNoQuestion: Hashable, Sendable {
    public var subject: Subject
    public var predicate: Filter?
    public var modifiers: Modifiers
}

public struct WhenQuestion: Hashable, Sendable {
    public enum Boundary: String, Hashable, Sendable { case start, end }
    public var subject: Subject
    public var boundary: Boundary
    public var modifiers: Modifiers
}

public struct ChangesQuestion: Hashable, Sendable {
    public var first: DateLiteral
    public var second: DateLiteral
    public var modifiers: Modifiers
}

public struct ExplainQuestion: Hashable, Sendable {
    public enum Target: Hashable, Sendable {
        case question(Question)
        case subject(Subject, Modifiers)
    }
    public var target: Target
}

public struct ListQuestion: Hashable, Sendable {
    public enum Noun: String, Hashable, Sendable {
        case rights, obligations, permissions, prohibitions, clauses
        case parties, assets, agreements, sources, events, prospects
    }
    public var noun: Noun
    public var modifiers: Modifiers
}

/// A temporal operator and its period(s).
public struct Temporal: Hashable, Sendable {
    public enum Operator: String, Hashable, Sendable {
        case `in`, throughout, at, asOf = "as of", before, after, between
    }
    public var op: Operator
    public var first: DateLiteral
    public var second: DateLiteral?
    public var range: ByteRange
}
