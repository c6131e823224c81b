/// The rule that a clause ended by a later clause or agreement stops when that one starts.
enum Supersession {
    /// The date from which what ended the clause applies, if the knowledge base says.
    static func endingDate(of clause: Clause, in kb: KnowledgeBase) -> CalendarDate? {
        guard let ending = clause.ending else { return nil }
        if let date = ending.date { return date }
        switch ending.cause {
        case .agreement(let agreement):
            return kb.agreements[Int(agreement)].effective.date
        case .clause(let successor):
            let next = kb.clauses[Int(successor)]
            return next.from.date ?? kb.agreements[Int(next.agreement)].effective.date
        }
    }

    /// The stated end, cut back to the period before the ending date when that comes first.
    static func effectiveEnd(of clause: Clause, in kb: KnowledgeBase) -> Bound {
        guard let date = endingDate(of: clause, in: kb), let previous = date.previous else {
            return clause.statedUntil
        }
        if let stated = clause.statedUntil.date, stated.lastDay < date.firstDay { return clause.statedUntil }
        return .known(previous)
    }
}
