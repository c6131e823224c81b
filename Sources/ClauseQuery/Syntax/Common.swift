/// A reference or identifier as written: a bare name or a quoted string.
package struct Name: Hashable, Sendable {
    /// The name with its quotes removed and escapes resolved.
    package var text: String
    /// The bytes the name covers in its source, quotes included.
    package var range: ByteRange
    /// True when written as a quoted string (`ref = STRING`) rather than an identifier.
    package var isQuoted: Bool

    /// A name reading `text`, written at `range`, an identifier unless `isQuoted`.
    package init(_ text: String, range: ByteRange, isQuoted: Bool = false) {
        self.text = text
        self.range = range
        self.isQuoted = isQuoted
    }
}

/// A date as written, with the precision it was written at.
package struct DateLiteral: Hashable, Sendable {
    /// The date, at the precision it was written at.
    package var date: CalendarDate
    /// The bytes of the date token.
    package var range: ByteRange
}

/// The four kinds of normative statement a clause can make.
public enum Modality: String, Hashable, Sendable, CaseIterable, Codable {
    /// A right (a claim) the holder has against the counterparty, an obligation it owes toward it, a
    /// permission it has, or a prohibition on it: the stated modalities.
    case right, obligation, permission, prohibition
    /// A power of the holder over the counterparty (an option is one), and an immunity of the holder
    /// against the counterparty's power.
    case power, immunity
    /// The correlative of a permission: the counterparty has no right that the holder not act.
    case noRight = "no-right"
    /// The correlatives of a power and of an immunity.
    case liability, disability
    /// A provision of an agreement that no party holds.
    case term

    /// The modalities a clause can be declared with.
    package static let stated: [Modality] = [.right, .obligation, .permission, .prohibition, .power, .immunity]

    /// True for the advantages `rights` asks for: claims, permissions, powers and immunities.
    package var isAdvantage: Bool { self == .right || self == .permission || self == .power || self == .immunity }
    /// True for the duties `obligations` asks for: obligations and prohibitions.
    package var isDuty: Bool { self == .obligation || self == .prohibition }
}

/// How an amount constrains money: an upper limit, a lower limit or an exact sum.
package enum AmountKind: String, Hashable, Sendable, CaseIterable {
    /// `cap`: the sum is at most the figure.
    case cap
    /// `at least`: the sum is at least the figure.
    case atLeast = "at least"
    /// `exactly`: the sum is the figure.
    case exactly
}

/// An amount of money as written: "$38B" is 38,000,000,000 US dollars.
package struct MoneyLiteral: Hashable, Sendable {
    /// The sum with its currency, the suffix applied: `K` 10^3, `M` 10^6, `B` 10^9, `T` 10^12.
    package var money: Money
    /// The token as written, currency and suffix included (`$38B`, `USD 1.5M`).
    package var text: String
    /// The bytes of the money token.
    package var range: ByteRange
}

/// `amount cap $10B`, or with `unknown` for a limit the source does not quantify.
package struct AmountSyntax: Hashable, Sendable {
    /// `amount` `cap`, `at least` or `exactly`.
    package var kind: AmountKind
    /// `amount` MONEY, or nil when written `unknown`.
    package var value: MoneyLiteral?
    /// `per year`, `per quarter` or `per month` after the figure, or nil for a lump sum.
    package var period: AmountPeriod?
    /// The bytes from `amount` through the figure, `unknown` or the period.
    package var range: ByteRange
}

/// `cites SOURCE line N`.
package struct CitationSyntax: Hashable, Sendable {
    /// `citation` ref: the source named after `cites`, by identifier or document name.
    package var source: Name
    /// `citation` INTEGER: the line number after `line`, from 0 to 2147483647.
    package var line: Int
    /// The bytes from `cites` through the line number.
    package var range: ByteRange
}

/// A quoted note in the knowledge-base author's own words.
package struct NoteSyntax: Hashable, Sendable {
    /// `note` STRING: the note with its quotes removed and escapes resolved.
    package var text: String
    /// The bytes from `note` through the closing quote.
    package var range: ByteRange
}
