/// A question after checking: every name resolved to an index in one knowledge base, every
/// modifier known to apply to its form. The evaluator accepts only these, so it never fails on a name.
package struct ResolvedQuestion: Sendable {
    /// What is asked, with the parts each form needs.
    package enum Form: Sendable {
        /// `which KIND hold …`, and `list KIND …`, which reads the same way.
        case which(ClauseKind)
        /// `how many KIND hold …`: the rows of `which`, counted.
        case count(ClauseKind)
        /// `total KIND …`, `how much does A owe B …`: the rows of `which` and the sums of their amounts.
        case total(ClauseKind)
        /// `is SUBJECT [PREDICATE] …`, `is SUBJECT in force …` or `does SUBJECT hold …`.
        case yesNo(ResolvedSubject, predicate: CompiledFilter?, inForce: Bool)
        /// `when does SUBJECT start|end …`.
        case when(ResolvedSubject, WhenQuestion.Boundary)
        /// `what changed between A and B …`.
        case changes(first: DateLiteral, second: DateLiteral)
        /// `explain SUBJECT …`: every clause the subject names, with its certainty.
        case subject(ResolvedSubject)
        /// `list NOUN …` for entities other than clauses.
        case list(ListQuestion.Noun)
        /// `timeline …`: the rows of `which KIND`, only those of `clauses` when the target names some.
        case timeline(ClauseKind, clauses: Set<Int32>?)
    }

    /// The form and its parts.
    package var form: Form
    /// The party, filter and time, resolved.
    package var scope: Scope
    /// True for `explain QUESTION` and `explain SUBJECT`: renderers give the reasons for each row.
    package var explains = false
}

/// The modifiers of a question, resolved: one meaning for each, whatever the form.
package struct Scope: Sendable {
    /// `for PARTY`: the party asked about, or nil for every party.
    package var party: Int32?
    /// The party and all its parts, or nil for every party.
    package var parties: Set<Int32>?
    /// `where FILTER`, compiled for the kind of row the form lists.
    package var filter: CompiledFilter?
    /// The time as written, or nil for any time.
    package var temporal: Temporal? {
        didSet { window = Self.window(of: temporal) }
    }

    /// The days the time stands for; any time without one. Kept with the time, as every row judged
    /// reads it.
    package private(set) var window: TimeWindow

    package init(temporal: Temporal? = nil) {
        self.temporal = temporal
        window = Self.window(of: temporal)
    }

    private static func window(of temporal: Temporal?) -> TimeWindow { temporal.flatMap(TimeWindow.init) ?? .always }

    /// True when `party` is the asked party or one of its parts; always true without a party.
    func includes(_ party: Int32?) -> Bool {
        guard let parties else { return true }
        return party.map(parties.contains) ?? false
    }
}

/// The clauses a subject names, resolved.
package enum ResolvedSubject: Sendable {
    /// One clause, by its index.
    case clause(Int32)
    /// A party's clauses for one of `actions`, about `object` when given.
    case possessive(party: Int32, actions: Set<Int32>, object: Int32?)
}
