import ClauseQuery
import Testing

/// The checking stage: every name in a question resolved once, every problem reported together,
/// and every modifier either meaning one thing or rejected with a caret.
@Suite struct QuestionCheckerTests {
    // The rendered diagnostics of misspelt names and of modifiers a form cannot use are pinned by the
    // golden scripts Tests/Golden/misspelt-names.clq and inapplicable-modifiers.clq.

    @Test func everyProblemOfAQuestionIsReportedTogether() {
        let (_, outcome) = run("is Microsfot's acess to OpenAIModls exclusive where about Azre?")
        #expect(outcome.steps.first?.diagnostics.map(\.id) == [.unknownParty, .unknownReference, .unknownAsset, .unknownAsset])
        let (_, mixed) = run("list events for Amazn where exclusive or cites articel in 2020?")
        #expect(mixed.steps.first?.diagnostics.map(\.id) == [.unknownParty, .inapplicableModifier, .unknownSource])
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
        #expect(summary("list assets for OpenAI?")
                == "holds OpenAIModels; holds GPT55; holds OpenAIProducts; holds Codex; holds OpenAIRevenue")
    }

    @Test func aPartyNarrowsYesNoAndWhenQuestions() {
        #expect(summary("does ModelAccess hold for Amazon in 2031?") == "answer does not hold; does not hold ModelAccess")
        #expect(summary("does ModelAccess hold for Microsoft in 2031?") == "answer holds; holds ModelAccess")
        #expect(summary("does RevenueShare hold for Microsoft in 2028?") == "answer holds; holds RevenueShare derived")
        #expect(summary("when does ModelAccess end for Amazon?") == "")
        #expect(summary("when does ModelAccess end for Microsoft?") == "holds ModelAccess 2032")
    }

    @Test func aPartyMeansTheSameInAChangesQuestion() {
        // The revenue share owed to Microsoft is Microsoft's derived right; the end of Azure as main host
        // is not given, so it is named as one that may have ended rather than listed.
        #expect(summary("what changed between 2029 and 2031 for Microsoft where right?") == "ended holds RevenueShare derived")
        #expect(summary("what changed between 2025 and 2026 for AWS?")
                == "started holds BedrockOffer; started holds CodexOffer; started may hold Spend100B derived")
        #expect(summary("what changed between 2025 and 2026 for Amazon?")
                == "started holds BedrockOffer via AWS; started holds CodexOffer via AWS; started may hold Invest50B; "
                    + "started may hold Spend100B derived via AWS")
        let (session, outcome) = run("what changed between 2029 and 2031 for Microsoft where right?")
        let unstated = outcome.steps.first?.answer?.unstatedEnds ?? []
        #expect(unstated.map { session.knowledgeBase.id(of: session.knowledgeBase.clauses[Int($0)]) } == ["AzureMainHost"])
    }

    @Test func checkingReportsQuestionErrorsWithoutAnswering() {
        var clauses = "party A \"A\". party B \"B\".\nagreement Big \"Big\" between A and B effective 2020 {\n"
        for index in 0..<5000 { clauses += "  clause C\(index): right of A against B to act.\n" }
        clauses += "}\n"
        var session = Session()
        #expect(!session.load([("big.clq", clauses)]).loadFailed)
        session.options.isCancelled = { true }
        #expect(session.checkOutcome(of: "which clauses hold in 2021?", name: "q.clq").diagnostics.isEmpty)
        #expect(session.checkOutcome(of: "which clauses hold for Z?", name: "q.clq").diagnostics.map(\.id) == [.unknownParty])
        let ran = session.run("which clauses hold in 2021?", name: "q.clq")
        #expect(ran.steps.first?.diagnostics.map(\.id) == [.interrupted])
    }
}
