@testable import ClauseQuery
import PropertyBased
import Testing

/// The orders the evaluator puts rows and clause indexes in, without comparison sorts, are those a stable
/// sort gives.
@Suite struct RowOrderTests {
    @Test func rowsOrderedByRankAreStablySorted() async {
        await propertyCheck(count: 500, input: Gen.int(in: -1...6).array(of: 0...60)) { ranks in
            let rows = Array(ranks.enumerated())
            let ordered = Evaluator.ordered(rows, ranks: 6) { $0.element }
            let expected = rows.sorted { a, b in
                let (rankA, rankB) = (min(max(a.element, 0), 5), min(max(b.element, 0), 5))
                return rankA != rankB ? rankA < rankB : a.offset < b.offset
            }
            #expect(ordered.map(\.offset) == expected.map(\.offset), "\(ranks)")
        }
    }

    @Test func clauseIndexesAreInDeclarationOrderHolderFirst() async {
        // Two runs, as one party's clauses as holder and as counterparty are, or any list at all.
        await propertyCheck(count: 500, input: Gen.int(in: 0...40).array(of: 0...50)) { picks in
            guard let choice = picks.first else { return }
            let rest = picks.dropFirst()
            var indexes: [(Int32, Bool)]
            if choice % 3 == 0 {
                indexes = rest.map { (Int32($0), $0 % 2 == 0) }
            } else {
                let split = rest.count / 2
                let holder = Set(rest.prefix(split)).sorted().map { (Int32($0), true) }
                let counterparty = Set(rest.dropFirst(split)).sorted().map { (Int32($0), false) }
                indexes = holder + counterparty
            }
            var expected = indexes
            expected.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 && !$1.1 }
            Evaluator.sortInDeclarationOrder(&indexes)
            #expect(indexes.map(\.0) == expected.map(\.0), "\(picks)")
            #expect(indexes.map(\.1) == expected.map(\.1), "\(picks)")
        }
    }
}
