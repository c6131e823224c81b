/// How conditions are written into a compiled knowledge base and read back, and what a record that does
/// not read reads as (clauses and instants have fixed layouts: see `FixedRecords`).
extension SnapshotWriter {
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

extension Agreement {
    /// What an agreement of a compiled file that no longer reads reads as.
    static let damaged = Agreement(id: "", title: "", parties: [], effective: 0, amends: nil, citation: nil, note: nil,
                                   location: nil, clauses: 0..<0)
}

extension Condition {
    /// What a condition record of a compiled file that no longer reads reads as.
    static let damaged = Condition(kind: .if, target: .exercise(0))
}
