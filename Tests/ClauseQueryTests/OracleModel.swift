/// A small knowledge base as the property test generates it, before it is written as clq text.
///
/// The oracle reads this model, never the library's parse of the text, so that the two meet
/// only in the answers.
struct OracleKB {
    /// One uncertain day as written: `2021`, `before 2021-03`, `unknown`, `open`, or an event's day.
    enum Instant: Hashable, CustomStringConvertible {
        case date(OracleDate)
        case before(OracleDate)
        case after(OracleDate)
        case between(OracleDate, OracleDate)
        case unknown
        case open
        /// `from EVENT`: the event's own day (index into `events`).
        case event(Int)
        /// `from exercised K + N units`: the day the power K (index into `clauses`) is exercised, plus the offset.
        case exercised(Int, Offset?)

        var description: String {
            switch self {
            case .date(let date): return date.description
            case .before(let date): return "before \(date)"
            case .after(let date): return "after \(date)"
            case .between(let low, let high): return "between \(low) and \(high)"
            case .unknown: return "unknown"
            case .open: return "open"
            case .event(let index): return "E\(index + 1)"
            case .exercised(let power, let offset):
                return "exercised \(OracleKB.clause(power))" + (offset.map { " + \($0)" } ?? "")
            }
        }
    }

    /// `N days|months|years`, as a duration or an offset is written.
    struct Offset: Hashable, CustomStringConvertible {
        var count: Int
        var unit: OracleCalendar.Unit
        var description: String { "\(count) \(count == 1 ? String(unit.rawValue.dropLast()) : unit.rawValue)" }
    }

    /// How a clause's validity ends.
    enum End: Hashable {
        /// No `until` and no duration: the end is unknown.
        case unstated
        case until(Instant)
        case duration(Int, OracleCalendar.Unit)
    }

    /// `replaced by` / `terminated by` a clause or an agreement, optionally `on INSTANT`.
    struct Ending: Hashable {
        enum Target: Hashable { case clause(Int), agreement(Int) }
        var replaced: Bool
        var target: Target
        var on: Instant?
    }

    /// `if X` or `unless X`, X an event, a prospect or `exercised K` (K a power's index).
    struct Condition: Hashable {
        enum Subject: Hashable { case event(Int), prospect(Int), exercise(Int) }
        var isUnless: Bool
        var subject: Subject
    }

    struct Agreement: Hashable {
        var parties: [Int]
        var effective: Instant
    }

    /// `event E exercises K` (or `lapses K` when `lapses`); an `undated` event is written with no `on`.
    struct Option: Hashable {
        var event: Int
        var power: Int
        var lapses = false
        var undated = false
    }

    struct Clause: Hashable {
        var agreement: Int
        var holder: Int
        var action: String
        /// A power (an option) rather than a right.
        var isPower = false
        var from: Instant?
        var end: End = .unstated
        var ending: Ending?
        var conditions: [Condition] = []

        /// The power whose exercise the clause starts from, if it does.
        var startPower: Int? {
            if case .exercised(let power, _)? = from { return power }
            return nil
        }
    }

    var partyCount: Int
    var agreements: [Agreement] = []
    var clauses: [Clause] = []
    /// The day of each event.
    var events: [Instant] = []
    var prospectCount = 0
    /// The powers events exercise or let lapse, at most one per power.
    var options: [Option] = []

    /// The option recorded for a power, if any.
    func option(of power: Int) -> Option? { options.first { $0.power == power } }

    static func party(_ index: Int) -> String { ["A", "B", "C"][index] }
    static func agreement(_ index: Int) -> String { "G\(index + 1)" }
    static func clause(_ index: Int) -> String { "K\(index + 1)" }
    static func event(_ index: Int) -> String { "E\(index + 1)" }
    static func prospect(_ index: Int) -> String { "P\(index + 1)" }

