import ClauseQuery
import Foundation
import Testing

/// DESIGN §3: precision, closed intervals, unknown versus open, supersession, correlatives, parts.
@Suite struct TemporalTests {
    let kb = """
        source s "s.txt".
        party A. party B. party Sub part of A. party Deep part of Sub.
        asset X.
        agreement G between A, B, Sub and Deep effective 2020 {
          clause Year: right of A against B to use X from 2024 until 2026 cites s line 1.
          clause Month: right of A against B to use X from 2024-03 until 2024-05 cites s line 2.
          clause Day: right of A against B to use X from 2024-04-28 until 2024-04-28 cites s line 3.
          clause Unknown: right of A against B to use X from 2024 until unknown cites s line 4.
          clause Open: right of A against B to use X from 2024 until open cites s line 5.
          clause NoStart: right of A against B to use X from unknown until 2024 cites s line 6.
          clause Owed: obligation of B toward A to pay X from 2024 until 2025 cites s line 7.
          clause Banned: prohibition of B toward Deep to use X from 2024 until 2024 cites s line 8.
          clause Allowed: permission of B against A to use X from 2024 until 2024 cites s line 9.
          clause ViaSub: right of Sub against B to use X from 2024 until 2024 cites s line 10.
        }

        """

    func rights(_ period: String, for party: String = "A", where filter: String = "",
                sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
        summary("which rights hold for \(party) \(period)\(filter.isEmpty ? "" : " where \(filter)")?",
                builtin: false, declarations: kb, sourceLocation: sourceLocation)
    }

    @Test func aYearIsSomeDayInThatYearNotItsFirstDay() {
        #expect(rights("at 2024-01-01", where: "action is use and not derived").contains("may hold Year"))
        #expect(rights("at 2025-06-01").contains("holds Year"))
        #expect(rights("at 2026-12-31").contains("may hold Year"))
        #expect(!rights("at 2027-01-01").contains("Year"))
        #expect(!rights("at 2023-12-31").contains("Year"))
        #expect(rights("in 2024").contains("holds Year"))
        #expect(rights("throughout 2024").contains("may hold Year"))
        #expect(rights("throughout 2025").contains("holds Year"))
    }

    @Test func monthAndDayPrecision() {
        #expect(rights("at 2024-05-31").contains("may hold Month"))
        #expect(rights("at 2024-04-15").contains("holds Month"))
        #expect(!rights("at 2024-06-01").contains("Month"))
        #expect(rights("at 2024-04-28").contains("holds Day"))
        #expect(!rights("at 2024-04-29").contains("Day"))
        #expect(rights("in 2024-04").contains("holds Day"))
        #expect(!rights("throughout 2024-04").contains("Day"))
        #expect(rights("throughout 2024-04").contains("holds Month"))
    }

    @Test func aSpanRunsFromTheStartOfItsFirstDateToTheEndOfItsLast() {
        #expect(rights("throughout 2024-04 to 2024-04-28").contains("holds Month"))
        #expect(rights("in 2023 to 2024-02").contains("may hold Month") == false)
        #expect(rights("in 2023 to 2024-02", where: "not derived").contains("may hold Year"))
        #expect(rights("throughout 2025 to 2026-06", where: "not derived") == "holds Open; may hold Year; may hold Unknown")
    }

    @Test func unknownIsNotOpen() {
        #expect(rights("in 2030").contains("may hold Unknown"))
        #expect(rights("in 2030").contains("holds Open"))
        #expect(rights("in 2024").contains("holds Unknown"))
        #expect(rights("in 2023").contains("may hold NoStart"))
        #expect(rights("in 2025", where: "not derived") == "holds Year; may hold Unknown; holds Open".reordered)
    }

    @Test func beforeAfterAndBetween() {
        #expect(rights("before 2024") == "may hold NoStart")
        #expect(rights("after 2026", where: "not derived") == "holds Open; may hold Unknown")
        #expect(rights("between 2027 and 2030") == "holds Open; may hold Unknown")
    }

