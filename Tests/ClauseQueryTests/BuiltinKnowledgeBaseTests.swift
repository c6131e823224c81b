import ClauseQuery
import Testing

/// DESIGN §4: the questions the built-in knowledge base must answer, with exact answers.
@Suite struct BuiltinKnowledgeBaseTests {
    @Test func loadsWithoutAnyDiagnostic() {
        var session = Session()
        let outcome = session.load([(BuiltinKnowledgeBase.name, BuiltinKnowledgeBase.text)])
        #expect(outcome.diagnostics.isEmpty)
        #expect(!outcome.loadFailed)
        #expect(session.knowledgeBase.clauses.count == 12)
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
        // Obligations include the duties derived from Microsoft's claims (DESIGN §2).
        #expect(summary("which obligations does OpenAI have in 2028?")
                == "holds ModelAccess derived; holds RevenueShare; holds Spend100B; may hold AzureMainHost derived; "
                    + "may hold Commitment38B")
    }

    @Test func exclusivityOfMicrosoftsAccess() {
        #expect(summary("is Microsoft's access to OpenAIModels exclusive in 2027?")
                == "answer does not hold; does not hold ExclusiveModelAccess; does not hold ModelAccess")
        // The exclusivity of model access began on a day the source does not give, before 2026.
        #expect(summary("is Microsoft's access to \"OpenAI models\" exclusive in 2020?")
                == "answer may hold; may hold ExclusiveModelAccess")
        #expect(summary("is Microsoft's access to OpenAIModels exclusive in 2025?") == "answer holds; holds ExclusiveModelAccess")
        #expect(summary("is Microsoft's access to OpenAIModels exclusive at 2026-01-15?")
                == "answer may hold; may hold ExclusiveModelAccess")
        #expect(summary("does Microsoft's access to OpenAIModels hold at 2026-01-15?")
                == "answer holds; may hold ExclusiveModelAccess; may hold ModelAccess")
    }

    @Test func endOfMicrosoftsAccessFollowsTheReplacement() {
        #expect(summary("when does Microsoft's access to OpenAIModels end?") == "holds ModelAccess 2032")
    }

    @Test func changesBetween2025And2026() {
        // The revenue share continues, so it is not listed; the pledge's day may fall in 2025.
        #expect(summary("what changed between 2025 and 2026?") == [
            "ended holds ExclusiveCloud", "ended holds ExclusiveModelAccess", "ended holds AGIClause",
            "started holds ModelAccess", "started holds AzureMainHost", "started holds UseOtherClouds",
            "started holds BedrockOffer", "started holds CodexOffer", "started may hold Invest50B",
            "started may hold Spend100B",
        ].joined(separator: "; "))
    }

    @Test func rightsOfAmazonComeViaAWS() {
        #expect(summary("rights of Amazon in 2027?")
                == "holds Spend100B derived via AWS; may hold Commitment38B derived via AWS; may hold BedrockOffer via AWS; "
                    + "may hold CodexOffer via AWS")
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
            "derived: Microsoft holds the correlative right: the obligation RevenueShare of OpenAI toward Microsoft (rule correlative-of-obligation)",
            "agreement: MSOpenAI2026 \"Renegotiated Microsoft–OpenAI agreement\", effective some day in 2026, amends MSOpenAI2019",
            "starts: some day before 2026",
            "ends: some day in 2030",
            "inferred: start: OpenAI continues paying after the renegotiation; start not given",
            "terms: cap unstated",
            "verdict: holds in 2030: in force from before 2026 to 2030, which overlaps that period",
            "source: partnership-article.txt line 13: OpenAI goes on handing Microsoft part of its revenue into 2030, up to a limit the article does not give.",
        ])
        let ended = try #require(run("explain ExclusiveCloud in 2024?").1.steps.first?.answer)
        let endedLines = kb.explain(try #require(ended.rows.first), in: ended).lines.map { "\($0.label): \($0.text)" }
        #expect(endedLines.contains("ends: the day before AzureMainHost starts (some day in 2026)"))
        #expect(endedLines.contains("ended: replaced by AzureMainHost"))
        #expect(endedLines.contains("verdict: holds in 2024: in force from 2019 to day before 2026, which overlaps that period"))
        let conditional = try #require(run("explain does AGIClause hold in 2020?").1.steps.first?.answer)
        let agi = kb.explain(try #require(conditional.rows.first), in: conditional).lines.map { "\($0.label): \($0.text)" }
        #expect(agi.contains("verdict: may hold in 2020: if OpenAIAchievesAGI: a prospect, which may never happen"))
        let sharedDay = try #require(run("explain is Microsoft's access to OpenAIModels exclusive at 2026-01-15?").1.steps.first?.answer)
        let access = kb.explain(try #require(sharedDay.rows.first), in: sharedDay).lines.map { "\($0.label): \($0.text)" }
        #expect(access.contains("verdict: may hold at 2026-01-15: it ends the day before ModelAccess starts (some day in 2026) "
                                + "(inferred)"))
    }

    @Test func assumingUnknownEndsContinueTurnsMayHoldIntoHolds() {
        let options = EvaluationOptions(unknownEnds: .continue)
        #expect(summary("which rights hold for Microsoft in 2031?", options: options)
                == "holds ModelAccess; holds AzureMainHost")
    }
}
