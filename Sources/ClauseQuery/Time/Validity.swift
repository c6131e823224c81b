/// How to read a bound the source does not state.
public enum UnknownEndAssumption: String, Sendable {
    /// An unknown end may lie anywhere after the start: answers depending on it are "may hold".
    case unknown
    /// An unknown end is treated as continuing without limit.
    case `continue`
}

/// The days a clause's validity may start and end on, as ranges of day numbers over every reading
/// the source allows. Tightened, only readings with start ≤ end count: a start cannot be later than
/// the latest end, nor an end earlier than the earliest start.
package struct ValiditySpan: Sendable, Hashable {
    package var earliestStart: Int
    package var latestStart: Int
    package var earliestEnd: Int
    package var latestEnd: Int
    /// True when the end is `unknown` (or not given) and nothing cut it short: the source gives no end.
    package var endIsUnstated: Bool
    /// True when the clause may never start (it starts with an exercise that may never come): every
    /// answer that needs it to have started is then at most "may hold".
    package var mayNeverStart = false

    package init(earliestStart: Int, latestStart: Int, earliestEnd: Int, latestEnd: Int, endIsUnstated: Bool = false) {
        self.earliestStart = earliestStart
        self.latestStart = latestStart
        self.earliestEnd = earliestEnd
        self.latestEnd = latestEnd
        self.endIsUnstated = endIsUnstated
    }
}

extension KnowledgeBase {
    /// "2032", "+8 years", "day before 2026", "unknown": the end as a table shows it. A clause cut
    /// short by what replaced it shows the earlier of its stated end and the day before the cut, or
    /// both when either may come first.
    package func endText(of clause: Clause) -> String {
        endText(of: clause, statedInstant: statedEnd(of: clause))
    }

    /// The instant a clause's end is stated as, or nil when it is a duration or not stated.
    func statedEnd(of clause: Clause) -> Instant? {
        if case .instant(let index) = clause.end.stated { instants[Int(index)] } else { nil }
    }

    /// The end as a table shows it, of a clause whose stated end is `statedInstant`, read already.
    func endText(of clause: Clause, statedInstant: Instant?) -> String {
        let stated: String
        switch clause.end.stated {
        case .instant(let index): stated = (statedInstant ?? instants[Int(index)]).text
        case .duration(let count, let unit): stated = "+\(count) \(count == 1 ? String(unit.rawValue.dropLast()) : unit.rawValue)"
        case .none: stated = "unknown"
        }
        guard let cut = clause.end.cut else { return stated }
        let cutText: String
        if let ending = clause.ending, ending.endsOnTheDay {
            cutText = "\(ending.kind.rawValue) by \(name(of: ending.cause))"
        } else {
            cutText = "day before \(instants[Int(cut)].text)"
        }
        switch endDecider(of: clause) {
        case .stated: return stated
        case .cut: return cutText
        case .either: return "\(stated) or \(cutText)"
        }
    }

    /// What ends a clause: its stated end, the day before what replaced or terminated it, or either,
    /// when the source allows each to come first.
    package enum EndDecider { case stated, cut, either }

    /// Which of a clause's ends decides when it ends, judged on the days each may fall on.
    package func endDecider(of clause: Clause) -> EndDecider {
        guard let cut = clause.end.cut else { return .stated }
        switch clause.end.stated {
        case .none: return .cut
        case .instant(let index) where instants[Int(index)].isUnknown || instants[Int(index)].isOpen: return .cut
        default: break
        }
        var uncut = clause
        uncut.end.cut = nil
        let own = span(of: uncut, assumption: .unknown, tightened: false)
        let successor = instants[Int(cut)]
        let shift = clause.ending?.daysBeforeCut ?? 1
        if own.latestEnd <= successor.earliest - shift { return .stated }
        if successor.latest - shift <= own.earliestEnd { return .cut }
        return .either
    }

