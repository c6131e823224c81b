/// A question asked of the knowledge base.
package indirect enum Question: Hashable, Sendable {
    /// `which_question`: the clauses of a kind, as in `which rights hold for Microsoft in 2031?`.
    case which(WhichQuestion)
    /// `yes_no_question`: `is SUBJECT …?` or `does SUBJECT hold …?`.
    case yesNo(YesNoQuestion)
    /// `when_question`: when the clauses of a subject start or end.
    case when(WhenQuestion)
    /// `changes_question`: what started or ended between two periods.
    case changes(ChangesQuestion)
    /// `explain_question`: an answer with the reasons for each row.
    case explain(ExplainQuestion)
    /// `list_question`: the entities of one kind.
    case list(ListQuestion)
    /// `count_question`: how many clauses of a kind hold, as a range.
    case count(WhichQuestion)
    /// `total_question`: the sums of the amounts of the clauses of a kind, per currency.
    case total(TotalQuestion)
    /// `timeline_question`: clauses drawn as bars on a year axis.
    case timeline(TimelineQuestion)
}

/// `timeline_question`: `timeline of Microsoft`, `timeline of obligations for OpenAI between 2019 and 2035`.
package struct TimelineQuestion: Hashable, Sendable {
    /// What follows `of`: a kind of clause, or a name (a party, an agreement or a clause).
    package enum Target: Hashable, Sendable {
        case kind(ClauseKind)
        case name(Name)
    }
    /// The target after `of`, or nil for every clause.
    package var target: Target?
    /// The party, `where` filter and time, as in a `which` question.
    package var modifiers: Modifiers
}

/// `total_question`: `total obligations for OpenAI in 2030`, or `how much does OpenAI owe AWS in 2030`.
package struct TotalQuestion: Hashable, Sendable {
    /// The clauses whose amounts are summed, as `which` selects them.
    package var which: WhichQuestion
    /// `owe` REF: the party owed, its parts included; nil when not given.
    package var owedTo: Name?
}

/// Which clauses a question selects by modality.
package enum ClauseKind: String, Hashable, Sendable {
    /// `kind`: singular keywords (`right`, …) parse to the same cases. `rights` are every advantage
    /// (claims and permissions), `obligations` every duty (obligations and prohibitions), and `clauses`
    /// every row.
    case rights, claims, obligations, permissions, prohibitions, powers, immunities, noRights = "no-rights", liabilities,
         disabilities, terms, clauses

    /// True when a row reading with `modality` is of this kind.
    package func includes(_ modality: Modality) -> Bool {
        switch self {
        case .rights: return modality.isAdvantage
        case .claims: return modality == .right
        case .obligations: return modality.isDuty
        case .permissions: return modality == .permission
        case .prohibitions: return modality == .prohibition
        case .powers: return modality == .power
        case .immunities: return modality == .immunity
        case .noRights: return modality == .noRight
        case .liabilities: return modality == .liability
        case .disabilities: return modality == .disability
        case .terms: return modality == .term
        case .clauses: return true
        }
    }

    /// True when some correlative reading is of this kind: claims, duties and no-rights can be derived.
    package var hasDerivedRows: Bool {
        switch self {
        case .rights, .claims, .obligations, .noRights, .liabilities, .disabilities, .clauses: return true
        case .permissions, .prohibitions, .powers, .immunities, .terms: return false
        }
    }
}

/// The optional parts shared by questions: a party, a filter and a time.
package struct Modifiers: Hashable, Sendable {
    /// `modifiers` `for`/`of` PARTY: the party asked about, its parts included; nil for every party.
    package var party: Name?
    /// `modifiers` `where` filter, or nil.
    package var filter: Filter?
    /// `modifiers` `temporal`, such as `in 2031`, or nil for any time.
    package var temporal: Temporal?

    /// Modifiers with the given party, filter and time, each absent by default.
    package init(party: Name? = nil, filter: Filter? = nil, temporal: Temporal? = nil) {
        self.party = party
        self.filter = filter
        self.temporal = temporal
    }
}

/// `which_question`, in any of its three forms: which clauses of a kind hold for whom, when and where.
package struct WhichQuestion: Hashable, Sendable {
    /// `kind`: the modality asked for, or every one.
    package var kind: ClauseKind
    /// The party (after `for`, `of` or `does`), the `where` filter and the time.
    package var modifiers: Modifiers
}

