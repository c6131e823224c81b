/// The rule that a clause replaced or terminated by a later clause or agreement ends the day before
/// that one takes effect: the two share that one unknown day.
enum Supersession {
    /// The instant the clause's successor takes effect on, which ends it the day before: the `on`
    /// instant when one is given, else the successor clause's start or the terminating agreement's
    /// effective day.
    static func cut(of clause: Clause, in kb: KnowledgeBase) -> Int32? {
        guard clause.end.cut == nil, let ending = clause.ending else { return clause.end.cut }
        switch ending.cause {
        case .agreement(let agreement): return kb.agreements[Int(agreement)].effective
        case .clause(let successor):
            let start = kb.clauses[Int(successor)].start
            return start >= 0 ? start : nil
        case .event(let event): return kb.events[Int(event)].date
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

/// What the knowledge base records of a power's exercise: an event that exercised it, one that
/// recorded its lapse, or neither.
package enum ExerciseRecord: Sendable, Hashable {
    case exercised(event: Int32), lapsed(event: Int32), none
}

extension KnowledgeBase {
    /// What is recorded of the exercise of the power at `power` in `clauses`.
    package func exerciseRecord(of power: Int32) -> ExerciseRecord {
        guard let ending = clauses[Int(power)].ending, case .event(let event) = ending.cause else { return .none }
        return ending.kind == .exercised ? .exercised(event: event) : .lapsed(event: event)
    }
}
