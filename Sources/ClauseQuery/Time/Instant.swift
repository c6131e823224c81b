/// One day the source gives only as a range: an instant declared once in the knowledge base (an
/// agreement's effective day, an event's day, a clause's own start or end). Wherever it is used it is
/// the same unknown day.
package struct Instant: Sendable, Hashable {
    /// The earliest day it may be, in days since 1970-01-01; `Days.minus` when unbounded.
    package var earliest: Int
    /// The latest day it may be; `Days.plus` when unbounded.
    package var latest: Int
    /// How it was written: a date, before, after, between, unknown or open.
    package var form: Form
    /// The reason, when the knowledge base reads the instant into the source (`inferred "…"`).
    package var inferred: String?
    /// Whether the day may never come (`may`: an exercise not recorded) or surely never will
    /// (`never`: the option lapsed); a clause starting then may never start, or never does.
    package var coming: Coming = .surely

    /// Whether an instant's day comes at all.
    package enum Coming: Sendable, Hashable { case surely, may, never }

    /// How an instant was written.
    package enum Form: Sendable, Hashable {
        case date(CalendarDate)
        case before(CalendarDate)
        case after(CalendarDate)
        case between(CalendarDate, CalendarDate)
        /// Any day: the source does not say.
        case unknown
        /// Explicitly none: since always as a start, no end as an end.
        case open
        /// Relative to another day: an event's or an exercise's, with an offset (`exercised Renewal + 90
        /// days`), as written and in words. Boxed, since few instants are relative: the other forms fit in
        /// a few bytes, and a knowledge base holds about two instants per clause.
        indirect case relative(text: String, phrase: String)
    }

    /// The instant a form denotes; `open` is far in the past, and is read as far in the future for an end.
    /// An instant with every field given, as a compiled knowledge base stores it.
    init(form: Form, earliest: Int, latest: Int, inferred: String?, coming: Coming, isPlaceholder: Bool) {
        (self.form, self.earliest, self.latest, self.inferred) = (form, earliest, latest, inferred)
        (self.coming, self.isPlaceholder) = (coming, isPlaceholder)
    }

    package init(_ form: Form, inferred: String? = nil) {
        self.form = form
        self.inferred = inferred
        switch form {
        case .date(let date): (earliest, latest) = (date.firstDay, date.lastDay)
        case .before(let date): (earliest, latest) = (Days.minus, date.firstDay - 1)
        case .after(let date): (earliest, latest) = (date.lastDay + 1, Days.plus)
        case .between(let first, let last): (earliest, latest) = (first.firstDay, last.lastDay)
        case .unknown, .relative: (earliest, latest) = (Days.minus, Days.plus)
        case .open: (earliest, latest) = (Days.minus, Days.minus)
        }
    }

    /// "2026", "before 2026", "after 2025-11", "2025-11 to 2026", "unknown", "open".
    package var text: String {
        switch form {
        case .date(let date): return date.description
        case .before(let date): return "before \(date)"
        case .after(let date): return "after \(date)"
        case .between(let first, let last): return "\(first) to \(last)"
        case .unknown: return "unknown"
        case .open: return "open"
        case .relative(let text, _): return text
        }
    }

    /// "some day in 2026", "some day before 2026", "some day from 2025-11 to 2026", "a day the source
    /// does not give".
    package var phrase: String {
        switch form {
        case .date(let date): return date.precision == .day ? "on \(date)" : "some day in \(date)"
        case .before(let date): return "some day before \(date)"
        case .after(let date): return "some day after \(date)"
        case .between(let first, let last): return "some day from \(first) to \(last)"
        case .unknown: return "on a day the source does not give"
        case .open: return "never"
        case .relative(_, let phrase): return phrase
        }
    }

    /// True when the form is `open`.
    package var isOpen: Bool { form == .open }
    /// True for an instant counted from an exercise or an event with an offset, before it is computed.
    package var isPlaceholder = false
    /// True when the form is `unknown`.
    package var isUnknown: Bool { form == .unknown }
}

/// What the time of a clause needs of an instant: its days, and whether it is open, unknown or may never
/// come. Reading it reads neither the instant's text nor its written form.
struct InstantDays: Sendable, Equatable {
    var earliest: Int
    var latest: Int
    var isOpen: Bool
    var isUnknown: Bool
    var coming: Instant.Coming

