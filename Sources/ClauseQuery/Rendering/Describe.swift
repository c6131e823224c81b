/// Words for knowledge-base values, shared by every renderer.
extension KnowledgeBase {

    /// "cap unstated", "exactly $38B".
    package func text(_ amount: Amount) -> String {
        amount.phrase
    }

    /// "partnership-article.txt line 15".
    package func text(_ citation: Citation) -> String {
        "\(sources[Int(citation.source)].document) line \(citation.line)"
    }

    func name(of cause: Ending.Cause) -> String {
        switch cause {
        case .clause(let index): return id(of: clauses[Int(index)])
        case .agreement(let index): return agreementID(index)
        case .event(let index): return events[Int(index)].id
        }
    }

    /// The identifier of any entity.
    package func identifier(of entity: EntityRef) -> String {
        let i = Int(entity.index)
        switch entity.kind {
        case .party: return parties[i].id
        case .asset: return assets[i].id
        case .source: return sources[i].id
        case .agreement: return agreementID(entity.index)
        case .clause: return id(of: clauses[i])
        case .event: return events[i].id
        case .prospect: return prospects[i].id
        }
    }

    /// The display name of any entity; for clauses, what it is about.
    package func displayName(of entity: EntityRef) -> String {
        let i = Int(entity.index)
        switch entity.kind {
        case .party: return parties[i].name
        case .asset: return assets[i].name
        case .source: return sources[i].title ?? sources[i].document
        case .agreement: return agreements[i].title
        case .clause: return aboutText(of: clauses[i])
        case .event: return events[i].title
        case .prospect: return prospects[i].title
        }
    }

    /// "2019", "after 2025-11", "unknown": an instant as written.
    package func text(instant index: Int32) -> String { instants[Int(index)].text }
}

extension Answer {
    /// "2 results: 1 holds, 1 may hold" and the like.
    func summary() -> String {
        let count = rows.count
        var text = count == 1 ? "1 result" : String(count) + " results"
        var holds = 0, may = 0
        for row in rows {
            if row.certainty == .holds { holds += 1 } else if row.certainty == .mayHold { may += 1 }
        }
        if case .count(let least, let most) = shape {
            text = least == most ? "\(least)" : "\(least) to \(most)"
            text += ": \(holds) \(holds == 1 ? "holds" : "hold"), \(may) may hold"
            if least != holds || most != holds + may { text += "; a clause and the one that replaced it count once" }
        } else if count > 0, shape == .clauses || isTotal {
            text += ": " + String(holds) + " holds, " + String(may) + " may hold"
        }
        if case .changes = shape, count > 0 {
            var parts: [String] = []
            for change in [Change.ended, .started] {
                let sure = rows.filter { $0.change == change && $0.certainty == .holds }.count
                if sure > 0 { parts.append("\(sure) \(change.rawValue)") }
            }
            for change in [Change.ended, .started] {
                let maybe = rows.filter { $0.change == change && $0.certainty == .mayHold }.count
                if maybe > 0 { parts.append("\(maybe) may have \(change.rawValue)") }
            }
            text += ": " + parts.joined(separator: ", ")
        }
        if let period { text += " (" + period + ")" }
        if isAssumed { text += "; assuming unknown ends continue" }
        return text
    }
}
