/// How to read a bound the source does not state.
public enum UnknownEndAssumption: String, Sendable {
    /// An unknown end may lie anywhere after the start: answers depending on it are "may hold".
    case unknown
    /// An unknown end is treated as continuing without limit.
    case `continue`
}

/// The days a validity interval may start and end on, as ranges of day numbers.
struct DayInterval: Sendable {
    var earliestStart: Int
    var latestStart: Int
    var earliestEnd: Int
    var latestEnd: Int

    static let minus = Int.min / 4
    static let plus = Int.max / 4

    /// The possible days of a closed interval [from, until].
    init(from: Bound, until: Bound, assumption: UnknownEndAssumption) {
        let until = assumption == .continue && until == .unknown ? Bound.open : until
        let knownEnd = until.date?.lastDay
        switch from {
        case .known(let date): earliestStart = date.firstDay; latestStart = date.firstDay
        case .open: earliestStart = DayInterval.minus; latestStart = DayInterval.minus
        case .unknown: earliestStart = DayInterval.minus; latestStart = knownEnd ?? DayInterval.plus
        }
        switch until {
        case .known(let date): earliestEnd = date.lastDay; latestEnd = date.lastDay
        case .open: earliestEnd = DayInterval.plus; latestEnd = DayInterval.plus
        case .unknown: earliestEnd = from.date?.firstDay ?? DayInterval.minus; latestEnd = DayInterval.plus
        }
    }

    init(earliestStart: Int, latestStart: Int, earliestEnd: Int, latestEnd: Int) {
        self.earliestStart = earliestStart
        self.latestStart = latestStart
        self.earliestEnd = earliestEnd
        self.latestEnd = latestEnd
    }

    /// Whether the interval shares at least one day with [first, last].
    func overlaps(_ first: Int, _ last: Int) -> Certainty {
        if earliestStart > last || latestEnd < first { return .doesNotHold }
        if latestStart <= last && earliestEnd >= first { return .holds }
        return .mayHold
    }

    /// Whether the interval contains every day of [first, last].
    func covers(_ first: Int, _ last: Int) -> Certainty {
        if earliestStart > first || latestEnd < last { return .doesNotHold }
        if latestStart <= first && earliestEnd >= last { return .holds }
        return .mayHold
    }
}

/// A resolved temporal condition: an operator over a closed range of days.
package struct TimeWindow: Hashable, Sendable {
    /// Whether a validity must share at least one day with the window (`overlaps`) or contain all of it (`covers`).
    package enum Relation: Hashable, Sendable { case overlaps, covers }
    /// Whether a validity must overlap the window or cover it.
    package var relation: Relation
    /// The window's first day, in days since 1970-01-01; far in the past for `before` and `always`.
    package var firstDay: Int
    /// The window's last day, in days since 1970-01-01; far in the future for `after` and `always`.
    package var lastDay: Int

    /// The window a temporal operator denotes; nil when `between` runs backwards.
    package init?(_ temporal: Temporal) {
        let first = temporal.first.date
        switch temporal.op {
        case .in: self.init(.overlaps, first.firstDay, first.lastDay)
        case .throughout, .at, .asOf: self.init(.covers, first.firstDay, first.lastDay)
        case .before: self.init(.overlaps, DayInterval.minus, first.firstDay - 1)
        case .after: self.init(.overlaps, first.lastDay + 1, DayInterval.plus)
        case .between:
            guard let second = temporal.second?.date, second.lastDay >= first.firstDay else { return nil }
            self.init(.overlaps, first.firstDay, second.lastDay)
        }
    }

    init(_ relation: Relation, _ firstDay: Int, _ lastDay: Int) {
        self.relation = relation
        self.firstDay = firstDay
        self.lastDay = lastDay
    }

    /// Any time at all.
    package static let always = TimeWindow(.overlaps, DayInterval.minus, DayInterval.plus)

    func test(_ interval: DayInterval) -> Certainty {
        relation == .overlaps ? interval.overlaps(firstDay, lastDay) : interval.covers(firstDay, lastDay)
    }
}