    init(earliest: Int, latest: Int, isOpen: Bool, isUnknown: Bool, coming: Instant.Coming) {
        (self.earliest, self.latest, self.isOpen, self.isUnknown, self.coming) = (earliest, latest, isOpen, isUnknown, coming)
    }

    init(_ instant: Instant) {
        self.init(earliest: instant.earliest, latest: instant.latest, isOpen: instant.isOpen, isUnknown: instant.isUnknown,
                  coming: instant.coming)
    }
}

extension KnowledgeBase {
    /// The days of instant `index`, read from its record alone when it is read in place.
    @inline(__always)
    func days(of index: Int32) -> InstantDays {
        instants.projected(Int(index), through: compiledFile.instantDays, InstantDays.init)
    }
}

/// Day numbers and the sentinels for unbounded ranges.
package enum Days {
    /// Before every day: an unbounded start.
    package static let minus = Int.min / 4
    /// After every day: an unbounded end.
    package static let plus = Int.max / 4

    /// The calendar date of a day number, or nil for the sentinels.
    package static func date(_ day: Int) -> CalendarDate? {
        guard day > minus, day < plus else { return nil }
        let (year, month, dayOfMonth) = DayNumber.civil(day)
        return CalendarDate(year: year, month: month, day: dayOfMonth)
    }

    /// `day` moved by `count` units: days add; months and years keep the day of the month, clamped
    /// to the month's last day (2024-02-29 plus a year is 2025-02-28). The sentinels stay put.
    package static func adding(_ count: Int, _ unit: DurationSyntax.Unit, to day: Int) -> Int {
        guard day > minus, day < plus else { return day }
        switch unit {
        case .days: return day + count
        case .months, .years:
            let (year, month, dayOfMonth) = DayNumber.civil(day)
            let months = (year * 12 + month - 1) + (unit == .years ? count * 12 : count)
            let (newYear, newMonth) = (months / 12, months % 12 + 1)
            guard newYear <= 9999 else { return plus }
            let clamped = min(dayOfMonth, CalendarDate.daysIn(month: newMonth, year: newYear))
            return DayNumber.of(year: newYear, month: newMonth, day: clamped)
        }
    }

    /// The days from `first` to `last` as dates write them, as coarsely as they allow: "2032" for
    /// the whole year, "2025-11" for a month, "2025-11 to 2026" for the first day of a month to the
    /// last day of a year, "2028-02 to 2028-11-02".
    package static func rangeText(_ first: Int, _ last: Int) -> String {
        guard let start = date(first), let end = date(last) else { return "unknown" }
        if first == last { return start.description }
        let year = { (date: CalendarDate) in String(date.year).leftPadded(to: 4) }
        let month = { (date: CalendarDate) in year(date) + "-" + String(date.month).leftPadded(to: 2) }
        let opening = start.month == 1 && start.day == 1 ? year(start) : start.day == 1 ? month(start) : start.description
        let lastOfMonth = end.day == CalendarDate.daysIn(month: end.month, year: end.year)
        let closing = end.month == 12 && end.day == 31 ? year(end) : lastOfMonth ? month(end) : end.description
        if opening == closing { return opening }
        return "\(opening) to \(closing)"
    }

    /// The last day of a duration from `start`: (start − 1 day) + duration, clamped to the month's
    /// last day, so from 1 February for one month ends 28 (or 29) February and from 29 February 2024
    /// for one year ends 28 February 2025. Monotone in the start.
    package static func end(of count: Int, _ unit: DurationSyntax.Unit, from start: Int) -> Int {
        guard start > minus, start < plus else { return start }
        return adding(count, unit, to: start - 1)
    }
}

/// A clause's start or end as answers show it: as written, in words, and the days it may fall on.
package struct Moment: Hashable, Sendable {
    /// As a table shows it: "2032", "before 2026", "day before 2026", "+8 years", "unknown", "open".
    package var text: String
    /// In words, after "starts" or "ends": "some day in 2032", "on a day the source does not give".
    package var phrase: String
    /// The earliest and latest day it may fall on, over the readings that count; `Days.minus` and
    /// `Days.plus` when unbounded.
    package var earliest: Int
    package var latest: Int
    /// The reason, when the knowledge base infers the instant.
    package var inferred: String?
    /// True when the source does not say (`unknown`, or an end not given).
    package var isUnstated: Bool
    /// True when explicitly none: since always, or no end.
    package var isOpen: Bool
}

