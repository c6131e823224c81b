/// A reference to one entity of the knowledge base.
package struct EntityRef: Hashable, Sendable {
    /// Which table of the knowledge base `index` points into.
    package var kind: EntityKind
    /// The position, from 0, in the knowledge base's table for `kind` (`parties`, `clauses`, …).
    package var index: Int32

    /// A reference to the entity at `index` in the table for `kind`.
    package init(_ kind: EntityKind, _ index: Int32) {
        self.kind = kind
        self.index = index
    }
}

/// How a row of an answer came about beyond being stated.
public enum DerivationRule: String, Hashable, Sendable {
    /// A right (claim) of A against B read as an obligation of B toward A.
    case correlativeOfRight = "correlative-of-right"
    /// An obligation of A toward B read as a right of B against A.
    case correlativeOfObligation = "correlative-of-obligation"
    /// A prohibition on A toward B read as a right of B against A.
    case correlativeOfProhibition = "correlative-of-prohibition"
    /// A permission of A against B read as a no-right of B.
    case correlativeOfPermission = "correlative-of-permission"
    /// A power of A over B read as a liability of B.
    case correlativeOfPower = "correlative-of-power"
    /// An immunity of A against B read as a disability of B.
    case correlativeOfImmunity = "correlative-of-immunity"
}

/// Whether a clause started or ended between two periods.
public enum Change: String, Hashable, Sendable {
    /// `started`: in force in the second period and not in the first; `ended`: in force in
    /// the first and not in the second.
    case started, ended
}

/// One row of an answer.
package struct AnswerRow: Hashable, Sendable {
    /// The clause or other entity the row is about.
    package var entity: EntityRef
    /// How surely the entity holds for the question's time and filter; always `holds` in a `when` answer
    /// and `doesNotHold` for a prospect.
    package var certainty: Certainty
    /// For a clause read through a rule, the rule; the row then speaks of the correlative right.
    package var derivation: DerivationRule?
    /// The part of the asked-about party that holds it ("via AWS").
    package var via: Int32?
    /// For a changes question, whether the clause started or ended between the two periods; nil for other questions.
    package var change: Change?
    /// For `when` questions: the start or end found.
    package var boundary: Moment?
    /// For `when` questions: the clauses followed to reach this one.
    package var chain: [Int32] = []
    /// How surely the row holds in the question's time by its validity and conditions, before any filter.
    package var timing: Certainty
    /// How surely the row is in force in the question's time: its validity alone, without its conditions.
    package var validity: Certainty
    /// How surely the row passes the question's `where` filter and `is` predicate, or nil without either.
    package var condition: Certainty?
    /// False when the row is not held by the party asked about (nor one of its parts): it then does not hold.
    package var isHeldByAskedParty = true
    /// True when the certainty rests on the session's assumption that unknown ends continue.
    package var isAssumed = false

    /// A row about `entity` with `certainty`, read through `derivation` and held through the part `via` when given.
    package init(_ entity: EntityRef, _ certainty: Certainty, derivation: DerivationRule? = nil, via: Int32? = nil) {
        self.entity = entity
        self.certainty = certainty
        self.derivation = derivation
        self.via = via
        self.timing = certainty
        self.validity = certainty
    }

    /// True when the row is a correlative reading of the clause rather than the clause as stated.
    package var isDerived: Bool { derivation != nil }
}

/// The answer to one question.
package struct Answer: Sendable {
    /// What kind of answer it is, which decides how its rows read and render.
    package enum Shape: Hashable, Sendable {
        /// Rows of clauses, each holding or maybe holding.
        case clauses
        /// A single yes/no verdict, with the clauses that decided it.
        case verdict(Certainty)
        /// Starts or ends of clauses.
        case boundaries(WhenQuestion.Boundary)
        /// Clauses that started or ended between two periods.
        case changes
        /// A list of entities.
        case entities(ListQuestion.Noun)
        /// Rows of clauses, counted: `least` hold for sure, and up to `most` may hold.
        case count(least: Int, most: Int)
        /// Rows of clauses with the sums of their amounts.
        case total(Totals)
        /// Rows of clauses to draw on a year axis.
        case timeline
    }

    /// True for a total's shape.
    package var isTotal: Bool { if case .total = shape { return true } else { return false } }

    /// The kind of answer, with the verdict of a yes/no question.
    package var shape: Shape
    /// The rows, holds before may hold and otherwise in declaration order; a changes answer puts
    /// ended rows before started ones.
    package var rows: [AnswerRow]
    /// The question's time condition as written ("in 2031"), if any.
    package var period: String?
    /// The days the question's time stands for and whether a validity must overlap or cover them;
    /// `TimeWindow.always` without a time.
    package var window: TimeWindow
    /// How unknown ends were read in answering, from the evaluation options.
    package var assumption: UnknownEndAssumption
    /// True for `explain`: renderers spell out why each row holds.
    package var explains: Bool = false
    /// The question's `where` filter and `is` predicate, which explanations name when they decided a row.
    package var conditions: [CompiledFilter] = []
    /// For a changes question, the two periods compared.
    package var periods: (first: DateLiteral, second: DateLiteral)?
    /// The party asked about, if any.
    package var party: Int32?
    /// For `is … in force`: the rows were judged on their validity alone.
    package var asksValidity = false
    /// For a changes question: clauses in force at the end of the first period whose end the source
    /// does not give, so they may have ended; they are not rows.
    package var unstatedEnds: [Int32] = []

    /// True when some row's certainty rests on the assumption that unknown ends continue.
    package var isAssumed: Bool { rows.contains(where: \.isAssumed) }
}
