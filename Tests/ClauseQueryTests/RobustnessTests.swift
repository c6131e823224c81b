import ClauseQuery
import PropertyBased
import Testing

/// No input crashes the lexer, parser, checker or evaluator; limits give clear errors.
@Suite struct RobustnessTests {
    static let fragments = ["which", "rights", "hold", "for", "Microsoft", "in", "2031", "?", ".", "(", ")", "{", "}",
                            "\"", "'s", "party", "agreement", "clause", ":", "right", "of", "not", "and", "or",
                            "where", "exclusive", "expect", "holds", ";", "$38B", "2025-11", "between", "é", "—",
                            "\u{0}", "#", "\n", " ", "is", "explain", "when", "does", "end", "X", "until", "unknown"]

    @Test func randomTokenSoupNeverCrashes() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...(RobustnessTests.fragments.count - 1)).array(of: 0...60)) { picks in
            let text = picks.map { RobustnessTests.fragments[$0] }.joined(separator: " ")
            var session = Session.builtin()
            session.keepGoing = true
            _ = session.run(text, name: "fuzz")
            _ = Completer.complete(text, cursor: text.utf8.count, knowledgeBase: session.knowledgeBase)
        }
    }

    @Test func randomBytesNeverCrash() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...255).array(of: 0...200)) { values in
            var session = Session()
            _ = session.run(values.map { UInt8($0) }, name: "bytes")
        }
    }

    @Test func deepNestingIsAClearError() {
        let text = "which clauses hold where " + String(repeating: "(", count: 5000) + "exclusive"
            + String(repeating: ")", count: 5000) + "?"
        let (_, outcome) = run(text)
        #expect(outcome.diagnostics.map(\.message) == ["nesting is deeper than 200 levels; simplify the expression"])
        let nots = "which clauses hold where " + String(repeating: "not ", count: 100_000) + "exclusive?"
        #expect(run(nots).1.diagnostics.map(\.id) == [.nestingTooDeep])
    }

    @Test func longChainsAreEvaluatedWithoutDeepRecursion() {
        let chain = Array(repeating: "exclusive", count: 30_000).joined(separator: " or ")
        #expect(summary("which clauses hold in 2020 where \(chain)?") == "holds ExclusiveCloud; may hold ExclusiveModelAccess; may hold AGIClause; may hold RevenueShare")
        let andChain = Array(repeating: "not derived", count: 30_000).joined(separator: " and ")
        #expect(summary("which rights hold for Microsoft in 2031 where \(andChain)?") == "holds ModelAccess; may hold AzureMainHost")
    }

    @Test func aTenMegabyteLineIsHandled() {
        let name = String(repeating: "x", count: 10_000_000)
        let (_, outcome) = run("which rights hold for \(name)?")
        #expect(outcome.steps.first?.diagnostics.map(\.id) == [.unknownParty])
        let string = "party A \"" + String(repeating: "é", count: 5_000_000) + "\"."
        #expect(run(string, builtin: false).1.diagnostics.isEmpty)
    }

    @Test func thousandsOfErrorsAreCappedAtOneHundred() {
        let text = String(repeating: "@ ", count: 50_000)
        #expect(run(text, builtin: false).1.diagnostics.count == 100)
    }
}
