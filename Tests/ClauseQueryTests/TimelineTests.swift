import ClauseQuery
import Testing

/// Timeline questions: what `of` names, what the modifiers keep, and the days each bar holds on.
@Suite struct TimelineTests {
    /// The chart of `question`'s answer on the built-in knowledge base, with `today` marked.
    static func chart(_ question: String, today: String? = "2026-06-15") -> TimelineChart? {
        let (session, outcome) = run(question)
        guard let answer = outcome.steps.last?.answer else { return nil }
        return PictureSettings(today: today.flatMap { CalendarDate(day: $0) })
            .chart(answer, query: question, knowledgeBase: session.knowledgeBase)
    }

    static func day(_ text: String) -> Int { CalendarDate(day: text)?.firstDay ?? 0 }

    @Test func ofAPartyKeepsWhatForThePartyKeeps() {
        let expected = "holds ExclusiveCloud; holds ExclusiveModelAccess; holds ModelAccess; holds RevenueShare derived; "
            + "holds AzureMainHost; holds UseOtherClouds derived"
        #expect(summary("timeline of Microsoft?") == expected)
        #expect(summary("timeline for Microsoft?") == expected)
        #expect(summary("which clauses hold for Microsoft?") == expected)
        #expect(summary("timeline of Microsoft in 2031?") == summary("which clauses hold for Microsoft in 2031?"))
    }

