/// The words of a total, under the rows it sums: per currency, what is committed for sure and at
/// most, the parts, and what a total does not say.
extension Totals {
    /// The lines a table prints after a total's rows, each without its newline.
    func lines(_ answer: Answer, _ kb: KnowledgeBase) -> [String] {
        let when = answer.period ?? "at any time"
        var lines: [String] = []
        if sums.isEmpty && rates.isEmpty && unstated.isEmpty {
            lines.append("no amounts to total \(when)")
        }
        if !sums.isEmpty {
            lines.append("total of the commitments in force \(when), per currency (not amounts falling due \(when)):")
            for sum in sums {
                let parts = sum.parts.map { part(kb, $0, answer) }.joined(separator: ", ")
                lines.append("  \(Totals.phrase(sum)): \(parts)")
            }
            if sums.contains(where: { $0.parts.count > 1 }) {
                lines.append("the knowledge base does not say whether these commitments overlap")
            }
        }
        if !rates.isEmpty {
            lines.append("rates are summed only at a day (ask 'at' a date): "
                         + rates.map { rate(kb, $0) }.joined(separator: ", "))
        }
        if !unstated.isEmpty {
            lines.append("figure not stated, so no sum has an upper bound: " + unstated.map { part(kb, $0, answer) }.joined(separator: ", "))
        }
        if withoutAmount > 0 {
            lines.append("\(withoutAmount) clause\(withoutAmount == 1 ? " has" : "s have") no amount and \(withoutAmount == 1 ? "is" : "are") not part of the total")
        }
        return lines
    }

    /// "$100B for sure, up to $138B", "€100K per year for sure", "$0 for sure, with no upper bound".
    static func phrase(_ sum: Sum) -> String {
        let per = sum.period.map { " per \($0.rawValue)" } ?? ""
        let sure = Money(currency: sum.currency, cents: sum.sure).text + per + " for sure"
        guard let most = sum.atMost else { return sure + ", with no upper bound" }
        return most == sum.sure ? sure : sure + ", up to " + Money(currency: sum.currency, cents: most).text + per
    }

    /// "Spend100B (exactly $100B)", "Commitment38B (exactly $38B, may hold)".
    private func part(_ kb: KnowledgeBase, _ index: Int32, _ answer: Answer) -> String {
        let clause = kb.clauses[Int(index)]
        var words = kb.amounts(of: clause).map(\.phrase)
        if answer.rows.first(where: { $0.entity.index == index })?.certainty == .mayHold { words.append("may hold") }
        return "\(kb.id(of: clause)) (\(words.joined(separator: ", ")))"
    }

    /// "Fee (exactly €120,000 per year, 2026-02-01 to day before 2027-04-01)".
    private func rate(_ kb: KnowledgeBase, _ index: Int32) -> String {
        let clause = kb.clauses[Int(index)]
        let amounts = kb.amounts(of: clause).map(\.phrase).joined(separator: ", ")
        return "\(kb.id(of: clause)) (\(amounts), \(kb.instants[Int(clause.start)].text) to \(kb.endText(of: clause)))"
    }
}
