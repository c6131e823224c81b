/// A party to agreements; `parent` is the party it is part of.
public struct Party: Sendable, Hashable {
    public var id: String
    public var name: String
    public var aliases: [String]
    public var parent: Int32?
    public var location: SourceLocation?
}

/// A thing clauses are about, optionally owned by a party.
public struct Asset: Sendable, Hashable {
    public var id: String
    public var name: String
    public var owner: Int32?
    public var location: SourceLocation?
}

/// A document knowledge is cited from.
public struct SourceDocument: Sendable, Hashable {
    public var id: String
    public var document: String
    public var title: String?
    public var location: SourceLocation?
}

/// Where a piece of knowledge comes from: a source and a line in it.
public struct Citation: Sendable, Hashable {
    public var source: Int32
    public var line: Int32
}

public struct Agreement: Sendable, Hashable {
    public var id: String
    public var title: String
    public var parties: [Int32]
    public var effective: Bound
    public var amends: Int32?
    public var citation: Citation?
    public var note: String?
    public var location: SourceLocation?
    public var clauses: Range<Int32>
}

/// An amount attached to a clause or event; `dollars` is nil when the source gives no figure.
public struct Amount: Sendable, Hashable {
    public var kind: AmountKind
    public var dollars: Double?
    public var text: String?
}

/// How a clause ended early, and what ended it.
public struct Ending: Sendable, Hashable {
    public enum Cause: Sendable, Hashable {
        case clause(Int32)
        case agreement(Int32)
    }
    public var kind: EndingSyntax.Kind
    public var cause: Cause
    /// The date the ending takes effect, when known.
    public var date: CalendarDate?
}

/// A clause as a small fixed-size record: strings and lists live in the knowledge base's shared tables.
public struct Clause: Sendable, Hashable {
    public var id: Int32
    public var agreement: Int32
    public var modality: Modality
    public var holder: Int32
    public var counterparty: Int32?
    public var action: Int32?
    /// Ranges in `KnowledgeBase.clauseAssets` of the assets acted on, "on" and "using".
    public var objects: Range<Int32>
    public var onAssets: Range<Int32>
    public var usingAssets: Range<Int32>
    public var exclusive: Bool?
    public var from: Bound
    /// The end as written in the source.
    public var statedUntil: Bound
    /// The end after supersession: the stated end or the period before what ended it.
    public var until: Bound
    /// Range in `KnowledgeBase.amounts`.
    public var amounts: Range<Int32>
    public var ending: Ending?
    public var citation: Citation?
    public var note: Int32?
    public var location: SourceLocation?
}

/// When an event happened, as far as the source says.
public enum EventDate: Sendable, Hashable {
    case on(CalendarDate)
    case after(CalendarDate)
    case before(CalendarDate)
    case unknown
}

public struct Event: Sendable, Hashable {
    public var id: String
    public var title: String
    public var date: EventDate
    public var involving: [Int32]
    public var amounts: [Amount]
    public var citation: Citation?
    public var note: String?
    public var location: SourceLocation?
}

/// Something expected but not agreed; it never holds.
public struct Prospect: Sendable, Hashable {
    public var id: String
    public var title: String
    public var involving: [Int32]
    public var citation: Citation?
    public var note: String?
    public var location: SourceLocation?
}
