/// How clauses, instants and conditions are written into a compiled knowledge base and read back.
extension SnapshotWriter {
    mutating func write(_ clause: Clause) {
        int32(clause.id)
        int32(clause.agreement)
        byte(SnapshotCases.position(of: clause.modality, in: Modality.allCases))
        int32(clause.holder)
        index(clause.counterparty)
        index(clause.action)
        range(clause.objects)
        range(clause.onAssets)
        range(clause.usingAssets)
        byte(clause.exclusive.map { $0 ? 2 : 1 } ?? 0)
        int32(clause.start)
        switch clause.end.stated {
        case .instant(let instant):
            byte(0)
            int32(instant)
        case .duration(let count, let unit):
            byte(1)
            int32(count)
            byte(SnapshotCases.position(of: unit, in: SnapshotCases.units))
        case .none:
            byte(2)
        }
        index(clause.end.cut)
        range(clause.conditions)
        range(clause.amounts)
        write(clause.ending)
        write(clause.citation)
        index(clause.note)
        location(clause.location)
    }

    mutating func write(_ ending: Ending?) {
        guard let ending else { return byte(0) }
        byte(SnapshotCases.position(of: ending.kind, in: SnapshotCases.endings) + 1)
        switch ending.cause {
        case .clause(let clause): byte(0); int32(clause)
        case .agreement(let agreement): byte(1); int32(agreement)
        case .event(let event): byte(2); int32(event)
        }
    }

    mutating func write(_ instant: Instant) {
        int64(Int64(instant.earliest))
        int64(Int64(instant.latest))
        switch instant.form {
        case .date(let date): byte(0); write(date)
        case .before(let date): byte(1); write(date)
        case .after(let date): byte(2); write(date)
        case .between(let first, let last): byte(3); write(first); write(last)
        case .unknown: byte(4)
        case .open: byte(5)
        case .relative(let text, let phrase): byte(6); string(text); string(phrase)
        }
        optionalString(instant.inferred)
        byte(SnapshotCases.position(of: instant.coming, in: SnapshotCases.comings))
        flag(instant.isPlaceholder)
    }

    mutating func write(_ date: CalendarDate) {
        int32(Int32(date.year))
        byte(UInt8(date.month))
        byte(UInt8(date.day))
    }

    mutating func write(_ condition: Condition) {
        byte(SnapshotCases.position(of: condition.kind, in: SnapshotCases.conditions))
        switch condition.target {
        case .event(let event): byte(0); int32(event)
        case .prospect(let prospect): byte(1); int32(prospect)
        case .exercise(let clause): byte(2); int32(clause)
        }
    }
}

extension SnapshotReader {
    mutating func clause() throws(SnapshotError) -> Clause {
        let id = try index(below: limits.strings, "string")
        let agreement = try index(below: limits.agreements, "agreement")
        let modality = try choice(Modality.allCases, "modality")
        let holder = try optionalIndex(below: limits.parties, "party") ?? -1
        let counterparty = try optionalIndex(below: limits.parties, "party")
        let action = try optionalIndex(below: limits.strings, "string")
        let objects = try range(within: limits.clauseAssets, "assets")
        let onAssets = try range(within: limits.clauseAssets, "assets")
        let usingAssets = try range(within: limits.clauseAssets, "assets")
        let exclusive = try choice([nil, false, true], "exclusivity")
        let start = try index(below: limits.instants, "instant")
        let stated: ClauseEnd.Stated
        switch try byte() {
        case 0: stated = .instant(try index(below: limits.instants, "instant"))
        case 1:
            let count = try int32()
            guard count >= 0 else { throw Self.damaged("a duration of \(count)") }
            stated = .duration(count, try choice(SnapshotCases.units, "unit"))
        case 2: stated = .none
        case let other: throw Self.damaged("end form \(other)")
        }
        let end = ClauseEnd(stated: stated, cut: try optionalIndex(below: limits.instants, "instant"))
        return Clause(id: id, agreement: agreement, modality: modality, holder: holder, counterparty: counterparty,
                      action: action, objects: objects, onAssets: onAssets, usingAssets: usingAssets,
                      exclusive: exclusive, start: start, end: end,
                      conditions: try range(within: limits.conditions, "conditions"),
                      amounts: try range(within: limits.amounts, "amounts"), ending: try ending(),
                      citation: try citation(), note: try optionalIndex(below: limits.strings, "string"),
                      location: try location())
    }

    mutating func ending() throws(SnapshotError) -> Ending? {
        let tag = try byte()
        if tag == 0 { return nil }
        guard Int(tag) <= SnapshotCases.endings.count else { throw Self.damaged("ending \(tag)") }
        let kind = SnapshotCases.endings[Int(tag) - 1]
        switch try byte() {
        case 0: return Ending(kind: kind, cause: .clause(try index(below: limits.clauses, "clause")))
        case 1: return Ending(kind: kind, cause: .agreement(try index(below: limits.agreements, "agreement")))
        case 2: return Ending(kind: kind, cause: .event(try index(below: limits.events, "event")))
        case let other: throw Self.damaged("ending cause \(other)")
        }
    }

    mutating func instant() throws(SnapshotError) -> Instant {
        let earliest = Int(try int64()), latest = Int(try int64())
        guard (Days.minus...Days.plus).contains(earliest), (Days.minus...Days.plus).contains(latest) else {
            throw Self.damaged("a day out of range")
        }
        let form: Instant.Form
        switch try byte() {
        case 0: form = .date(try date())
        case 1: form = .before(try date())
        case 2: form = .after(try date())
        case 3: form = .between(try date(), try date())
        case 4: form = .unknown
        case 5: form = .open
        case 6: form = .relative(text: try string(), phrase: try string())
        case let other: throw Self.damaged("instant form \(other)")
        }
        return Instant(form: form, earliest: earliest, latest: latest, inferred: try optionalString(),
                       coming: try choice(SnapshotCases.comings, "coming"), isPlaceholder: try flag())
    }

    mutating func date() throws(SnapshotError) -> CalendarDate {
        let year = Int(try int32()), month = Int(try byte()), day = Int(try byte())
        guard let date = CalendarDate(year: year, month: month, day: day) else { throw Self.damaged("a date that does not exist") }
        return date
    }

    mutating func condition() throws(SnapshotError) -> Condition {
        let kind = try choice(SnapshotCases.conditions, "condition")
        switch try byte() {
        case 0: return Condition(kind: kind, target: .event(try index(below: limits.events, "event")))
        case 1: return Condition(kind: kind, target: .prospect(try index(below: limits.prospects, "prospect")))
        case 2: return Condition(kind: kind, target: .exercise(try index(below: limits.clauses, "clause")))
        case let other: throw Self.damaged("condition target \(other)")
        }
    }
}

extension Clause {
    /// What a clause record of a compiled file that no longer reads reads as: the first of everything.
    static let damaged = Clause(id: 0, agreement: 0, modality: .right, holder: 0, counterparty: nil, action: nil,
                                objects: 0..<0, onAssets: 0..<0, usingAssets: 0..<0, exclusive: nil, start: 0,
                                end: ClauseEnd(stated: .none, cut: nil), conditions: 0..<0, amounts: 0..<0,
                                ending: nil, citation: nil, note: nil, location: nil)
}

extension Condition {
    /// What a condition record of a compiled file that no longer reads reads as.
    static let damaged = Condition(kind: .if, target: .exercise(0))
}