    @Test func ofAnAgreementKeepsItsClauses() {
        #expect(summary("timeline of MSOpenAI2026?") == "holds ModelAccess; holds RevenueShare; holds AzureMainHost; holds UseOtherClouds")
        #expect(summary("timeline of MSOpenAI2026?") == summary("which clauses hold where agreement is MSOpenAI2026?"))
        #expect(summary("timeline of MSOpenAI2019 for Microsoft where exclusive?")
            == "holds ExclusiveCloud; holds ExclusiveModelAccess")
    }

    @Test func ofAClauseKeepsItAndItsReplacements() {
        #expect(summary("timeline of ModelAccess?") == "holds ExclusiveModelAccess; holds ModelAccess")
        #expect(summary("timeline of ExclusiveCloud?") == "holds ExclusiveCloud; holds AzureMainHost")
        #expect(summary("timeline of ModelAccess in 2031?") == "holds ModelAccess")
    }

    @Test func ofAKindKeepsWhatWhichKeeps() {
        #expect(summary("timeline of obligations for OpenAI in 2028?") == summary("which obligations does OpenAI have in 2028?"))
        #expect(summary("timeline of terms?") == "may hold AGIClause")
        #expect(summary("timeline for AWS where until > 2029 and amount?") == "holds Spend100B derived; may hold Commitment38B derived")
    }

    @Test func aTargetThatIsNothingOrAPartyGivenTwiceIsAnError() {
        #expect(renderedDiagnostics("timeline of Microsfot?", builtin: true) == """
            test.clq:1:13: error: unknown party, agreement or clause 'Microsfot' [unknown-reference]
             1 | timeline of Microsfot?
               |             ^~~~~~~~~
               = did you mean 'Microsoft'?

            """)
        #expect(renderedDiagnostics("timeline of Microsoft for OpenAI?", builtin: true) == """
            test.clq:1:27: error: the party is given twice: 'of Microsoft' already names it; drop 'for OpenAI' [duplicate-modifier]
             1 | timeline of Microsoft for OpenAI?
               |                           ^~~~~~

            """)
    }

    @Test func aTimelineIsNotExplained() {
        #expect(renderedDiagnostics("explain timeline of Microsoft?", builtin: true) == """
            test.clq:1:9: error: 'explain' does not take a timeline; ask 'timeline …' on its own, or explain one of its clauses (explain ModelAccess) [expected-token]
             1 | explain timeline of Microsoft?
               |         ^~~~~~~~

            """)
    }

    @Test func timelineIsReadInContext() {
        let (_, outcome) = run("""
            party timeline "A party named timeline".
            agreement G between timeline effective 2020 {
              clause C: right of timeline to use until 2022.
            }
            timeline of timeline?
            which rights hold for timeline in 2021?
            """, builtin: false)
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.steps.map(\.succeeded) == [true, true])
        #expect(outcome.steps.first?.answer?.rows.count == 1)
    }

    @Test func aBoundedTimeSetsTheAxis() throws {
        let chart = try #require(Self.chart("timeline of obligations for OpenAI between 2019 and 2035?"))
        #expect((chart.firstYear, chart.lastYear) == (2019, 2035))
        let year = try #require(Self.chart("timeline of Microsoft in 2031?"))
        #expect((year.firstYear, year.lastYear) == (2031, 2031))
        #expect(year.today == nil)
        let open = try #require(Self.chart("timeline of Microsoft?"))
        #expect((open.firstYear, open.lastYear) == (2018, 2033))
        #expect(open.today == Self.day("2026-06-15"))
    }

    /// The days of the bars the picture of Microsoft's clauses must show.
    @Test func microsoftsBarsHoldOnTheDaysTheSourceAllows() throws {
        let chart = try #require(Self.chart("timeline of Microsoft?"))
        #expect(chart.bars.map(\.id)
            == ["ExclusiveModelAccess", "RevenueShare", "ExclusiveCloud", "ModelAccess", "AzureMainHost", "UseOtherClouds"])
        func segments(_ id: String) -> [String] {
            (chart.bars.first { $0.id == id }?.segments ?? []).map {
                "\($0.fill) \(Days.date($0.first)?.description ?? "-") \(Days.date($0.last)?.description ?? "+")"
            }
        }
        #expect(segments("ModelAccess") == ["may 2026-01-01 2026-12-30", "sure 2026-12-31 2032-01-01", "may 2032-01-02 2032-12-31"])
        #expect(segments("ExclusiveCloud") == ["may 2019-01-01 2019-12-30", "sure 2019-12-31 2025-12-31", "may 2026-01-01 2026-12-30"])
        #expect(segments("ExclusiveModelAccess") == ["fading - 2025-12-30", "sure 2025-12-31 2025-12-31", "may 2026-01-01 2026-12-30"])
        #expect(segments("AzureMainHost") == ["may 2026-01-01 2026-12-31", "fading 2027-01-01 +"])
        #expect(chart.bars.first { $0.id == "ExclusiveCloud" }?.successor == "AzureMainHost")
        #expect(chart.bars.first { $0.id == "ExclusiveModelAccess" }?.successor == "ModelAccess")
        #expect(chart.bars.first { $0.id == "AzureMainHost" }?.notes == ["end not stated"])
        #expect(chart.bars.first { $0.id == "RevenueShare" }?.notes == ["derived"])
    }

    @Test func aConditionalClauseNeverSurelyHoldsAndIsMarked() throws {
        let chart = try #require(Self.chart("timeline of terms?"))
        let bar = try #require(chart.bars.first)
        #expect(bar.isConditional)
        #expect(bar.days.sure == nil)
        #expect(bar.segments.map(\.fill) == [.may])
        #expect(bar.notes == ["if OpenAIAchievesAGI", "terminated by MSOpenAI2026"])
    }

    @Test func anOpenEndSurelyLastsAndAnAssumedEndToo() throws {
        let (session, outcome) = run("""
            party A. party B.
            agreement G between A and B effective 2020-03-01 {
              clause Open: right of A against B to use from 2020-03-01 until open.
              clause Unstated: right of A against B to use from 2020-03-01.
            }
            timeline of G?
            """, builtin: false)
        let answer = try #require(outcome.steps.last?.answer)
        let chart = PictureSettings().chart(answer, query: "timeline of G?", knowledgeBase: session.knowledgeBase)
        #expect(chart.bars.map { $0.segments.map(\.fill) } == [[.sure], [.sure, .fading]])
        #expect((chart.firstYear, chart.lastYear) == (2020, 2021))
        var continuing = session
        continuing.options.unknownEnds = .continue
        let assumed = try #require(continuing.answer(to: "timeline of G?").answer)
        let chartAssumed = PictureSettings().chart(assumed, query: "timeline of G?", knowledgeBase: session.knowledgeBase)
        #expect(chartAssumed.bars.map { $0.segments.map(\.fill) } == [[.sure], [.sure]])
    }
}
