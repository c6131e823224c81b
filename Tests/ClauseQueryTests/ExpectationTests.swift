@testable import ClauseQuery
import PropertyBased
import Testing

/// `expect` fails loudly, saying what differs.
@Suite struct ExpectationTests {
    @Test func aDifferentAnswerFailsWithWhatIsMissingAndWhatIsNot() {
        #expect(renderedDiagnostics("which rights hold for Microsoft in 2031?\nexpect holds: ModelAccess, RevenueShare derived.",
                                    builtin: true) == """
            test.clq:2:1: error: expected holds: ModelAccess, RevenueShare derived, got holds: ModelAccess; may hold: AzureMainHost [expectation-failed]
             2 | expect holds: ModelAccess, RevenueShare derived.
               | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
               = missing: RevenueShare derived (holds)
               = not expected: AzureMainHost (may hold)

            """)
    }

    @Test func anExpectedErrorPassesAndAnUnexpectedOneFails() {
        let (_, passing) = run("which rights hold for Nobody?\nexpect error \"unknown-party\".")
        #expect(!passing.hasErrors)
        let (_, failing) = run("which rights hold for Nobody?\nexpect holds.")
        #expect(failing.steps.first?.expectationFailure?.message
                == "expected holds, but the question failed with unknown-party")
        let (_, answered) = run("which rights hold for Google in 2031?\nexpect error \"unknown-party\".")
        #expect(answered.steps.first?.expectationFailure?.message
                == "expected error unknown-party, but the question was answered: nothing")
    }

    @Test func aScriptStopsAtItsFirstFailureUnlessAskedToGoOn() {
        let script = "which rights hold for Nobody?\nwhich rights hold for Microsoft in 2031?"
        #expect(run(script).1.steps.count == 1)
        var session = Session.builtin()
        session.keepGoing = true
        #expect(session.run(script, name: "t").steps.count == 2)
    }

    @Test func anExpectationFollowsItsOwnQuestion() {
        #expect(renderedDiagnostics("list parties?\nexpect holds: Microsoft, OpenAI, Amazon, AWS, Google.\nexpect nothing.",
                                    builtin: true) == """
            test.clq:3:1: error: 'expect' must follow a question [no-question]
             3 | expect nothing.
               | ^~~~~~~~~~~~~~~

            """)
    }

    @Test func nothingAndOrderOfItemsDoNotMatter() {
        #expect(!run("which rights hold for Google in 2031?\nexpect nothing.").1.hasErrors)
        #expect(!run("which rights hold for Microsoft in 2031?\nexpect may hold: AzureMainHost; holds: ModelAccess.").1.hasErrors)
    }
}

@Suite struct ScriptKnowledgeTests {
    @Test(arguments: [
        ("party A.", true),
        ("which rights hold for A?\nagreement G {}", true),
        ("which rights hold for Microsoft in 2031?", false),
        ("list parties? # party A.", false),
        ("\"party\" x", false),
        ("", false),
    ])
    func declaresKnowledge(text: String, expected: Bool) {
        #expect(Session.declaresKnowledge(Array(text.utf8)) == expected)
        #expect(Session.declaresKnowledgeByLexing(Array(text.utf8)) == expected)
    }

    /// The shortcut that finds no declaration keyword's letters never hides a declaration the lexer finds.
    @Test func aTextWithoutTheKeywordsLettersDeclaresNothing() async {
        let pieces = ["party", "part", "y", "asset", "agreement", "agree", "source", "event", "even", "prospect", "A", " ",
                      ".", "\n", "{", "}", "#", "\"", "which rights hold for A?", "clause C: A has a right.", "p", "t"]
        await propertyCheck(count: 1000, input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...10)) { picks in
            let bytes = Array(picks.map { pieces[$0] }.joined().utf8)
            if Session.declaresKnowledgeByLexing(bytes) {
                #expect(Session.mentionsDeclarationKeyword(bytes), "\(String(decoding: bytes, as: UTF8.self))")
            }
            #expect(Session.declaresKnowledge(bytes) == Session.declaresKnowledgeByLexing(bytes))
        }
    }
}
