/// The few words a table gives a may-hold row: which part of the clause the source leaves open.
enum Reasons {
    /// "end not stated", "ended 2026, day not stated", "conditional on OpenAIAchievesAGI",
    /// "'exclusive' not stated"; several joined by "; ".
    /// `span`, `start` and `end` are the clause's validity span, start and end under the answer's assumption.
    static func short(_ row: AnswerRow, _ clause: Clause, span: ValiditySpan, start: Moment, end: Moment,
                      _ answer: Answer, _ kb: KnowledgeBase) -> String? {
        var reasons: [String] = []
        if let change = row.change {
            if change == .started {
                return start.isUnstated ? "start not stated" : "starts \(start.text), day not stated"
            }
            return end.isUnstated ? "end not stated" : "ends \(end.text), day not stated"
        }
        if row.validity == .mayHold {
            let window = answer.window
            let startEdge = window.relation == .overlaps ? window.lastDay : window.firstDay
            let endEdge = window.relation == .overlaps ? window.firstDay : window.lastDay
            if span.earliestStart <= startEdge && span.latestStart > startEdge {
                reasons.append(start.isUnstated ? "start not stated" : "starts \(start.text), day not stated")
            }
            if span.earliestEnd < endEdge && span.latestEnd >= endEdge {
                if end.isUnstated {
                    reasons.append("end not stated")
                } else if let cut = clause.end.cut, kb.endDecider(of: clause) == .cut {
                    reasons.append("ended \(kb.instants[Int(cut)].text), day not stated")
                } else {
                    reasons.append("ends \(end.text), day not stated")
                }
            }
        }
        if row.timing == .mayHold && row.validity != .mayHold || row.validity == .mayHold && reasons.isEmpty {
            let conditions = kb.conditions(of: clause).map { kb.text($0) }
            if !conditions.isEmpty { reasons.append("conditional: " + conditions.joined(separator: ", ")) }
        }
        if row.condition == .mayHold {
            let view = ClauseView(row.entity.index, in: kb, derivation: row.derivation)
            let words = answer.conditions.filter { $0.test(view, kb: kb) == .mayHold }
                .flatMap { $0.deciding { $0.test(view, kb: kb) } }
            reasons.append((words.isEmpty ? "a condition asked about" : words.map { "'\($0)'" }.joined(separator: ", "))
                           + " not stated")
        }
        if reasons.isEmpty && row.validity == .mayHold { reasons.append("dates not precise enough") }
        return reasons.isEmpty ? nil : reasons.joined(separator: "; ")
    }
}

extension KnowledgeBase {
    /// "if OpenAIAchievesAGI", "unless Renegotiation".
    package func text(_ condition: Condition) -> String {
        switch condition.target {
        case .event(let instant):
            let name = events.first { $0.date == instant }?.id ?? instants[Int(instant)].text
            return "\(condition.kind.rawValue) \(name)"
        case .prospect(let index): return "\(condition.kind.rawValue) \(prospects[Int(index)].id)"
        case .exercise(let power): return "\(condition.kind.rawValue) exercised \(id(of: clauses[Int(power)]))"
        }
    }

    /// What the source records of a power's exercise: "exercised by RenewalNotice, some day from …";
    /// "lapsed unexercised (RenewalLapse, on …)"; "no exercise recorded: it may be exercised from …, or never".
    package func exerciseStatus(of power: Int32) -> String {
        func when(_ event: Int32) -> String {
            let day = instants[Int(events[Int(event)].date)]
            return Moment.rangePhrase(day.earliest, day.latest)
        }
        switch exerciseRecord(of: power) {
        case .exercised(let event): return "exercised by \(events[Int(event)].id), \(when(event))"
        case .lapsed(let event): return "lapsed unexercised (\(events[Int(event)].id), \(when(event))), so it never will be"
        case .none: break
        }
        let window = span(of: clauses[Int(power)], assumption: .unknown)
        let opens = Days.date(window.earliestStart).map { "from \($0) on" } ?? "any day"
        return "no exercise recorded: it may be exercised \(opens), or never"
    }
}
