/// Why a row of an answer holds: the clause, its agreement, its dates, its source and the rule applied.
package struct Explanation: Sendable, Hashable {
    /// Labelled lines, such as ("agreement", "MSOpenAI2026 …").
    package var lines: [(label: String, text: String)]

    /// Equal when the lines have the same labels and texts in the same order.
    package static func == (a: Explanation, b: Explanation) -> Bool {
        a.lines.map(\.label) == b.lines.map(\.label) && a.lines.map(\.text) == b.lines.map(\.text)
    }

    /// Hashes the labels and texts of the lines in order.
    package func hash(into hasher: inout Hasher) {
        for line in lines { hasher.combine(line.label); hasher.combine(line.text) }
    }
}

extension KnowledgeBase {
    /// The explanation of one row of `answer`.
    package func explain(_ row: AnswerRow, in answer: Answer) -> Explanation {
        let i = Int(row.entity.index)
        switch row.entity.kind {
        case .clause: return explainClause(row, answer)
        case .event:
            let event = events[i]
            var lines: [(label: String, text: String)] = [("event", "\(event.title), \(instants[Int(event.date)].phrase)")]
            if let inferred = instants[Int(event.date)].inferred { lines.append(("inferred", inferred)) }
            return Explanation(lines: lines + cited(event.citation, event.note))
        case .prospect:
            let prospect = prospects[i]
            return Explanation(lines: [("prospect", "\(prospect.title): expected, not agreed; it never holds")]
                + cited(prospect.citation, prospect.note))
        case .agreement:
            return Explanation(lines: [("agreement", describeAgreement(Int32(i)))]
                + cited(agreements[i].citation, agreements[i].note))
        default:
            return Explanation(lines: [(row.entity.kind.rawValue, displayName(of: row.entity))])
        }
    }

    private func cited(_ citation: Citation?, _ note: String?) -> [(label: String, text: String)] {
        guard let citation else { return [("source", "none cited")] }
        return [("source", text(citation) + (note.map { ": \($0)" } ?? ""))]
    }

    func describeAgreement(_ index: Int32) -> String {
        let agreement = agreements[Int(index)]
        var text = "\(agreement.id) \"\(agreement.title)\", effective \(instants[Int(agreement.effective)].phrase)"
        if let amends = agreement.amends { text += ", amends \(agreementID(amends))" }
        return text
    }

    /// "right of Microsoft against OpenAI to access OpenAI models", "term to revise the partnership terms".
    func statement(of clause: Clause) -> String {
        var text = clause.modality == .term ? "term" : "\(clause.modality.rawValue) of \(partyID(clause.holder))"
        if let counterparty = clause.counterparty {
            let preposition = clause.modality.isDuty ? "toward" : clause.modality == .power ? "over" : "against"
            text += " \(preposition) \(partyID(counterparty))"
        }
        let about = aboutText(of: clause)
        if !about.isEmpty { text += " to \(about)" }
        return text
    }

    private func explainClause(_ row: AnswerRow, _ answer: Answer) -> Explanation {
        let clause = clauses[Int(row.entity.index)]
        let id = self.id(of: clause)
        var lines: [(label: String, text: String)] = [("clause", "\(id): \(statement(of: clause))")]
        if let rule = row.derivation, let counterparty = clause.counterparty {
            let view = ClauseView(row.entity.index, in: self, derivation: rule)
            lines.append(("derived", "\(partyID(counterparty)) holds the correlative \(view.modality.rawValue): the "
                          + "\(clause.modality.rawValue) \(id) of \(partyID(clause.holder)) "
                          + "\(clause.modality.isDuty ? "toward" : clause.modality == .power ? "over" : "against") "
                          + "\(partyID(counterparty)) "
                          + "(rule \(rule.rawValue))"))
        }
        if let via = row.via, let parent = parties[Int(via)].parent {
            lines.append(("via", "\(partyID(via)) is part of \(partyID(parent))"))
        }
        lines.append(("agreement", describeAgreement(clause.agreement)))
        lines += validity(of: clause, assumption: answer.assumption)
        if let ending = clause.ending {
            lines.append(("ended", "\(ending.kind.rawValue) by \(name(of: ending.cause))"))
        }
        for condition in conditions(of: clause) {
            lines.append(("condition", describe(condition)))
        }
        var terms: [String] = []
        if let exclusive = clause.exclusive { terms.append(exclusive ? "exclusive" : "not exclusive") }
        terms += amounts(of: clause).map(text)
        if !terms.isEmpty { lines.append(("terms", terms.joined(separator: ", "))) }
        lines.append(("verdict", verdict(row, clause, answer)))
        return Explanation(lines: lines + cited(clause.citation, note(of: clause)))
    }

    /// "starts some day in 2026; ends some day in 2032", with what is inferred and what is not given.
    func validity(of clause: Clause, assumption: UnknownEndAssumption = .unknown) -> [(label: String, text: String)] {
        let start = self.start(of: clause, assumption: assumption)
        let end = self.end(of: clause, assumption: assumption)
        var lines: [(label: String, text: String)] = []
        lines.append(("starts", start.isOpen ? "explicitly since always" : start.phrase))
        lines.append(("ends", end.isOpen ? (assumption == .continue && end.isUnstated ? end.phrase : "explicitly never") : end.phrase))
        for (what, moment) in [("start", start), ("end", end)] {
            if let inferred = moment.inferred { lines.append(("inferred", "\(what): \(inferred)")) }
        }
        return lines
    }

    /// "if OpenAIAchievesAGI: a prospect, which may never happen", "unless X: an event, some day in 2026".
    func describe(_ condition: Condition) -> String {
        switch condition.target {
        case .event(let instant):
            return "\(text(condition)): it holds only \(condition.kind == .if ? "once" : "until") that event happens, "
                + instants[Int(instant)].phrase
        case .prospect(let index):
            return "\(text(condition)): \(prospects[Int(index)].title), a prospect: expected, not agreed, it may never "
                + "happen, so the clause never holds for sure"
        case .exercise(let power):
            return "\(text(condition)): it holds only \(condition.kind == .if ? "once" : "until") the option "
                + "\(id(of: clauses[Int(power)])) is exercised; \(exerciseStatus(of: power))"
        }
    }

    private func verdict(_ row: AnswerRow, _ clause: Clause, _ answer: Answer) -> String {
        if row.change != nil { return Verdicts(kb: self, answer: answer).change(row, clause) }
        var text = Verdicts(kb: self, answer: answer).verdict(row, clause)
        if row.isAssumed { text += "; this rests on the assumption that unknown ends continue" }
        return text
    }
}
