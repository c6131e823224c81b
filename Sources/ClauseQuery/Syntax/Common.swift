/// A reference or identifier as written: a bare name or a quoted string.
public struct Name: Hashable, Sendable {
    /// The name with its quotes removed and escapes resolved.
    public var text: String
    /// The bytes the name covers in its source, quotes included.
    public var range: ByteRange
    /// True when written as a quoted string (`ref = STRING`) rather than an identifier.
    public var isQuoted: Bool

    /// A name reading `text`, written at `range`, an identifier unless `isQuoted`.
    public init(_ text: String, range: ByteRange, isQuoted: Bool = false) {
        self.text = text
        self.range = range
        self.isQuoted = isQuoted
    }
}

/// A date as written, with the precision it was written at.
public struct DateLiteral: Hashable, Sendable {
    /// The date, at the precision it was written at.
    public var date: CalendarDate
    /// The bytes of the date token.
    public var range: ByteRange
}

/// A validity bound as written.
public enum BoundSyntax: Hashable, Sendable {
    /// `bound` DATE: a date the source gives.
    case known(DateLiteral)
    /// `bound` `unknown`, with the keyword's bytes: the source does not say.
    case unknown(ByteRange)
    /// `bound` `open`, with the keyword's bytes: explicitly without limit.
    case open(ByteRange)

    /// The bytes of the date or keyword.
    public var range: ByteRange {
        switch self {
        case .known(let date): return date.range
        case .unknown(let range), .open(let range): return range
        }
    }

    /// The bound as the knowledge base holds it, without its bytes.
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
    /// A right the holder has against the counterparty, an obligation it owes toward it, a permission
    /// it has, or a prohibition on it.
    case right, obligation, permission, prohibition
}

/// How an amount constrains money: an upper limit, a lower limit or an exact sum.
public enum AmountKind: String, Hashable, Sendable, CaseIterable {
    /// `cap`: the sum is at most the figure.
    case cap
    /// `at least`: the sum is at least the figure.
    case atLeast = "at least"
    /// `exactly`: the sum is the figure.
    case exactly
}

/// An amount of money as written: "$38B" is 38,000,000,000 dollars.
public struct MoneyLiteral: Hashable, Sendable {
    /// The amount in dollars with the suffix applied: `K` 10^3, `M` 10^6, `B` 10^9, `T` 10^12.
    public var dollars: Double
    /// The token as written, `$` and suffix included (`$38B`).
    public var text: String
    /// The bytes of the money token.
    public var range: ByteRange
}

/// `amount cap $10B`, or with `unknown` for a limit the source does not quantify.
public struct AmountSyntax: Hashable, Sendable {
    /// `amount` `cap`, `at least` or `exactly`.
    public var kind: AmountKind
    /// `amount` MONEY, or nil when written `unknown`.
    public var value: MoneyLiteral?
    /// The bytes from `amount` through the figure or `unknown`.
    public var range: ByteRange
}

/// `cites SOURCE line N`.
public struct CitationSyntax: Hashable, Sendable {
    /// `citation` ref: the source named after `cites`, by identifier or document name.
    public var source: Name
    /// `citation` INTEGER: the line number after `line`, from 0 to 2147483647.
    public var line: Int
    /// The bytes from `cites` through the line number.
    public var range: ByteRange
}

/// A quoted note in the knowledge-base author's own words.
public struct NoteSyntax: Hashable, Sendable {
    /// `note` STRING: the note with its quotes removed and escapes resolved.
    public var text: String
    /// The bytes from `note` through the closing quote.
    public var range: ByteRange
}
