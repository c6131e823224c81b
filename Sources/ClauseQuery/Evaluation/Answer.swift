/// A reference to one entity of the knowledge base.
public struct EntityRef: Hashable, Sendable {
    public var kind: EntityKind
    public var index: Int32

    public init(_ kind: EntityKind, _ index: Int32) {
        self.kind = kind
        self.index = index
    }
}

/// How a row of an answer came about beyond being stated.
public enum DerivationRule: String, Hashable, Sendable {
    /// An obligation of A toward B read as a right of B against A.
    case correlativeOfObligation = "correlative-of-obligation"
    /// A prohibition on A toward B read as a right of B against A.
    case correlativeOfProhibition = "correlative-of-prohibition"
}

/// Whether a clause started or ended between two periods.
public enum Change: String, Hashable, Sendable {
    case started, ended
}

/// One row of an answer.
public struct AnswerRow: Hashable, Sendable {
    public var entity: EntityRef
    public var certainty: Certainty
    /// For a clause read through a rule, the rule; the row then speaks of the correlative right.
    public var derivation: DerivationRule?
    /// The part of the asked-about party that holds it ("via AWS").
    public var via: Int32?
    public var change: Change?
    /// For `when` questions: the start or end found.
    public var boundary: Bound?
    /// For `when` questions: the clauses followed to reach this one.
    public var chain: [Int32] = []

    public init(_ entity: EntityRef, _ certainty: Certainty, derivation: DerivationRule? = nil, via: Int32? = nil) {
        self.entity = entity
        self.certainty = certainty
        self.derivation = derivation
        self.via = via
    }

    public var isDerived: Bool { derivation != nil }
}

/// The answer to one question.
public struct Answer: Sendable {
    public enum Shape: Hashable, Sendable {
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
    }

    public var shape: Shape
    public var rows: [AnswerRow]
    /// The question's time condition as written ("in 2031"), if any.
    public var period: String?
    public var window: TimeWindow
    public var assumption: UnknownEndAssumption
    /// True for `explain`: renderers spell out why each row holds.
    public var explains: Bool = false
}
