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
        /// `exercised POWER`: the day the power (an option) is exercised, which the source may not record.
        case exercise(Name)
    }
    /// The form as written.
    package var form: Form
    /// The bytes from the instant's first word through its date, name or inference.
    package var range: ByteRange
    /// The offset and the inference, or nil when the instant has neither (most have neither).
    private var rare: Boxed<RareParts>?

    /// The parts of an instant that most instants leave out.
    private struct RareParts: Hashable, Sendable {
        var offset: DurationSyntax?
        var inferred: String?
    }

    /// `+ 90 days` after the range: the instant is that long after the day it names.
    package var offset: DurationSyntax? {
        get { rare?.value.offset }
        set { rare.update(empty: RareParts()) { $0.offset = newValue } }
    }
    /// The reason after `inferred`, when the knowledge base reads the instant into the source.
    package var inferred: String? {
        get { rare?.value.inferred }
        set { rare.update(empty: RareParts()) { $0.inferred = newValue } }
    }

    /// True when the instant names an event or an exercise, resolved with the references.
    package var isReference: Bool {
        switch form {
        case .event, .exercise: return true
        default: return false
        }
    }

    package init(_ form: Form, inferred: String? = nil, range: ByteRange) {
        self.form = form
        self.range = range
        if let inferred { self.inferred = inferred }
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
    /// True for `if exercised POWER`: the condition waits for the power's exercise, not an event.
    package var exercise = false
    /// The event, prospect or (after `exercised`) power named.
    package var target: Name
    /// The bytes from the keyword through the name.
    package var range: ByteRange
}