    /// The knowledge base as clq declarations.
    var text: String {
        var lines: [String] = []
        for party in 0..<partyCount { lines.append("party \(Self.party(party)).") }
        for (index, event) in events.enumerated() {
            guard let option = options.first(where: { $0.event == index }) else {
                lines.append("event \(Self.event(index)) on \(event).")
                continue
            }
            let verb = "\(option.lapses ? "lapses" : "exercises") \(Self.clause(option.power))"
            lines.append("event \(Self.event(index)) " + (option.undated ? "" : "on \(event) ") + verb + ".")
        }
        for index in 0..<prospectCount { lines.append("prospect \(Self.prospect(index)).") }
        for (index, agreement) in agreements.enumerated() {
            let parties = agreement.parties.map(Self.party).joined(separator: " and ")
            lines.append("agreement \(Self.agreement(index)) between \(parties) effective \(agreement.effective) {")
            for (clauseIndex, clause) in clauses.enumerated() where clause.agreement == index {
                lines.append("  " + text(of: clause, clauseIndex))
            }
            lines.append("}")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func text(of clause: Clause, _ index: Int) -> String {
        let modality = clause.isPower ? "power" : "right"
        var words = ["clause \(Self.clause(index)): \(modality) of \(Self.party(clause.holder)) to \(clause.action)"]
        if let from = clause.from { words.append("from \(from)") }
        switch clause.end {
        case .unstated: break
        case .until(let instant): words.append("until \(instant)")
        case .duration(let count, let unit): words.append("for \(Offset(count: count, unit: unit))")
        }
        for condition in clause.conditions {
            let subject: String
            switch condition.subject {
            case .event(let event): subject = Self.event(event)
            case .prospect(let prospect): subject = Self.prospect(prospect)
            case .exercise(let power): subject = "exercised " + Self.clause(power)
            }
            words.append("\(condition.isUnless ? "unless" : "if") \(subject)")
        }
        if let ending = clause.ending {
            let target: String
            switch ending.target {
            case .clause(let other): target = Self.clause(other)
            case .agreement(let other): target = Self.agreement(other)
            }
            words.append("\(ending.replaced ? "replaced" : "terminated") by \(target)")
            if let on = ending.on { words.append("on \(on)") }
        }
        return words.joined(separator: " ") + "."
    }
}

/// A question the property asks, as the oracle understands it.
struct OracleQuestion: Hashable, CustomStringConvertible {
    /// The days a temporal modifier speaks of, and whether one day or every day must hold.
    enum Time: Hashable {
        case `in`(OracleDate)
        case throughout(OracleDate)
        case at(OracleDate)
        case before(OracleDate)
        case after(OracleDate)
        case between(OracleDate, OracleDate)

        var text: String {
            switch self {
            case .in(let date): return "in \(date)"
            case .throughout(let date): return "throughout \(date)"
            case .at(let date): return "at \(date)"
            case .before(let date): return "before \(date)"
            case .after(let date): return "after \(date)"
            case .between(let low, let high): return "between \(low) and \(high)"
            }
        }

        /// The window of days, and whether every day of it must hold (`throughout`, `at`).
        var window: (first: Int, last: Int, everyDay: Bool) {
            switch self {
            case .in(let date): return (date.firstDay, date.lastDay, false)
            case .throughout(let date), .at(let date): return (date.firstDay, date.lastDay, true)
            case .before(let date): return (OracleCalendar.minusInfinity, date.firstDay - 1, false)
            case .after(let date): return (date.lastDay + 1, OracleCalendar.plusInfinity, false)
            case .between(let low, let high): return (low.firstDay, high.lastDay, false)
            }
        }
    }

    enum Form: Hashable {
        /// `does K hold …?`, or `is K in force …?` when `inForce`.
        case clause(Int, inForce: Bool)
        /// `does A's act hold …?`: every clause the party holds for the action.
        case possessive(party: Int, action: String)
        /// `what changed between A and B?`
        case changes(OracleDate, OracleDate)
    }

    var form: Form
    var time: Time?

    var description: String {
        switch form {
        case .clause(let clause, let inForce):
            let name = OracleKB.clause(clause)
            return (inForce ? "is \(name) in force " : "does \(name) hold ") + (time?.text ?? "") + "?"
        case .possessive(let party, let action):
            return "does \(OracleKB.party(party))'s \(action) hold " + (time?.text ?? "") + "?"
        case .changes(let low, let high):
            return "what changed between \(low) and \(high)?"
        }
    }
}
