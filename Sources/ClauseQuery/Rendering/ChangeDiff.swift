/// A changes answer read as a diff: per agreement, the clauses that started, that ended, and those
/// replaced (old → new, with the fields that differ), each with its certainty.
package struct ChangeDiff {
    /// What happened to a clause between the two periods.
    package enum Kind: String, Sendable { case replaced, ended, started }

    /// One change: a clause that started or ended, or one that replaced another.
    package struct Entry {
        package var kind: Kind
        /// The lesser certainty of the rows behind it: a replacement is certain when both its end and
        /// its start are.
        package var certainty: Certainty
        /// The clause that started or ended; for a replacement, the new clause.
        package var row: ResultRow
        /// For a replacement, the clause it replaced.
        package var old: ResultRow?
        /// For a replacement, the fields that differ, as written in each.
        package var differences: [(field: String, old: String, new: String)] = []
    }

    /// The changes of one agreement: the new clause's agreement for a replacement.
    package struct Group {
        package var agreement: String
        package var entries: [Entry]
    }

    package var groups: [Group] = []

    /// The diff of a changes answer: an ended row and the started row of the clause that replaced it
    /// become one replacement; the rest stay as they are. Groups follow the answer's order.
    package init(_ answer: borrowing Answer, _ kb: borrowing KnowledgeBase) {
        let rows = answer.rows
        var used: Set<Int> = []
        var entries: [Entry] = []
        entries.reserveCapacity(rows.count)
        // Where each clause's started rows are, in order: an answer may have many thousands.
        var started: [Int32: [Int]] = [:]
        for (index, row) in rows.enumerated() where row.change == .started { started[row.entity.index, default: []].append(index) }
        for (index, row) in rows.enumerated() where row.change == .ended {
            guard let ending = kb.clauses[Int(row.entity.index)].ending, ending.kind == .replaced,
                  case .clause(let next) = ending.cause,
                  let partner = started[next]?.first(where: { other in
                      rows[other].derivation == row.derivation && !used.contains(other)
                  }) else { continue }
            used.formUnion([index, partner])
            let old = ResultRow(row, kb, in: answer), new = ResultRow(rows[partner], kb, in: answer)
            entries.append(Entry(kind: .replaced, certainty: min(row.certainty, rows[partner].certainty), row: new,
                                 old: old, differences: ChangeDiff.differences(old, new)))
        }
        for (index, row) in rows.enumerated() where !used.contains(index) {
            entries.append(Entry(kind: row.change == .ended ? .ended : .started, certainty: row.certainty,
                                 row: ResultRow(row, kb, in: answer)))
        }
        var groupOf: [String: Int] = [:]
        for entry in entries {
            let agreement = entry.row.agreement ?? ""
            if let position = groupOf[agreement] {
                groups[position].entries.append(entry)
            } else {
                groupOf[agreement] = groups.count
                groups.append(Group(agreement: agreement, entries: [entry]))
            }
        }
    }

    /// The fields of two rows that differ, in reading order.
    static func differences(_ old: ResultRow, _ new: ResultRow) -> [(field: String, old: String, new: String)] {
        func exclusivity(_ row: ResultRow) -> String {
            row.exclusive.map { $0 ? "exclusive" : "not exclusive" } ?? "exclusivity not stated"
        }
        let fields: [(String, (ResultRow) -> String)] = [
            ("modality", { $0.modality?.rawValue ?? "" }), ("holder", { $0.holder ?? "" }),
            ("counterparty", { $0.counterparty ?? "" }), ("about", \.about), ("exclusive", exclusivity),
            ("amounts", { $0.amounts.map(\.phrase).joined(separator: ", ") }),
            ("conditions", { $0.conditions.joined(separator: ", ") }),
            ("from", { $0.from ?? "" }), ("until", { $0.until ?? "" }), ("agreement", { $0.agreement ?? "" }),
        ]
        return fields.compactMap { name, value in
            let (before, after) = (value(old), value(new))
            return before == after ? nil : (name, before.isEmpty ? "none" : before, after.isEmpty ? "none" : after)
        }
    }

    /// "2 replaced, 1 ended, 3 started, 2 may have started", "1 may have been replaced".
    package var summary: String {
        var parts: [String] = []
        let kinds = [Kind.replaced, .ended, .started]
        var counts: [Certainty: [Int]] = [.holds: [0, 0, 0], .mayHold: [0, 0, 0]]
        for group in groups {
            for entry in group.entries {
                if let kind = kinds.firstIndex(of: entry.kind) { counts[entry.certainty]?[kind] += 1 }
            }
        }
        for certainty in [Certainty.holds, .mayHold] {
            for (position, kind) in kinds.enumerated() {
                let count = counts[certainty]?[position] ?? 0
                guard count > 0 else { continue }
                let verb = kind == .replaced && certainty == .mayHold ? "been replaced" : kind.rawValue
                parts.append("\(count) \(certainty == .holds ? "" : "may have ")\(verb)")
            }
        }
        return parts.joined(separator: ", ")
    }
}
