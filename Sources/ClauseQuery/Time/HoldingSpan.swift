/// The range of days a condition's event may fall on, and whether it may never happen (a prospect).
package struct ConditionRange: Sendable, Hashable {
    package var earliest: Int
    package var latest: Int
    package var canBeNever: Bool
}

/// Everything that decides on which days a clause holds: its validity span and the ranges of its
/// `if` and `unless` conditions. It holds on day d when start ≤ d ≤ end, every `if` event happened by
/// d, and no `unless` event did. The tests below are the closed forms of DESIGN §3: exact for
/// independent instants, and never more certain than the readings allow when instants are shared.
package struct HoldingSpan: Sendable, Hashable {
    package var validity: ValiditySpan
    package var ifs: [ConditionRange] = []
    package var unlesses: [ConditionRange] = []

    package init(validity: ValiditySpan, ifs: [ConditionRange] = [], unlesses: [ConditionRange] = []) {
        self.validity = validity
        self.ifs = ifs
        self.unlesses = unlesses
    }

    /// The ranges of the days the holding may begin on (the start, and each `if`).
    private var beginnings: [(earliest: Int, latest: Int)] {
        [(validity.earliestStart, validity.latestStart)] + ifs.map { ($0.earliest, $0.latest) }
    }

    /// The ranges of the last days the holding may have (the end, and the day before each `unless`;
    /// an `unless` that may never happen may not end it at all).
    private var endings: [(earliest: Int, latest: Int)] {
        [(validity.earliestEnd, validity.latestEnd)]
            + unlesses.map { ($0.earliest == Days.minus ? Days.minus : $0.earliest - 1,
                              $0.canBeNever || $0.latest == Days.plus ? Days.plus : $0.latest - 1) }
    }

    /// The extremes of the beginnings and endings: the holding has surely begun by `surelyBegun` and
    /// may begin no earlier than `mayBegin`; it surely lasts through `surelyLast` and may last no later
    /// than `mayLast`.
    private struct Bounds {
        var surelyBegun = Days.minus, mayBegin = Days.minus, surelyLast = Days.plus, mayLast = Days.plus

        init(_ starts: [(earliest: Int, latest: Int)], _ ends: [(earliest: Int, latest: Int)]) {
            for start in starts {
                surelyBegun = max(surelyBegun, start.latest)
                mayBegin = max(mayBegin, start.earliest)
            }
            for end in ends {
                surelyLast = min(surelyLast, end.earliest)
                mayLast = min(mayLast, end.latest)
            }
        }
    }

    /// The span with its conditions left out: what `in force` asks.
    package var withoutConditions: HoldingSpan { HoldingSpan(validity: validity) }

    /// How surely the clause holds in the window: on some day of it, or on every day.
    package func test(_ window: TimeWindow) -> Certainty {
        window.relation == .overlaps ? overlaps(window.firstDay, window.lastDay) : covers(window.firstDay, window.lastDay)
    }

    /// Holds on some day of [first, last].
    package func overlaps(_ first: Int, _ last: Int) -> Certainty {
        if ifs.isEmpty && unlesses.isEmpty {
            if validity.earliestStart > last || validity.latestEnd < first { return .doesNotHold }
            return validity.latestStart <= last && validity.earliestEnd >= first ? .holds : .mayHold
        }
        let starts = beginnings
        let ends = endings
        let bounds = Bounds(starts, ends)
        if bounds.mayBegin > last || bounds.mayLast < first || crossing(starts, ends, certainly: false) {
            return .doesNotHold
        }
        if !ifs.contains(where: \.canBeNever), bounds.surelyBegun <= last, bounds.surelyLast >= first,
           !crossing(starts, ends, certainly: true) {
            return .holds
        }
        return .mayHold
    }

    /// Holds on every day of [first, last].
    package func covers(_ first: Int, _ last: Int) -> Certainty {
        if ifs.isEmpty && unlesses.isEmpty {
            if validity.earliestStart > first || validity.latestEnd < last { return .doesNotHold }
            return validity.latestStart <= first && validity.earliestEnd >= last ? .holds : .mayHold
        }
        let bounds = Bounds(beginnings, endings)
        if bounds.mayBegin > first || bounds.mayLast < last { return .doesNotHold }
        if !ifs.contains(where: \.canBeNever), bounds.surelyBegun <= first, bounds.surelyLast >= last {
            return .holds
        }
        return .mayHold
    }

    /// Whether some beginning may (`certainly` false: must) come after some ending, other than the
    /// validity's own start and end, whose order every allowed reading keeps.
    private func crossing(_ starts: [(earliest: Int, latest: Int)], _ ends: [(earliest: Int, latest: Int)],
                          certainly: Bool) -> Bool {
        for (i, start) in starts.enumerated() {
            for (j, end) in ends.enumerated() where i != 0 || j != 0 {
                if certainly ? start.latest > end.earliest : start.earliest > end.latest { return true }
            }
        }
        return false
    }

    /// The days on which the clause surely holds, and those on which it may: for the union of
    /// several clauses. Nil when there is no such day.
    package var sureDays: ClosedRange<Int>? {
        guard !ifs.contains(where: \.canBeNever) else { return nil }
        let bounds = Bounds(beginnings, endings)
        let first = bounds.surelyBegun, last = bounds.surelyLast
        return first <= last ? first...last : nil
    }

    /// The days the holding may begin on, from the first it may to the one by which it surely has.
    package var beginningDays: ClosedRange<Int> {
        let bounds = Bounds(beginnings, endings)
        return bounds.mayBegin...max(bounds.mayBegin, bounds.surelyBegun)
    }

    /// The last days the holding may have, from the first it may end on to the last.
    package var endingDays: ClosedRange<Int> {
        let bounds = Bounds(beginnings, endings)
        return min(bounds.surelyLast, bounds.mayLast)...bounds.mayLast
    }

    package var possibleDays: ClosedRange<Int>? {
        let bounds = Bounds(beginnings, endings)
        let first = bounds.mayBegin, last = bounds.mayLast
        return first <= last ? first...last : nil
    }
}

extension ClosedRange where Bound == Int {
    /// Whether these ranges together contain every day of [first, last].
    static func cover(_ ranges: [ClosedRange<Int>], _ first: Int, _ last: Int) -> Bool {
        var reached = first - 1
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if range.lowerBound > reached + 1 { break }
            reached = Swift.max(reached, range.upperBound)
            if reached >= last { return true }
        }
        return reached >= last
    }
}
