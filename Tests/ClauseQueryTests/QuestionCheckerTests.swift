import ClauseQuery
import Testing

/// The checking stage: every name in a question resolved once, every problem reported together,
/// and every modifier either meaning one thing or rejected with a caret.
@Suite struct QuestionCheckerTests {
    @Test func everyMisspeltNameOfAQuestionIsReportedInOneRun() {
        #expect(renderedDiagnostics("is Microsfot's acess to OpenAIModls exclusive where about Azre?", builtin: true) == """
            test.clq:1:4: error: unknown party 'Microsfot' [unknown-party]
             1 | is Microsfot's acess to OpenAIModls exclusive where about Azre?
               |    ^~~~~~~~~
               = did you mean 'Microsoft'?
            test.clq:1:16: error: unknown action 'acess' [unknown-reference]
             1 | is Microsfot's acess to OpenAIModls exclusive where about Azre?
               |                ^~~~~
               = did you mean 'access'?
            test.clq:1:25: error: unknown asset 'OpenAIModls' [unknown-asset]
             1 | is Microsfot's acess to OpenAIModls exclusive where about Azre?
               |                         ^~~~~~~~~~~
               = did you mean 'OpenAIModels'?
            test.clq:1:59: error: unknown asset 'Azre' [unknown-asset]
             1 | is Microsfot's acess to OpenAIModls exclusive where about Azre?
               |                                                           ^~~~
               = did you mean 'Azure'?
            4 errors

            """)
    }

    @Test func aClauseSubjectAndAFilterReportTheirNamesTogether() {
        #expect(renderedDiagnostics("does ModelAcess hold for Microsfot where holder is Amazn?", builtin: true) == """
            test.clq:1:6: error: unknown clause 'ModelAcess' [unknown-clause]
             1 | does ModelAcess hold for Microsfot where holder is Amazn?
               |      ^~~~~~~~~~
               = did you mean 'ModelAccess'?
            test.clq:1:26: error: unknown party 'Microsfot' [unknown-party]
             1 | does ModelAcess hold for Microsfot where holder is Amazn?
               |                          ^~~~~~~~~
               = did you mean 'Microsoft'?
            test.clq:1:52: error: unknown party 'Amazn' [unknown-party]
             1 | does ModelAcess hold for Microsfot where holder is Amazn?
               |                                                    ^~~~~
               = did you mean 'Amazon'?
            3 errors

            """)
    }

    @Test func aTimeOnAChangesQuestionIsRejected() {
        #expect(renderedDiagnostics("what changed between 2025 and 2026 in 2027?", builtin: true) == """
            test.clq:1:36: error: a changes question names its periods with 'between'; drop 'in 2027' [inapplicable-modifier]
             1 | what changed between 2025 and 2026 in 2027?
               |                                    ^~~~~~~

            """)
    }

    @Test func modifiersAListCannotUseAreRejected() {
        #expect(renderedDiagnostics("list parties where exclusive in 2026?", builtin: true) == """
            test.clq:1:20: error: 'where' does not apply to 'list parties': use 'for PARTY' to narrow the list [inapplicable-modifier]
             1 | list parties where exclusive in 2026?
               |                    ^~~~~~~~~
            test.clq:1:30: error: a time does not apply to 'list parties': parties are not dated [inapplicable-modifier]
             1 | list parties where exclusive in 2026?
               |                              ^~~~~~~
            2 errors

            """)
        #expect(renderedDiagnostics("list prospects in 2030?", builtin: true) == """
            test.clq:1:16: error: a time does not apply to 'list prospects': a prospect is expected, not agreed, and is never in force [inapplicable-modifier]
             1 | list prospects in 2030?
               |                ^~~~~~~

            """)
        #expect(renderedDiagnostics("list sources for OpenAI?", builtin: true) == """
            test.clq:1:18: error: a party does not apply to 'list sources': sources are not held by anyone [inapplicable-modifier]
             1 | list sources for OpenAI?
               |                  ^~~~~~

            """)
    }

    @Test func aPredicateThatDoesNotApplyToEventsIsRejected() {
        #expect(renderedDiagnostics("list events where exclusive or amount > $10B?", builtin: true) == """
            test.clq:1:19: error: 'exclusive' does not apply to events; they can be filtered by 'party is', 'amount' and 'cites' [inapplicable-modifier]
             1 | list events where exclusive or amount > $10B?
               |                   ^~~~~~~~~

            """)
    }

    @Test func aPossessiveAndAPartyTogetherAreRejected() {
        #expect(renderedDiagnostics("is Microsoft's access to OpenAIModels exclusive for Amazon in 2020?", builtin: true) == """
            test.clq:1:53: error: the possessive already names the party (Microsoft); drop 'for Amazon' [inapplicable-modifier]
             1 | is Microsoft's access to OpenAIModels exclusive for Amazon in 2020?
               |                                                     ^~~~~~

            """)
    }

    @Test func listsApplyTheirFilters() {
        #expect(summary("list events where amount > $10B?")
                == "holds MicrosoftInvestmentTotal; holds AWSCommitmentAnnounced; holds AmazonPledge")
        #expect(summary("list events for AWS?") == "holds AWSCommitmentAnnounced; holds BedrockLaunch")
        #expect(summary("list events where party is Microsoft and amount exactly?")
                == "holds MicrosoftInvests2019")
        #expect(summary("list agreements for Amazon in 2024?") == "")
        #expect(summary("list prospects where party is Google?") == "does not hold GoogleCollaboration")
        #expect(summary("list parties for Amazon?") == "holds Amazon; holds AWS")
        #expect(summary("list assets for OpenAI?") == "holds OpenAIModels; holds OpenAIProducts; holds Codex; holds OpenAIRevenue")
    }

    @Test func aPartyNarrowsYesNoAndWhenQuestions() {
        #expect(summary("does ModelAccess hold for Amazon in 2031?") == "answer does not hold; does not hold ModelAccess")
        #expect(summary("does ModelAccess hold for Microsoft in 2031?") == "answer holds; holds ModelAccess")
        #expect(summary("does RevenueShare hold for Microsoft in 2028?") == "answer holds; holds RevenueShare derived")
        #expect(summary("when does ModelAccess end for Amazon?") == "")
        #expect(summary("when does ModelAccess end for Microsoft?") == "holds ModelAccess 2032")
    }

    @Test func aPartyMeansTheSameInAChangesQuestion() {
        #expect(summary("what changed between 2029 and 2031 for Microsoft where right?")
                == "ended holds RevenueShare derived; ended may hold AzureMainHost")
        #expect(summary("what changed between 2025 and 2026 for AWS?")
                == "ended may hold Commitment38B derived; started holds BedrockOffer; started holds Spend100B derived")
        #expect(summary("what changed between 2025 and 2026 for Amazon?")
                == "ended may hold Commitment38B derived via AWS; started holds BedrockOffer via AWS; "
                    + "started holds Spend100B derived via AWS")
    }

    @Test func checkingReportsQuestionErrorsWithoutAnswering() {
        var clauses = "party A \"A\". party B \"B\".\nagreement Big \"Big\" between A and B effective 2020 {\n"
        for index in 0..<5000 { clauses += "  clause C\(index): right of A against B to act.\n" }
        clauses += "}\n"
        var session = Session(options: EvaluationOptions(isCancelled: { true }))
        session.load([("big.clq", clauses)])
        #expect(session.checkOutcome(of: "which clauses hold in 2021?", name: "q.clq").diagnostics.isEmpty)
        #expect(session.checkOutcome(of: "which clauses hold for Z?", name: "q.clq").diagnostics.map(\.id) == [.unknownParty])
        let ran = session.run("which clauses hold in 2021?", name: "q.clq")
        #expect(ran.steps.first?.diagnostics.map(\.id) == [.interrupted])
    }
}
