/// A reference or identifier as written: a bare name or a quoted string.
public struct Name: Hashable, Sendable {
    public var text: String
    public var range: ByteRange
    public var isQuoted: Bool

    public init(_ text: String, range: ByteRange, isQuoted: Bool = false) {
        self.text = text
        self.range = range
        self.isQuoted = isQuoted
    }
}

/// A date as written, with the precision it was written at.
public struct DateLiteral: Hashable, Sendable {
    public var date: CalendarDate
    public var range: ByteRange
}

/// A validity bound as written.
public enum BoundSyntax: Hashable, Sendable {
    case known(DateLiteral)
    case unknown(ByteRange)
    case open(ByteRange)

    public var range: ByteRange {
        switch self {
        case .known(let date): return date.range
        case .unknown(let range), .open(let range): return range
        }
    }

    public var bound: Bound {
        switch self {
        case .known(let date): return .known(date.date)
        case .unknown: return .unknown
        case .open: return .open
        }
    }
}

/// The four kinds of normative statement a clause can make.
public enum Modality: String, Hashable, Sendable, CaseIterable, Codable {
    case right, obligation, permission, prohibition
}

/// How an amount constrains money: an upper limit, a lower limit or an exact sum.
public enum AmountKind: String, Hashable, Sendable, CaseIterable {
    case cap
    case atLeast = "at least"
    case exactly
}

/// An amount of money as written: "$38B" is 38,000,000,000 dollars.
public struct MoneyLiteral: Hashable, Sendable {
    public var dollars: Double
    public var text: String
    public var range: ByteRange
}

/// `amount cap $10B`, or with `unknown` for a limit the source does not quantify.
public struct AmountSyntax: Hashable, Sendable {
    public var kind: AmountKind
    public var value: MoneyLiteral?
    public var range: ByteRange
}

/// `cites SOURCE line N`.
public struct CitationSyntax: Hashable, Sendable {
    public var source: Name
    public var line: Int
    public var range: ByteRange
}

/// A quoted note in the knowledge-base author's own words.
public struct NoteSyntax: Hashable, Sendable {
    public var text: String
    public var range: ByteRange
}
