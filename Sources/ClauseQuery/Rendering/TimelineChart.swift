/// An answer's clause rows laid out on a year axis, in order of their start: what the text and SVG
/// timelines both draw. Today is an input (the core reads no clock) and is kept only when on the axis.
package struct TimelineChart: Sendable {
    /// How a stretch of a bar is drawn: surely holding, maybe holding within stated bounds, or maybe
    /// holding where the source gives no limit (an end not stated, a start only bounded later).
    package enum Fill: String, Sendable { case sure, may, fading }

    /// Days `first` through `last` drawn with one fill; the sentinels of `Days` mark unbounded ends.
    package struct Segment: Sendable, Equatable {
        package var first: Int
        package var last: Int
        package var fill: Fill
    }

    /// One clause row drawn as a bar.
    package struct Bar: Sendable {
        /// The clause's identifier.
        package var id: String
        package var row: ResultRow
        package var days: HoldingDays
        package var segments: [Segment]
        /// Short words shown beside the bar: derived, its conditions, how it ended, an end not stated.
        package var notes: [String]
        /// The clause that replaced it, when that clause has a bar of its own: the two are linked.
        package var successor: String?

        /// True when an `if` or `unless` condition gates the clause.
        package var isConditional: Bool { !row.conditions.isEmpty }
    }

    /// The title: the question as written, without its question mark.
    package var title: String
    /// The first and last year of the axis, both drawn whole.
    package var firstYear: Int
    package var lastYear: Int
    /// Today's day number when it falls on the axis.
    package var today: Int?
    package var bars: [Bar]

    /// The first and last day of the axis.
    package var firstDay: Int { DayNumber.of(year: firstYear, month: 1, day: 1) }
    package var lastDay: Int { DayNumber.of(year: lastYear, month: 12, day: 31) }

    /// The chart of `answer`'s clause rows under `title`, with today's day number when the front end gives it.
    package init(_ answer: borrowing Answer, title: String, knowledgeBase kb: borrowing KnowledgeBase, today: Int?) {
        var title = title.trimmingWhitespace
        if title.hasSuffix("?") { title = String(title.dropLast()).trimmingWhitespace }
        self.title = title
        var bars: [(order: Int, bar: Bar)] = []
        for (order, answerRow) in answer.rows.enumerated() {
            guard let days = kb.holdingDays(of: answerRow, answer.assumption), days.possible != nil else { continue }
            let row = ResultRow(answerRow, kb, in: answer)
            bars.append((order, Bar(id: row.id, row: row, days: days, segments: Self.segments(days),
                                    notes: Self.notes(row), successor: nil)))
        }
        bars.sort { a, b in
            let (x, y) = (a.bar.days, b.bar.days)
            let keyA = (x.possible?.lowerBound ?? 0, x.beginning.upperBound, a.order)
            let keyB = (y.possible?.lowerBound ?? 0, y.beginning.upperBound, b.order)
            return keyA < keyB
        }
        self.bars = bars.map(\.bar)
        let ids = Set(self.bars.map(\.id))
        for index in self.bars.indices {
            if let ending = self.bars[index].row.ending, ending.how == "replaced", ids.contains(ending.by) {
                self.bars[index].successor = ending.by
            }
        }
        (firstYear, lastYear) = Self.axis(self.bars.map(\.days), window: answer.window, today: today)
        self.today = nil
        if let today, today >= firstDay, today <= lastDay { self.today = today }
    }

    /// The stretches of a bar: sure where it surely holds, fading where it may hold and the source
    /// gives no limit on that side, may elsewhere in the days it may hold on.
    static func segments(_ days: HoldingDays) -> [Segment] {
        guard let possible = days.possible else { return [] }
        var cuts: Set<Int> = [possible.lowerBound, possible.upperBound + 1, days.beginning.upperBound + 1,
                              days.ending.lowerBound]
        if let sure = days.sure { cuts.formUnion([sure.lowerBound, sure.upperBound + 1]) }
        let points = cuts.filter { $0 >= possible.lowerBound && $0 <= possible.upperBound + 1 }.sorted()
        var segments: [Segment] = []
        for (first, next) in zip(points, points.dropFirst()) {
            let fill = Self.fill(on: first, days)
            if let last = segments.last, last.fill == fill {
                segments[segments.count - 1].last = next - 1
            } else {
                segments.append(Segment(first: first, last: next - 1, fill: fill))
            }
        }
        return segments
    }

    private static func fill(on day: Int, _ days: HoldingDays) -> Fill {
        if days.sure?.contains(day) == true { return .sure }
        if days.ending.upperBound == Days.plus && day > days.beginning.upperBound { return .fading }
        if days.beginning.lowerBound == Days.minus && day < days.ending.lowerBound { return .fading }
        return .may
    }

    /// "derived", "if OpenAIAchievesAGI", "replaced by ModelAccess", "end not stated".
    static func notes(_ row: ResultRow) -> [String] {
        var notes: [String] = []
        if row.derivation != nil { notes.append("derived") }
        notes += row.conditions
        if let ending = row.ending { notes.append("\(ending.how) by \(ending.by)") }
        if row.end?.isUnstated == true { notes.append("end not stated") }
        return notes
    }

    /// The years the axis spans: the window's when it is bounded; otherwise every year a bar's bounds
    /// or today fall in, one more on a side where some bar has no limit, within the window's bounds.
    static func axis(_ bars: [HoldingDays], window: TimeWindow, today: Int?) -> (Int, Int) {
        func year(_ day: Int) -> Int { DayNumber.civil(day).0 }
        let bounds = (first: window.firstDay > Days.minus ? window.firstDay : nil,
                      last: window.lastDay < Days.plus ? window.lastDay : nil)
        if let first = bounds.first, let last = bounds.last { return (year(first), year(last)) }
        var days: [Int] = today.map { [$0] } ?? []
        for bar in bars {
            let bounds = [bar.possible?.lowerBound, bar.possible?.upperBound, bar.sure?.lowerBound, bar.sure?.upperBound,
                          bar.beginning.lowerBound, bar.beginning.upperBound, bar.ending.lowerBound, bar.ending.upperBound]
            days += bounds.compactMap { $0 }.filter { $0 > Days.minus && $0 < Days.plus }
        }
        var first = days.min().map(year) ?? 2000
        var last = days.max().map(year) ?? first
        if bars.contains(where: { ($0.possible?.lowerBound ?? 0) < DayNumber.of(year: first, month: 1, day: 1) }) { first -= 1 }
        if bars.contains(where: { ($0.possible?.upperBound ?? 0) > DayNumber.of(year: last, month: 12, day: 31) }) { last += 1 }
        if let bound = bounds.first { first = max(first, year(bound)) }
        if let bound = bounds.last { last = min(last, year(bound)) }
        return (max(1, first), min(9999, max(first, last)))
    }
}