extension KnowledgeBase {
    /// The start of a clause as answers show it; `phrased: false` leaves `phrase` empty, for tables.
    package func start(of clause: Clause, assumption: UnknownEndAssumption = .unknown, phrased: Bool = true) -> Moment {
        start(of: clause, validity: span(of: clause, assumption: assumption), phrased: phrased)
    }

    /// The start of a clause whose validity span is `validity`, worked out already.
    func start(of clause: Clause, validity: ValiditySpan, phrased: Bool) -> Moment {
        let instant = instants[Int(clause.start)]
        return Moment(text: instant.text, phrase: phrased ? instant.phrase : "", earliest: validity.earliestStart,
                      latest: validity.latestStart,
                      inferred: instant.inferred, isUnstated: instant.isUnknown, isOpen: instant.isOpen)
    }

    /// The end of a clause as answers show it: as stated, after a duration, or the day before what
    /// replaced or terminated it takes effect; `phrased: false` leaves `phrase` empty, for tables.
    package func end(of clause: Clause, assumption: UnknownEndAssumption = .unknown, phrased: Bool = true) -> Moment {
        end(of: clause, validity: span(of: clause, assumption: assumption), assumption: assumption, phrased: phrased)
    }

    /// The end of a clause whose validity span under `assumption` is `validity`, worked out already.
    func end(of clause: Clause, validity: ValiditySpan, assumption: UnknownEndAssumption, phrased: Bool) -> Moment {
        let statedInstant = statedEnd(of: clause)
        var moment = Moment(text: endText(of: clause, statedInstant: statedInstant), phrase: "", earliest: validity.earliestEnd,
                            latest: validity.latestEnd, inferred: nil, isUnstated: validity.endIsUnstated,
                            isOpen: validity.earliestEnd == Days.plus)
        guard phrased else {
            if let statedInstant { moment.inferred = statedInstant.inferred }
            if let cut = clause.end.cut, endDecider(of: clause) != .stated { moment.inferred = instants[Int(cut)].inferred }
            return moment
        }
        let range = Moment.rangePhrase(validity.earliestEnd, validity.latestEnd)
        let decider = endDecider(of: clause)
        if decider != .stated, let cut = clause.end.cut, let ending = clause.ending {
            let successor = instants[Int(cut)]
            switch ending.cause {
            case .clause(let next): moment.phrase = "the day before \(id(of: clauses[Int(next)])) starts (\(successor.phrase))"
            case .agreement(let agreement):
                moment.phrase = "the day before \(agreementID(agreement)) takes effect (\(successor.phrase))"
            case .event(let event):
                moment.phrase = "the day \(events[Int(event)].id) \(ending.kind == .exercised ? "exercised it" : "recorded that it lapsed") "
                    + "(\(Moment.rangePhrase(successor.earliest, successor.latest)))"
            }
            if decider == .either { moment.phrase = "\(range), by its own end or " + moment.phrase }
            moment.inferred = successor.inferred
        } else if case .duration(let count, let unit) = clause.end.stated {
            moment.phrase = "\(count) \(count == 1 ? String(unit.rawValue.dropLast()) : unit.rawValue) after it starts, \(range)"
        } else if let statedInstant, !moment.isUnstated || assumption == .continue {
            moment.phrase = moment.isOpen ? "never" : statedInstant.phrase
            moment.inferred = statedInstant.inferred
        } else if moment.isOpen {
            moment.phrase = "never (unknown ends are assumed to continue)"
        } else {
            moment.phrase = "on a day the source does not give"
        }
        return moment
    }
}

extension Moment {
    /// "some day in 2032", "some day from 2025-11-01 to 2026-12-30", "some day after 2025-10-31".
    static func rangePhrase(_ earliest: Int, _ latest: Int) -> String {
        switch (Days.date(earliest), Days.date(latest)) {
        case (let first?, let last?) where first == last: return "on \(first)"
        case (let first?, let last?): return "some day from \(first) to \(last)"
        case (let first?, nil): return "some day from \(first) on"
        case (nil, let last?): return "some day up to \(last)"
        case (nil, nil): return "on a day the source does not give"
        }
    }

    /// The first and last day as calendar dates, nil when unbounded.
    package var earliestDate: CalendarDate? { Days.date(earliest) }
    package var latestDate: CalendarDate? { Days.date(latest) }
}
