/// The sentence that says why a row of an answer has its certainty: the bound, condition, party
/// or rule that decided it.
struct Verdicts {
    let kb: KnowledgeBase
    let answer: Answer

    var period: String { answer.period ?? "at any time" }

    /// "holds in 2031: …", "may hold in 2031: its end is not stated", "does not hold in 2040: it ends in 2032, before 2040".
    func verdict(_ row: AnswerRow, _ clause: Clause) -> String {
        let head = "\(row.certainty.phrase) \(period)"
        if !row.isHeldByAskedParty, let party = answer.party {
            let holder = kb.partyID(ClauseView(row.entity.index, in: kb, derivation: row.derivation).holder)
            return "does not hold for \(kb.partyID(party)): it is held by \(holder), which is neither \(kb.partyID(party)) "
                + "nor one of its parts"
        }
        let interval = DayInterval(from: clause.from, until: clause.until, assumption: answer.assumption)
        let conditions = conditionWords(row)
        switch row.certainty {
        case .holds:
            var text = "\(head): its validity \(span(clause)) \(answer.window.relation == .covers ? "covers" : "overlaps") that period"
            if let conditions { text += ", and \(conditions) holds for it" }
            return text
        case .doesNotHold:
            if row.timing == .doesNotHold { return "\(head): \(excluded(interval, clause))" }
            return "\(head): \(conditions ?? "a condition asked about") does not hold for it"
        case .mayHold:
            var reasons: [String] = []
            if row.timing == .mayHold { reasons.append(uncertain(clause)) }
            if row.condition == .mayHold {
                reasons.append("the source does not say whether \(conditions ?? "a condition asked about") holds for it")
            }
            return "\(head): " + reasons.joined(separator: ", and ")
        }
    }

    /// The predicates that decided the row's condition, as written: "'exclusive'".
    private func conditionWords(_ row: AnswerRow) -> String? {
        guard row.condition != nil else { return nil }
        let view = ClauseView(row.entity.index, in: kb, derivation: row.derivation)
        let wanted = row.condition ?? .holds
        let deciding = answer.conditions.filter { $0.test(view, kb: kb) == wanted }
            .flatMap { $0.deciding { $0.test(view, kb: kb) } }
        guard !deciding.isEmpty else { return nil }
        return deciding.map { "'\($0)'" }.joinedAsList()
    }

    /// Which bound puts the validity outside the question's time.
    private func excluded(_ interval: DayInterval, _ clause: Clause) -> String {
        let window = answer.window
        let ending = endingWords(clause)
        if window.relation == .overlaps {
            if interval.earliestStart > window.lastDay { return "it starts \(when(clause.from)), after that period ends" }
            return "it ends \(when(clause.until))\(ending), before that period begins"
        }
        if interval.earliestStart > window.firstDay { return "it starts \(when(clause.from)), after that period begins" }
        return "it ends \(when(clause.until))\(ending), before that period ends"
    }

    /// Why the dates alone leave the answer open.
    private func uncertain(_ clause: Clause) -> String {
        var reasons: [String] = []
        if clause.from == .unknown { reasons.append("its start is not stated in the source") }
        if clause.until == .unknown { reasons.append("its end is not stated in the source") }
        if reasons.isEmpty { reasons.append("its dates \(span(clause)) are not precise enough to say") }
        return reasons.joined(separator: " and ")
    }

    /// For a changes row: which start or end changed, and what replaced it or what it replaced.
    func change(_ row: AnswerRow, _ clause: Clause) -> String {
        guard let periods = answer.periods, let change = row.change else { return verdict(row, clause) }
        let (first, second) = (periods.first.date, periods.second.date)
        let sure = row.certainty == .holds
        var text: String
        switch change {
        case .ended:
            text = sure ? "ended between \(first) and \(second): in force in \(first), it ends \(when(clause.until))"
                : "may have ended between \(first) and \(second): \(row.timing == .mayHold ? uncertain(clause) : "a condition asked about is not stated")"
            text += endingWords(clause)
        case .started:
            text = sure ? "started between \(first) and \(second): it starts \(when(clause.from)), after \(first)"
                : "may have started between \(first) and \(second): \(row.timing == .mayHold ? uncertain(clause) : "a condition asked about is not stated")"
            let replaced = kb.clauses.indices.filter { index in
                guard let ending = kb.clauses[index].ending, case .clause(let next) = ending.cause else { return false }
                return next == row.entity.index
            }
            if !replaced.isEmpty {
                text += "; it replaced " + replaced.map { kb.id(of: kb.clauses[$0]) }.joinedAsList()
            }
        }
        if row.isAssumed { text += "; this rests on the assumption that unknown ends continue" }
        return text
    }

    /// " (replaced by ModelAccess)" for a clause that was ended by something else.
    private func endingWords(_ clause: Clause) -> String {
        guard let ending = clause.ending else { return "" }
        return " (\(ending.kind.rawValue) by \(kb.name(of: ending.cause)))"
    }

    private func when(_ bound: Bound) -> String {
        switch bound {
        case .known(let date): return "\(date.precision == .day ? "on" : "in") \(date)"
        case .unknown: return "on a day the source does not give"
        case .open: return "never"
        }
    }

    private func span(_ clause: Clause) -> String {
        "(\(kb.text(clause.from)) to \(kb.text(clause.until)))"
    }
}
