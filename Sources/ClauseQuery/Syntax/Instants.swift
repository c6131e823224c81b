/// `instant`: one day the source gives only as a range, as written.
package struct InstantSyntax: Hashable, Sendable {
    /// `instant_range`: the forms an instant can be written in.
    package enum Form: Hashable, Sendable {
        /// DATE: some day in the year, month or day written.
        case date(DateLiteral)
        /// `before DATE`: some day before the date's period.
        case before(DateLiteral)
        /// `after DATE`: some day after the date's period.
        case after(DateLiteral)
        /// `between DATE and DATE`: some day from the start of the first to the end of the second.
        case between(DateLiteral, DateLiteral)
        /// `unknown`: any day; the source does not say.
        case unknown
        /// `open`: explicitly none (since always, or no end).
        case open
        /// A ref: the day of the event it names.
        case event(Name)
    }
    /// The form as written.
    package var form: Form
    /// The reason after `inferred`, when the knowledge base reads the instant into the source.
    package var inferred: String?
    /// The bytes from the instant's first word through its date, name or inference.
    package var range: ByteRange

    package init(_ form: Form, inferred: String? = nil, range: ByteRange) {
        self.form = form
        self.inferred = inferred
        self.range = range
    }
}

/// `duration`: `for 8 years`.
package struct DurationSyntax: Hashable, Sendable {
    /// The unit of a duration.
    package enum Unit: String, Hashable, Sendable { case days, months, years }
    /// How many units.
    package var count: Int
    /// Days, months or years.
    package var unit: Unit
    /// The bytes from `for` through the unit.
    package var range: ByteRange
}

/// `condition`: `if X` or `unless X`.
package struct ConditionSyntax: Hashable, Sendable {
    /// `if`: holds only once X has happened; `unless`: only while it has not.
    package enum Kind: String, Hashable, Sendable { case `if`, unless }
    /// Which of the two.
    package var kind: Kind
    /// The event or prospect named.
    package var target: Name
    /// The bytes from the keyword through the name.
    package var range: ByteRange
}
