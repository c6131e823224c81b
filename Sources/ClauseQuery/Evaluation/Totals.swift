/// The sums of the amounts of an answer's clauses, per currency: what is committed for sure and at
/// most over every reading the source allows. A replaced clause and its replacement are one
/// commitment, never added together.
package struct Totals: Sendable, Hashable {
    /// One currency's sum: of lump sums, or of rates due every `period` when asked at a day.
    package struct Sum: Sendable, Hashable {
        package var currency: String
        /// Nil for lump sums; the period of the rates summed otherwise.
        package var period: AmountPeriod?
        /// In cents: the least the clauses commit to in every reading.
        package var sure: Int
        /// In cents: the most they may commit to; nil when unbounded (a floor, or a cap not stated).
        package var atMost: Int?
        /// The clauses summed, by index, in answer order.
        package var parts: [Int32]
    }

    /// The sums, lump sums first, each currency in alphabetical order.
    package var sums: [Sum] = []
    /// Clauses with recurring amounts asked about over more than a day: rates, listed and not summed.
    package var rates: [Int32] = []
    /// Clauses whose amount has no figure: any sum, in any currency, so every sum is unbounded.
    package var unstated: [Int32] = []
    /// How many of the answer's clauses have no amount; they are not part of the total.
    package var withoutAmount = 0
}

extension Evaluator {
    /// The totals of the clauses of `rows` in the scope's time.
    func totals(_ rows: [AnswerRow], _ scope: Scope) -> Totals {
        var totals = Totals()
        let atADay = scope.window.firstDay == scope.window.lastDay
        var seen: Set<Int32> = []
        var parts: [AnswerRow] = []
        for row in rows where row.certainty != .doesNotHold && seen.insert(row.entity.index).inserted {
            let amounts = kb.amounts(of: kb.clauses[Int(row.entity.index)])
            if amounts.isEmpty {
                totals.withoutAmount += 1
            } else if amounts.allSatisfy({ $0.money == nil }) {
                totals.unstated.append(row.entity.index)
            } else if !atADay, amounts.contains(where: { $0.period != nil }) {
                totals.rates.append(row.entity.index)
            } else {
                parts.append(row)
            }
        }
        var sums: [Key: Totals.Sum] = [:]
        for group in commitments(parts) {
            let bounds = group.map { Bounds(kb.amounts(of: kb.clauses[Int($0.entity.index)])) }
            let keys = Set(bounds.flatMap(\.byKey.keys))
            let surelyOne = group.contains { $0.certainty == .holds } || chainSurelyHolds(group, scope)
            for key in keys {
                var sum = sums[key] ?? Totals.Sum(currency: key.currency, period: key.period, sure: 0, atMost: 0, parts: [])
                let members = zip(group, bounds).compactMap { row, bound in bound.byKey[key].map { (row, $0) } }
                if surelyOne && members.count == group.count, let least = members.map(\.1.low).min() {
                    sum.sure = Totals.add(sum.sure, least) ?? Int.max
                }
                let most = members.map(\.1.high).reduce(Int?.some(0)) { result, high in
                    guard let result, let high else { return nil }
                    return Swift.max(result, high)
                }
                sum.atMost = sum.atMost.flatMap { total in most.flatMap { Totals.add(total, $0) } }
                sum.parts += members.map(\.0.entity.index)
                sums[key] = sum
            }
        }
        if !totals.unstated.isEmpty { for key in sums.keys { sums[key]?.atMost = nil } }
        totals.sums = sums.values.sorted { ($0.period != nil ? 1 : 0, $0.currency) < ($1.period != nil ? 1 : 0, $1.currency) }
        return totals
    }

    /// How many of `rows` hold, over the shared unknowns: at least and at most. A clause and its
    /// replacement never hold on the same day, so on one day (or throughout a period) a chain of
    /// replacements counts once, and surely when one of its clauses holds on every such day.
    func count(_ rows: [AnswerRow], _ scope: Scope) -> (least: Int, most: Int) {
        var least = 0, most = 0
        for group in commitments(rows) {
            let holding = group.filter { $0.certainty == .holds }.count
            if scope.window.relation == .covers {
                least += holding > 0 || chainSurelyHolds(group, scope) ? 1 : 0
                most += 1
            } else {
                least += holding > 0 ? holding : chainSurelyHolds(group, scope) ? 1 : 0
                most += group.count
            }
        }
        return (least, most)
    }

    /// The rows grouped by replacement: a clause and the clauses that replaced it, one after another,
    /// are one commitment.
    private func commitments(_ rows: [AnswerRow]) -> [[AnswerRow]] {
        let position = Dictionary(rows.enumerated().map { ($1.entity.index, $0) }, uniquingKeysWith: { first, _ in first })
        var group = Array(rows.indices)
        func root(_ index: Int) -> Int { group[index] == index ? index : root(group[index]) }
        for (index, row) in rows.enumerated() {
            guard let ending = kb.clauses[Int(row.entity.index)].ending, ending.kind == .replaced,
                  case .clause(let next) = ending.cause, let other = position[next] else { continue }
            group[root(other)] = root(index)
        }
        return Dictionary(grouping: rows.indices, by: root).values.sorted { $0[0] < $1[0] }.map { $0.map { rows[$0] } }
    }

    /// Whether one clause of a replacement chain surely holds in the scope's time, though none may alone.
    private func chainSurelyHolds(_ group: [AnswerRow], _ scope: Scope) -> Bool {
        guard group.count > 1 else { return false }
        let window = scope.window
        if window.relation == .covers { return unionCovers(group, scope, validityOnly: false) == .holds }
        return unionDays(group, validityOnly: false).sure.contains { $0.overlaps(window.firstDay...window.lastDay) }
    }
}

extension Totals.Sum {
    /// "$100B to $138B", "$100B", "$0 to unbounded", "€100K per year": a sum as expectations and
    /// answers write it.
    package static func text(sure: Money, atMost: Money?, period: AmountPeriod?) -> String {
        var text = sure.text
        if atMost != sure { text += " to " + (atMost?.text ?? "unbounded") }
        return text + (period.map { " per \($0.rawValue)" } ?? "")
    }

    /// This sum as answers write it.
    package var text: String {
        Totals.Sum.text(sure: Money(currency: currency, cents: sure), atMost: atMost.map { Money(currency: currency, cents: $0) },
                        period: period)
    }
}

extension Totals {
    /// `a + b`, or nil when it overflows.
    static func add(_ a: Int, _ b: Int) -> Int? {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? nil : sum
    }
}

/// A currency and a period: what amounts must share to be added.
private struct Key: Hashable {
    var currency: String
    var period: AmountPeriod?
}

/// The least and most one clause's amounts commit to, per currency and period: an exact figure
/// bounds both ways, a floor from below, a cap from above.
private struct Bounds {
    var byKey: [Key: (low: Int, high: Int?)] = [:]

    init(_ amounts: [Amount]) {
        for amount in amounts {
            guard let money = amount.money else { continue }
            let key = Key(currency: money.currency, period: amount.period)
            var bound = byKey[key] ?? (0, nil)
            switch amount.kind {
            case .exactly:
                bound.low = Swift.max(bound.low, money.cents)
                bound.high = Swift.min(bound.high ?? money.cents, money.cents)
            case .atLeast: bound.low = Swift.max(bound.low, money.cents)
            case .cap: bound.high = Swift.min(bound.high ?? money.cents, money.cents)
            }
            byKey[key] = bound
        }
    }
}
