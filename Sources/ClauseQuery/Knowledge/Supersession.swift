/// The rule that a clause replaced or terminated by a later clause or agreement ends the day before
/// that one takes effect: the two share that one unknown day.
enum Supersession {
    /// Sets the clause's cut to the instant its successor takes effect on, unless an `on` instant
    /// already gives it.
    static func cut(_ clause: inout Clause, in kb: KnowledgeBase) {
        guard clause.end.cut == nil, let ending = clause.ending else { return }
        switch ending.cause {
        case .agreement(let agreement): clause.end.cut = kb.agreements[Int(agreement)].effective
        case .clause(let successor):
            let start = kb.clauses[Int(successor)].start
            if start >= 0 { clause.end.cut = start }
        }
    }

    /// The clauses that end the day before `index` starts: those it replaced or whose terminating
    /// agreement is its own, sharing its start instant.
    static func predecessors(of index: Int32, in kb: KnowledgeBase) -> [Int32] {
        kb.clauses.indices.compactMap { candidate in
            guard let ending = kb.clauses[candidate].ending, case .clause(let next) = ending.cause,
                  next == index else { return nil }
            return Int32(candidate)
        }
    }
}
