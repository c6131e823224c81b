/// The three answers a temporal question can have.
public enum Certainty: Int, Hashable, Sendable, Comparable, CaseIterable {
    /// False whatever the dates and terms the source leaves unstated turn out to be.
    case doesNotHold = 0
    /// True for some readings of the dates and terms the source leaves unstated, false for others.
    case mayHold = 1
    /// True whatever the dates and terms the source leaves unstated turn out to be.
    case holds = 2

    /// Orders `doesNotHold` < `mayHold` < `holds`, so `min` is three-valued `and` and `max` three-valued `or`.
    public static func < (a: Certainty, b: Certainty) -> Bool { a.rawValue < b.rawValue }

    /// `holds`, `may-hold`, `does-not-hold`.
    public var identifier: String {
        switch self {
        case .holds: return "holds"
        case .mayHold: return "may-hold"
        case .doesNotHold: return "does-not-hold"
        }
    }

    /// `holds`, `may hold`, `does not hold`.
    public var phrase: String {
        switch self {
        case .holds: return "holds"
        case .mayHold: return "may hold"
        case .doesNotHold: return "does not hold"
        }
    }

    /// Kleene negation.
    package var negated: Certainty { Certainty(rawValue: 2 - rawValue) ?? .mayHold }

    /// Kleene conjunction: the least certain of `values`, or `holds` when there are none.
    package static func all(_ values: [Certainty]) -> Certainty { values.min() ?? .holds }
    /// Kleene disjunction: the most certain of `values`, or `doesNotHold` when there are none.
    package static func any(_ values: [Certainty]) -> Certainty { values.max() ?? .doesNotHold }
}