    @Test func betweenBackwardsIsAnErrorNotAnEmptyAnswer() {
        #expect(renderedDiagnostics("which rights hold between 2030 and 2020?") == """
            test.clq:1:19: error: 'between' runs backwards: 2020 ends before 2030 starts [empty-period]
             1 | which rights hold between 2030 and 2020?
               |                   ^~~~~~~~~~~~~~~~~~~~~

            """)
    }

    @Test func correlativesOfObligationsAndProhibitionsAreDerivedRights() {
        let in2024 = rights("in 2024", where: "derived")
        #expect(in2024 == "holds Owed derived; holds Banned derived via Deep")
        #expect(!rights("in 2024").contains("Allowed"))
    }

    @Test func correlativesRunBothWays() {
        #expect(summary("which obligations hold for B in 2024?", builtin: false, declarations: kb) == [
            "holds Year derived", "holds Month derived", "holds Day derived", "holds Unknown derived",
            "holds Open derived", "holds NoStart derived", "holds Owed", "holds Banned", "holds ViaSub derived",
        ].joined(separator: "; "))
        #expect(summary("which no-rights hold for A in 2024?", builtin: false, declarations: kb) == "holds Allowed derived")
        #expect(summary("which claims hold for A in 2024 where not derived?", builtin: false, declarations: kb)
                == "holds Year; holds Month; holds Day; holds Unknown; holds Open; holds NoStart; holds ViaSub via Sub")
        #expect(summary("which rights hold for B in 2024?", builtin: false, declarations: kb) == "holds Allowed")
    }

    @Test func partsAreIncludedAndMarkedVia() {
        #expect(rights("in 2024", where: "holder is Sub") == "holds Banned derived via Deep; holds ViaSub via Sub")
        #expect(rights("in 2024", for: "Sub", where: "holder is Sub") == "holds Banned derived via Deep; holds ViaSub")
    }

    @Test func supersessionEndsAClauseTheDayBeforeItsSuccessorStarts() {
        let declarations = """
            party A. party B.
            agreement Old between A and B effective 2019 {
              clause K: right of A against B to use from 2019 until unknown replaced by K2.
              clause L: right of A against B from 2019 until 2030 terminated by New.
              clause M: right of A against B from 2019 until 2020 terminated by New.
              clause N: right of A against B from 2019 until unknown terminated by Later on 2027-06-15.
            }
            agreement New between A and B effective 2026-04 amends Old {
              clause K2: right of A against B to use from 2026-04 until 2032.
            }
            agreement Later between A and B effective unknown {}

            """
        func ask(_ question: String) -> String { summary(question, builtin: false, declarations: declarations) }
        #expect(ask("which rights hold for A at 2026-03-31?") == "holds K; holds L; holds N")
        #expect(ask("which rights hold for A at 2026-04-01?") == "holds N; may hold K; may hold L; may hold K2")
        // K ends the day before K2 starts, some day in April 2026: on every day one of the two holds.
        #expect(ask("does A's use hold at 2026-04-15?") == "answer holds; may hold K; may hold K2")
        #expect(ask("does A's use hold throughout 2020 to 2031?") == "answer holds; does not hold K; does not hold K2")
        #expect(ask("when does K end?") == "holds K day before 2026-04")
        #expect(ask("when does M end?") == "holds M 2020")
        #expect(ask("when does N end?") == "holds N day before 2027-06-15")
        #expect(summary("when does A's flies end?", builtin: false, declarations: declarations, expectingFailure: true)
                == "failed: unknown-reference")
    }

    /// A knowledge base written to the day, without conditions, gets the answers it always got: the
    /// closed intervals of its days.
    @Test func dayPreciseDatesAnswerAsTheyAlwaysDid() {
        let declarations = """
            party A. party B.
            agreement G between A and B effective 2020-01-01 {
              clause P: right of A against B to use from 2024-03-01 until 2024-05-31.
              clause Q: right of A against B to use from 2024-06-01 until unknown.
              clause R: right of A against B to use from 2024-01-01 until open.
            }

            """
        func ask(_ question: String) -> String { summary(question, builtin: false, declarations: declarations) }
        #expect(ask("which rights hold for A at 2024-02-29?") == "holds R")
        #expect(ask("which rights hold for A at 2024-03-01?") == "holds P; holds R")
        #expect(ask("which rights hold for A at 2024-05-31?") == "holds P; holds R")
        #expect(ask("which rights hold for A at 2024-06-01?") == "holds Q; holds R")
        #expect(ask("which rights hold for A in 2024-05?") == "holds P; holds R")
        #expect(ask("which rights hold for A throughout 2024-03?") == "holds P; holds R")
        #expect(ask("which rights hold for A throughout 2024?") == "holds R")
        #expect(ask("which rights hold for A in 2025?") == "holds R; may hold Q")
        #expect(ask("does P hold in 2023?") == "answer does not hold; does not hold P")
        #expect(ask("does P hold at 2024-04-10?") == "answer holds; holds P")
        #expect(ask("does A's use hold throughout 2024-03 to 2024-06-30?") == "answer holds; holds R")
    }

    @Test func yesNoAnswersAreThreeValued() {
        #expect(summary("does Unknown hold in 2030?", builtin: false, declarations: kb) == "answer may hold; may hold Unknown")
        #expect(summary("does Year hold in 2030?", builtin: false, declarations: kb) == "answer does not hold; does not hold Year")
        #expect(summary("is Year exclusive in 2025?", builtin: false, declarations: kb)
                == "answer may hold; may hold Year")
    }

    @Test func changesAreTheDaysStartsAndEndsFallOn() {
        // A change counts when its day (the start; the day after the end) falls after 2024 and in 2025:
        // ends in 2024 may have their day after on 1 January 2025, and a start the source does not give
        // may fall in any period up to the end.
        #expect(summary("what changed between 2024 and 2025?", builtin: false, declarations: kb) == [
            "ended may hold NoStart", "ended may hold Owed", "ended may hold Banned", "ended may hold Allowed",
            "ended may hold ViaSub",
        ].joined(separator: "; "))
        let (session, outcome) = run(kb + "what changed between 2024 and 2025?", builtin: false)
        let unstated = outcome.steps.first?.answer?.unstatedEnds ?? []
        #expect(unstated.map { session.knowledgeBase.id(of: session.knowledgeBase.clauses[Int($0)]) } == ["Unknown"])
        #expect(summary("what changed between 2023 and 2024?", builtin: false, declarations: kb) == [
            "ended holds Month", "ended holds Day", "ended may hold NoStart", "ended may hold Banned",
            "ended may hold Allowed", "ended may hold ViaSub", "started holds Year", "started holds Month", "started holds Day",
            "started holds Unknown", "started holds Open", "started holds Owed", "started holds Banned",
            "started holds Allowed", "started holds ViaSub", "started may hold NoStart",
        ].joined(separator: "; "))
        #expect(summary("what changed between 2025 and 2024?", builtin: false, declarations: kb, expectingFailure: true)
            .contains("'between' runs backwards: 2024 ends before 2025 starts [empty-period]"))
        #expect(summary("what changed between 2025 and 2025-06?", builtin: false, declarations: kb, expectingFailure: true)
                == "failed: empty-period")
    }
}

extension String {
    /// The "; "-separated parts sorted holds first, keeping their order otherwise.
    var reordered: String {
        let parts = split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        return (parts.filter { $0.hasPrefix("holds") } + parts.filter { !$0.hasPrefix("holds") }).joined(separator: "; ")
    }
}

@Suite struct ValidityFilterTests {
    @Test(arguments: [
        ("until unknown", "holds AzureMainHost; holds UseOtherClouds; holds Commitment38B; holds Invest50B; "
            + "holds BedrockOffer; holds CodexOffer"),
        ("until open", ""),
        ("until > 2031", "holds ModelAccess; holds Spend100B; may hold AzureMainHost; may hold UseOtherClouds; "
            + "may hold Commitment38B; may hold Invest50B; may hold BedrockOffer; may hold CodexOffer"),
        ("until = 2030", "holds RevenueShare; may hold AzureMainHost; may hold UseOtherClouds; may hold Commitment38B; "
            + "may hold Invest50B; may hold BedrockOffer; may hold CodexOffer"),
        ("from < 2026 and not ended", "holds RevenueShare; holds Commitment38B; may hold Invest50B; may hold Spend100B"),
        ("replaced", "holds ExclusiveCloud; holds ExclusiveModelAccess"),
        ("terminated", "may hold AGIClause"),
        ("from >= 2025-11 and until <= 2033", "holds ModelAccess; may hold ExclusiveModelAccess; may hold RevenueShare; "
            + "may hold AzureMainHost; may hold UseOtherClouds; may hold Commitment38B; may hold Invest50B; "
            + "may hold Spend100B; may hold BedrockOffer; may hold CodexOffer"),
    ])
    func validityConditions(filter: String, expected: String) {
        #expect(summary("which clauses hold where \(filter)?") == expected)
    }
}

@Suite struct WhenCertaintyTests {
    @Test func aWhenAnswerCarriesTheClausesCertaintyInTheAskedTime() {
        #expect(summary("when does AzureMainHost end?") == "holds AzureMainHost unknown")
        #expect(summary("when does AzureMainHost end in 2030?") == "may hold AzureMainHost unknown")
        #expect(summary("when does ModelAccess end in 2030?") == "holds ModelAccess 2032")
        #expect(summary("when does ModelAccess end in 2040?") == "")
    }
}
