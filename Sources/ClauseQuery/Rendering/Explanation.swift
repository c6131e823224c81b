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
            return Explanation(lines: [("event", "\(event.title), \(text(event.date))")]
                + cited(event.citation, event.note))
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
        var text = "\(agreement.id) \"\(agreement.title)\", effective \(self.text(agreement.effective))"
        if let amends = agreement.amends { text += ", amends \(agreements[Int(amends)].id)" }
        return text
    }

    /// "right of Microsoft against OpenAI to access OpenAI models".
    func statement(of clause: Clause) -> String {
        var text = "\(clause.modality.rawValue) of \(partyID(clause.holder))"
        if let counterparty = clause.counterparty {
            text += " \(clause.modality == .obligation || clause.modality == .prohibition ? "toward" : "against") \(partyID(counterparty))"
        }
        let about = aboutText(of: clause)
        if !about.isEmpty { text += " to \(about)" }
        return text
    }

    private func explainClause(_ row: AnswerRow, _ answer: Answer) -> Explanation {
        let clause = clauses[Int(row.entity.index)]
        let id = self.id(of: clause)
        var lines: [(label: String, text: String)] = [("clause", "\(id): \(statement(of: clause))")]
        if row.derivation != nil, let counterparty = clause.counterparty {
            let rule = row.derivation == .correlativeOfObligation ? "obligation" : "prohibition"
            lines.append(("derived", "\(partyID(counterparty)) holds the correlative right: the \(rule) \(id) of "
                          + "\(partyID(clause.holder)) toward \(partyID(counterparty)) is a right of "
                          + "\(partyID(counterparty)) against \(partyID(clause.holder)) (rule \(row.derivation?.rawValue ?? ""))"))
        }
        if let via = row.via, let parent = parties[Int(via)].parent {
            lines.append(("via", "\(partyID(via)) is part of \(partyID(parent))"))
        }
        lines.append(("agreement", describeAgreement(clause.agreement)))
        lines.append(("valid", validity(of: clause)))
        if let ending = clause.ending {
            var text = "\(ending.kind.rawValue) by \(name(of: ending.cause))"
            if let date = Supersession.endingDate(of: clause, in: self) {
                text += " from \(date), so it runs until the end of \(self.text(clause.until))"
            } else {
                text += " on a date the source does not give"
            }
            lines.append(("ended", text))
        }
        var terms: [String] = []
        if let exclusive = clause.exclusive { terms.append(exclusive ? "exclusive" : "not exclusive") }
        terms += amounts(of: clause).map(text)
        if !terms.isEmpty { lines.append(("terms", terms.joined(separator: ", "))) }
        lines.append(("verdict", verdict(row, clause, answer)))
        return Explanation(lines: lines + cited(clause.citation, note(of: clause)))
    }

    /// "from 2026 until 2032", with what unknown and open bounds mean.
    func validity(of clause: Clause) -> String {
        var text = "from \(self.text(clause.from)) until \(self.text(clause.until))"
        var remarks: [String] = []
        if clause.from == .unknown { remarks.append("the source does not give the start") }
        if clause.until == .unknown { remarks.append("the source does not give the end") }
        if clause.until == .open { remarks.append("explicitly without end") }
        if !remarks.isEmpty { text += " (" + remarks.joined(separator: "; ") + ")" }
        return text
    }

    private func verdict(_ row: AnswerRow, _ clause: Clause, _ answer: Answer) -> String {
        if row.change != nil { return Verdicts(kb: self, answer: answer).change(row, clause) }
        var text = Verdicts(kb: self, answer: answer).verdict(row, clause)
        if row.isAssumed { text += "; this rests on the assumption that unknown ends continue" }
        return text
    }

    private func span(_ clause: Clause) -> String {
        "(\(text(clause.from)) to \(text(clause.until)))"
    }
}