/// The clauses a yes/no, when or explain question is about.
package enum Subject: Hashable, Sendable {
    /// One clause by its id.
    case clause(Name)
    /// `Microsoft's access to OpenAIModels`: a holder's clauses for an action, about an asset.
    case possessive(party: Name, action: Name, object: Name?)

    /// The bytes from the clause or party name through the asset, or through the action when there is no asset.
    package var range: ByteRange {
        switch self {
        case .clause(let name): return name.range
        case .possessive(let party, let action, let object): return party.range.union(object?.range ?? action.range)
        }
    }
}

/// `yes_no_question`: whether a subject holds, with an optional condition after `is SUBJECT`.
package struct YesNoQuestion: Hashable, Sendable {
    /// `subject`: the clause or possessive asked about.
    package var subject: Subject
    /// `filter_not` after the subject in the `is` form (`exclusive`), or nil; always nil in the `does … hold` form.
    package var predicate: Filter?
    /// The party, `where` filter and time.
    package var modifiers: Modifiers
    /// True for `is SUBJECT in force …`: the validity alone is asked, without conditions.
    package var inForce = false
}

/// `when_question`: when the clauses a subject names start or end, following replacements.
package struct WhenQuestion: Hashable, Sendable {
    /// Which end is asked for: `start` (also written `begin`) or `end`.
    package enum Boundary: String, Hashable, Sendable { case start, end }
    /// `subject`: the clause or possessive asked about.
    package var subject: Subject
    /// Whether the start or the end is asked for.
    package var boundary: Boundary
    /// The party, `where` filter and time that select the clauses.
    package var modifiers: Modifiers
}

/// `changes_question`: what is in force in one period and not in the other.
package struct ChangesQuestion: Hashable, Sendable {
    /// The `period` after `between`: the earlier one.
    package var first: DateLiteral
    /// The `period` after `and`, which must begin after `first` ends.
    package var second: DateLiteral
    /// The party, the `where` filter and any further time (`what changed between 2025 and 2026 in 2027`),
    /// kept as written; checking the question decides whether the form can use them.
    package var modifiers: Modifiers
}

/// `explain_question`: an answer with the reasons for each row.
package struct ExplainQuestion: Hashable, Sendable {
    /// What is explained: a whole question, or a subject with modifiers.
    package enum Target: Hashable, Sendable {
        /// `explain QUESTION`: every row of that question's answer.
        case question(Question)
        /// `explain SUBJECT modifiers`: every clause the subject names, with its certainty
        /// for the party, filter and time.
        case subject(Subject, Modifiers)
    }
    /// The question or subject explained.
    package var target: Target
}

/// `list_question`: the entities of one kind, narrowed by party and time.
package struct ListQuestion: Hashable, Sendable {
    /// `list_noun`: a kind of clause or another kind of entity.
    package enum Noun: String, Hashable, Sendable {
        /// Kinds of clause, listed as `which` questions read them.
        case rights, claims, obligations, permissions, prohibitions, powers, immunities, noRights = "no-rights",
             liabilities, disabilities, terms, clauses
        /// The other kinds of entity; prospects are listed as never holding.
        case parties, assets, agreements, sources, events, prospects
    }
    /// What to list.
    package var noun: Noun
    /// The party and time that narrow the list; a `where` filter applies to clauses only.
    package var modifiers: Modifiers
}

/// A temporal operator and its period(s).
package struct Temporal: Hashable, Sendable {
    /// `temporal`: how a validity must meet the period.
    package enum Operator: String, Hashable, Sendable {
        /// `in` overlaps the period; `throughout`, `at` and `as of` cover it; `before`/`after` overlap the
        /// time before/after it; `between` overlaps the span.
        case `in`, throughout, at, asOf = "as of", before, after, between
    }
    /// The operator as written.
    package var op: Operator
    /// The first date of the `period` after the operator; for `between`, of the first period.
    package var first: DateLiteral
    /// The last date written: for `between`, the end of the period after `and`; for a span `A to B`,
    /// `B`; nil when the period is one date.
    package var second: DateLiteral?
    /// The end of the first period when it is a span (`between 2025-01 to 2025-06 and 2026`); nil otherwise.
    package var firstEnd: DateLiteral?
    /// The bytes from the operator's first word through the last date.
    package var range: ByteRange
}