    /// The validity span of `clause`, reading unknown ends as `assumption` says. A method, so that
    /// the knowledge base is borrowed rather than copied on this hot path.
    package func span(of clause: Clause, assumption: UnknownEndAssumption, tightened: Bool = true) -> ValiditySpan {
        var earliestStart: Int, latestStart: Int, earliestEnd: Int, latestEnd: Int
        let start = days(of: clause.start)
        if start.coming == .never {
            return ValiditySpan(earliestStart: Days.plus, latestStart: Days.plus, earliestEnd: Days.plus, latestEnd: Days.plus)
        }
        (earliestStart, latestStart) = start.isOpen ? (Days.minus, Days.minus) : (start.earliest, start.latest)
        var stated: (Int, Int)
        var unstated = false
        switch clause.end.stated {
        case .instant(let index):
            let end = days(of: index)
            if end.isOpen {
                stated = (Days.plus, Days.plus)
            } else {
                stated = (end.earliest, end.latest)
                unstated = end.isUnknown
            }
        case .duration(let count, let unit):
            stated = (Days.end(of: Int(count), unit, from: earliestStart), Days.end(of: Int(count), unit, from: latestStart))
        case .none:
            stated = (Days.minus, Days.plus)
            unstated = true
        }
        if let cut = clause.end.cut {
            let successor = days(of: cut)
            let shift = clause.ending?.daysBeforeCut ?? 1
            let last = successor.isOpen ? (Days.minus, Days.minus) : (successor.earliest - shift, successor.latest - shift)
            if case .none = clause.end.stated {
                stated = last
            } else if unstated {
                stated = last
            } else {
                stated = (min(stated.0, last.0), min(stated.1, last.1))
            }
            unstated = false
        }
        if unstated && assumption == .continue { stated = (Days.plus, Days.plus) }
        (earliestEnd, latestEnd) = stated
        let mayNeverStart = start.coming == .may
        if tightened {
            // A start that may never come is not pulled back by the end: never starting is a reading.
            if mayNeverStart { latestStart = Days.plus } else { latestStart = min(latestStart, latestEnd) }
            earliestEnd = max(earliestEnd, earliestStart)
        }
        var span = ValiditySpan(earliestStart: earliestStart, latestStart: latestStart, earliestEnd: earliestEnd,
                                latestEnd: latestEnd, endIsUnstated: unstated)
        span.mayNeverStart = mayNeverStart
        return span
    }

}

/// A resolved temporal condition: an operator over a closed range of days.
package struct TimeWindow: Hashable, Sendable {
    /// Whether a validity must hold on some day of the window (`overlaps`) or on every day (`covers`).
    package enum Relation: Hashable, Sendable { case overlaps, covers }
    /// Whether a validity must overlap the window or cover it.
    package var relation: Relation
    /// The window's first day, in days since 1970-01-01; far in the past for `before` and `always`.
    package var firstDay: Int
    /// The window's last day, in days since 1970-01-01; far in the future for `after` and `always`.
    package var lastDay: Int

    /// The window a temporal operator denotes; nil when its span runs backwards.
    package init?(_ temporal: Temporal) {
        let first = temporal.first.date
        let last = temporal.second?.date ?? first
        guard last.lastDay >= first.firstDay else { return nil }
        switch temporal.op {
        case .in, .between: self.init(.overlaps, first.firstDay, last.lastDay)
        case .throughout, .at, .asOf: self.init(.covers, first.firstDay, last.lastDay)
        case .before: self.init(.overlaps, Days.minus, first.firstDay - 1)
        case .after: self.init(.overlaps, last.lastDay + 1, Days.plus)
        }
    }

    package init(_ relation: Relation, _ firstDay: Int, _ lastDay: Int) {
        self.relation = relation
        self.firstDay = firstDay
        self.lastDay = lastDay
    }

    /// Any time at all.
    package static let always = TimeWindow(.overlaps, Days.minus, Days.plus)
}
