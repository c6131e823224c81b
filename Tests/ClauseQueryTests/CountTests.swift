import ClauseQuery
import Testing

/// `how many KIND hold …`: a range, from the rows that hold for sure to those that may (DESIGN §4).
@Suite struct CountTests {
    func table(_ question: String) throws -> String {
        var session = Session.builtin()
        return TableRenderer().render(try session.ask(question), knowledgeBase: session.knowledgeBase)
    }

    @Test func aCountIsARange() throws {
        #expect(try table("how many rights hold for Microsoft in 2031?").hasSuffix("1 to 2: 1 holds, 1 may hold (in 2031)\n"))
        #expect(try table("how many obligations does OpenAI have in 2028?").hasSuffix("3 to 5: 3 hold, 2 may hold (in 2028)\n"))
        #expect(try table("how many rights hold for Google in 2031?") == "0 (in 2031)\n")
        #expect(summary("how many rights hold for Microsoft in 2031?") == "holds ModelAccess; may hold AzureMainHost")
    }

    @Test func aCountInJSONGivesItsBounds() {
        let json = Session.builtin().answer(to: "how many rights hold for Microsoft in 2031?").rendered(.json)
        #expect(json.contains(#""count":{"at_least":1,"at_most":2}"#))
    }

    @Test func onOneDayAReplacedClauseAndItsReplacementCountOnce() throws {
        // At 2026-06-15 the renegotiation may or may not have happened: exactly one of the
        // exclusive and the non-exclusive model access holds, and the exclusive cloud rights or
        // Azure as main host (whose end is not stated) may. The revenue share holds.
        #expect(try table("how many rights hold for Microsoft at 2026-06-15?").hasSuffix(
            "2 to 3: 1 holds, 4 may hold; a clause and the one that replaced it count once (at 2026-06-15)\n"))
        let json = Session.builtin().answer(to: "how many rights hold for Microsoft at 2026-06-15?").rendered(.json)
        #expect(json.contains(#""count":{"at_least":2,"at_most":3}"#))
    }
}
