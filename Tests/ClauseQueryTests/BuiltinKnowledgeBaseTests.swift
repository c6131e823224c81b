import ClauseQuery
import Testing

/// DESIGN §4: the questions the built-in knowledge base must answer, with exact answers.
@Suite struct BuiltinKnowledgeBaseTests {
    @Test func loadsWithoutAnyDiagnostic() {
        var session = Session()
        let outcome = session.load([(BuiltinKnowledgeBase.name, BuiltinKnowledgeBase.text)])
        #expect(outcome.diagnostics.isEmpty)
        #expect(!outcome.loadFailed)
        #expect(session.knowledgeBase.clauses.count == 10)
    }

    @Test func everyClauseEventAndProspectCitesTheArticle() {
        let kb = Session.builtin().knowledgeBase
        #expect(kb.clauses.allSatisfy { $0.citation != nil && kb.note(of: $0) != nil })
        #expect(kb.events.allSatisfy { $0.citation != nil && $0.note != nil })
        #expect(kb.prospects.allSatisfy { $0.citation != nil && $0.note != nil })
    }

    @Test func rightsOfMicrosoftIn2031() {
        #expect(summary("which rights hold for Microsoft in 2031?") == "holds ModelAccess; may hold AzureMainHost")
    }

    @Test func rightsOfMicrosoftIn2030IncludeTheDerivedRevenueShare() {
        #expect(summary("which rights hold for Microsoft in 2030?")
                == "holds ModelAccess; holds RevenueShare derived; may hold AzureMainHost")
    }

    @Test func obligationsOfOpenAIIn2028() {
        #expect(summary("which obligations does OpenAI have in 2028?")
                == "holds RevenueShare; holds Spend100B; may hold Commitment38B")
    }

    @Test func exclusivityOfMicrosoftsAccess() {
        #expect(summary("is Microsoft's access to OpenAIModels exclusive in 2027?")
                == "answer does not hold; does not hold ExclusiveModelAccess; does not hold ModelAccess")
        #expect(summary("is Microsoft's access to \"OpenAI models\" exclusive in 2020?")
                == "answer holds; holds ExclusiveModelAccess")
    }

    @Test func endOfMicrosoftsAccessFollowsTheReplacement() {
        #expect(summary("when does Microsoft's access to OpenAIModels end?") == "holds ModelAccess 2032")
    }

    @Test func changesBetween2025And2026() {
        #expect(summary("what changed between 2025 and 2026?") == [
            "ended holds ExclusiveCloud", "ended holds ExclusiveModelAccess", "ended holds AGIClause",
            "ended may hold Commitment38B", "started holds ModelAccess", "started holds RevenueShare",
            "started holds AzureMainHost", "started holds UseOtherClouds", "started holds BedrockOffer",
            "started holds Spend100B",
        ].joined(separator: "; "))
    }

    @Test func rightsOfAmazonComeViaAWS() {
        #expect(summary("rights of Amazon in 2027?")
                == "holds Spend100B derived via AWS; may hold Commitment38B derived via AWS; may hold BedrockOffer via AWS")
    }

    @Test func misspelledPartyIsAnErrorWithASuggestion() {
        #expect(renderedDiagnostics("which rights hold for Microsfot in 2031?", builtin: true) == """
            test.clq:1:23: error: unknown party 'Microsfot' [unknown-party]
             1 | which rights hold for Microsfot in 2031?
               |                       ^~~~~~~~~
               = did you mean 'Microsoft'?

            """)
    }

    @Test func explanationNamesTheRuleTheAgreementAndTheSourceLine() throws {
        let (session, outcome) = run("explain which rights hold for Microsoft in 2030?")
        let answer = try #require(outcome.steps.first?.answer)
        let kb = session.knowledgeBase
        let derived = try #require(answer.rows.first { $0.isDerived })
        let lines = kb.explain(derived, in: answer).lines.map { "\($0.label): \($0.text)" }
        #expect(lines == [
            "clause: RevenueShare: obligation of OpenAI toward Microsoft to pay a share of OpenAI's revenue",
            "derived: Microsoft holds the correlative right: the obligation RevenueShare of OpenAI toward Microsoft is a right of Microsoft against OpenAI (rule correlative-of-obligation)",
            "agreement: MSOpenAI2026 \"Renegotiated Microsoft–OpenAI agreement\", effective 2026, amends MSOpenAI2019",
            "valid: from 2026 until 2030",
            "terms: cap unstated",
            "verdict: holds in 2030: its validity (2026 to 2030) overlaps that period",
            "source: partnership-article.txt line 13: OpenAI keeps paying Microsoft part of its revenue through 2030, up to a limit.",
        ])
        let ended = try #require(run("explain ExclusiveCloud in 2024?").1.steps.first?.answer)
        let endedLines = kb.explain(try #require(ended.rows.first), in: ended).lines.map { "\($0.label): \($0.text)" }
        #expect(endedLines.contains("ended: replaced by AzureMainHost from 2026, so it runs until the end of 2025"))
        #expect(endedLines.contains("verdict: holds in 2024: its validity (2019 to 2025) overlaps that period"))
    }

    @Test func assumingUnknownEndsContinueTurnsMayHoldIntoHolds() {
        let options = EvaluationOptions(unknownEnds: .continue)
        #expect(summary("which rights hold for Microsoft in 2031?", options: options)
                == "holds ModelAccess; holds AzureMainHost")
    }
}
