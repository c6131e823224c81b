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
            let holder = ClauseView(row.entity.index, in: kb, derivation: row.derivation).holder.map { kb.partyID($0) } ?? "no party"
            return "does not hold for \(kb.partyID(party)): it is held by \(holder), which is neither \(kb.partyID(party)) "
                + "nor one of its parts"
        }
        let conditions = conditionWords(row)
        let rules = kb.conditions(of: clause).map { kb.text($0) }
        switch row.certainty {
        case .holds:
            var text = "\(head): in force from \(start(clause).text) to \(end(clause).text), which "
                + "\(answer.window.relation == .covers ? "covers" : "overlaps") that period"
            if !rules.isEmpty && !answer.asksValidity { text += ", and \(rules.joined(separator: ", ")) is met by then" }
            if let conditions { text += ", and \(conditions) holds for it" }
            return text
        case .doesNotHold:
            if row.validity == .doesNotHold { return "\(head): \(excluded(clause))" }
            if row.timing == .doesNotHold {
                return "\(head): in force then, but \(rules.joined(separator: ", ")) cannot be met in that period"
            }
            return "\(head): \(conditions ?? "a condition asked about") does not hold for it"
        case .mayHold:
            var reasons: [String] = []
            if row.validity == .mayHold { reasons += uncertain(clause) }
            if row.timing == .mayHold && !answer.asksValidity {
                reasons += kb.conditions(of: clause).map { condition in
                    switch condition.target {
                    case .event(let instant):
                        return "\(kb.text(condition)), which happens \(kb.instants[Int(instant)].phrase)"
                    case .prospect:
                        return "\(kb.text(condition)): a prospect, which may never happen"
                    case .exercise(let power):
                        return "\(kb.text(condition)): \(kb.exerciseStatus(of: power))"
                    }
                }
            }
            if row.condition == .mayHold {
                reasons.append("the source does not say whether \(conditions ?? "a condition asked about") holds for it")
            }
            if reasons.isEmpty { reasons.append("its dates are not precise enough to say") }
            return "\(head): " + reasons.joined(separator: "; ")
        }
    }

    private func start(_ clause: Clause) -> Moment { kb.start(of: clause, assumption: answer.assumption) }
    private func end(_ clause: Clause) -> Moment { kb.end(of: clause, assumption: answer.assumption) }

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
    private func excluded(_ clause: Clause) -> String {
        let window = answer.window
        let span = kb.span(of: clause, assumption: answer.assumption)
        let edge = window.relation == .overlaps ? window.lastDay : window.firstDay
        if span.earliestStart > edge {
            return "it starts \(marked(start(clause))), after that period \(window.relation == .overlaps ? "ends" : "begins")"
        }
        return "it ends \(marked(end(clause))), before that period \(window.relation == .overlaps ? "begins" : "ends")"
    }

    /// "some day in 2026 (inferred)"; the explanation gives the reason on a line of its own.
    private func marked(_ moment: Moment) -> String {
        moment.phrase + (moment.inferred == nil ? "" : " (inferred)")
    }

    /// Why the dates alone leave the answer open: the start or end that may fall either side.
    private func uncertain(_ clause: Clause) -> [String] {
        let span = kb.span(of: clause, assumption: answer.assumption)
        let window = answer.window
        let startEdge = window.relation == .overlaps ? window.lastDay : window.firstDay
        let endEdge = window.relation == .overlaps ? window.firstDay : window.lastDay
        var reasons: [String] = []
        if span.earliestStart <= startEdge && span.latestStart > startEdge {
            let start = start(clause)
            reasons.append(start.isUnstated ? "its start is not stated in the source" : "it starts \(marked(start))")
        }
        if span.earliestEnd < endEdge && span.latestEnd >= endEdge {
            let end = end(clause)
            reasons.append(end.isUnstated ? "its end is not stated in the source" : "it ends \(marked(end))")
        }
        return reasons
    }

    /// For a changes row: which start or end changed, and what replaced it or what it replaced.
    func change(_ row: AnswerRow, _ clause: Clause) -> String {
        guard let periods = answer.periods, let change = row.change else { return verdict(row, clause) }
        let (first, second) = (periods.first.date, periods.second.date)
        let sure = row.certainty == .holds
        var text: String
        switch change {
        case .ended:
            text = "\(sure ? "" : "may have ")ended between \(first) and \(second): it ends \(marked(end(clause)))"
        case .started:
            text = "\(sure ? "" : "may have ")started between \(first) and \(second): it starts \(marked(start(clause)))"
            let replaced = Supersession.predecessors(of: row.entity.index, in: kb)
            if !replaced.isEmpty {
                text += "; it replaced " + replaced.map { kb.id(of: kb.clauses[Int($0)]) }.joinedAsList()
            }
        }
        if row.isAssumed { text += "; this rests on the assumption that unknown ends continue" }
        return text
    }

}
