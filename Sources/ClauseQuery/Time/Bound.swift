/// One end of a validity interval: a date, not stated by the source, or explicitly without limit.
public enum Bound: Hashable, Sendable {
    case known(CalendarDate)
    case unknown
    case open

    /// `known`, `unknown` or `open`, as in the JSON output.
    public var state: String {
        switch self {
        case .known: return "known"
        case .unknown: return "unknown"
        case .open: return "open"
        }
    }

    public var date: CalendarDate? {
        if case .known(let date) = self { return date }
        return nil
    }
}

/// The three answers a temporal question can have.
public enum Certainty: Int, Hashable, Sendable, Comparable, CaseIterable {
    case doesNotHold = 0
    case mayHold = 1
    case holds = 2

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
    public var negated: Certainty { Certainty(rawValue: 2 - rawValue) ?? .mayHold }

    public static func all(_ values: [Certainty]) -> Certainty { values.min() ?? .holds }
    public static func any(_ values: [Certainty]) -> Certainty { values.max() ?? .doesNotHold }
}
