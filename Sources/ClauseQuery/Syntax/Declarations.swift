/// A declaration that adds knowledge.
public enum Declaration: Hashable, Sendable {
    case party(PartyDecl)
    case asset(AssetDecl)
    case source(SourceDecl)
    case agreement(AgreementDecl)
    case event(EventDecl)
    case prospect(ProspectDecl)

    public var range: ByteRange {
        switch self {
        case .party(let decl): return decl.range
        case .asset(let decl): return decl.range
        case .source(let decl): return decl.range
        case .agreement(let decl): return decl.range
        case .event(let decl): return decl.range
        case .prospect(let decl): return decl.range
        }
    }
}

public struct PartyDecl: Hashable, Sendable {
    public var id: Name
    public var displayName: Name?
    public var aliases: [Name] = []
    public var partOf: Name?
    public var range: ByteRange
}

public struct AssetDecl: Hashable, Sendable {
    public var id: Name
    public var displayName: Name?
    public var owner: Name?
    public var range: ByteRange
}

public struct SourceDecl: Hashable, Sendable {
    public var id: Name
    public var document: Name
    public var title: Name?
    public var range: ByteRange
}

public struct AgreementDecl: Hashable, Sendable {
    public var id: Name
    public var title: Name?
    public var parties: [Name] = []
    public var effective: BoundSyntax?
    public var amends: Name?
    public var citation: CitationSyntax?
    public var note: NoteSyntax?
    public var clauses: [ClauseDecl] = []
    public var range: ByteRange
}

/// What a clause is about: an action and the assets it concerns.
public struct AboutSyntax: Hashable, Sendable {
    public var action: Name
    public var objects: [Name] = []
    /// Assets after "on": where the action takes place.
    public var on: [Name] = []
    /// Assets after "using": what the action is done with.
    public var using: [Name] = []
}

/// `terminated by X` or `replaced by X`, optionally `on DATE`.
public struct EndingSyntax: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable { case terminated, replaced }
    public var kind: Kind
    public var by: Name
    public var on: DateLiteral?
    public var range: ByteRange
}

public struct ClauseDecl: Hashable, Sendable {
    public var id: Name
    public var modality: Modality
    public var modalityRange: ByteRange
    public var holder: Name
    public var counterparty: Name?
    public var about: AboutSyntax?
    public var exclusive: Bool?
    public var from: BoundSyntax?
    public var until: BoundSyntax?
    public var amounts: [AmountSyntax] = []
    public var ending: EndingSyntax?
    public var citation: CitationSyntax?
    public var note: NoteSyntax?
    public var range: ByteRange
}

/// When an event happened, as far as the source says.
public enum EventDateSyntax: Hashable, Sendable {
    case on(DateLiteral)
    case unknown(ByteRange)
    case after(DateLiteral)
    case before(DateLiteral)
}

public struct EventDecl: Hashable, Sendable {
    public var id: Name
    public var title: Name?
    public var date: EventDateSyntax?
    public var involving: [Name] = []
    public var amounts: [AmountSyntax] = []
    public var citation: CitationSyntax?
    public var note: NoteSyntax?
    public var range: ByteRange
}

public struct ProspectDecl: Hashable, Sendable {
    public var id: Name
    public var title: Name?
    public var involving: [Name] = []
    public var citation: CitationSyntax?
    public var note: NoteSyntax?
    public var range: ByteRange
}
