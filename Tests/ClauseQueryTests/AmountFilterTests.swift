import ClauseQuery
import Testing

/// Amount filters are three-valued: a cap or a floor bounds the sum without giving it.
@Suite struct AmountFilterTests {
    let kb = """
        party A. party B.
        agreement G between A and B effective 2024-01-01 {
          clause Capped: obligation of B toward A to pay amount cap $200K.
          clause Floor: obligation of B toward A to pay amount at least $100K.
          clause Exact: obligation of B toward A to pay amount exactly $150K.
          clause Unstated: obligation of B toward A to pay amount cap unknown.
        }

        """

    func ask(_ filter: String) -> String {
        summary("which obligations hold for B where \(filter)?", builtin: false, declarations: kb)
    }

    @Test func capsAndFloorsOnlyMayMeetAComparison() {
        #expect(ask("amount > $150K") == "may hold Capped; may hold Floor; may hold Unstated")
        #expect(ask("amount > $50K") == "holds Floor; holds Exact; may hold Capped; may hold Unstated")
        #expect(ask("amount > $250K") == "may hold Floor; may hold Unstated")
        #expect(ask("amount < $250K") == "holds Capped; holds Exact; may hold Floor; may hold Unstated")
        #expect(ask("amount >= $100K") == "holds Floor; holds Exact; may hold Capped; may hold Unstated")
        #expect(ask("amount = $150K") == "holds Exact; may hold Capped; may hold Floor; may hold Unstated")
        #expect(ask("amount = $50K") == "may hold Capped; may hold Unstated")
        #expect(ask("amount cap") == "holds Capped; holds Unstated")
    }
}
