import ClauseQuery
import Testing

/// Every answer explains itself: a "no" says which bound, condition or party excludes each row, a
/// changes row says which start or end changed, and an assumption that decided says so.
@Suite struct ExplanationTests {
    /// The `verdict` line of each row's explanation, prefixed by the row's clause.
    func verdicts(_ question: String, options: EvaluationOptions = EvaluationOptions()) throws -> [String] {
        let (session, outcome) = run(question, options: options)
        let answer = try #require(outcome.steps.first?.answer)
        return answer.rows.map { row in
            let verdict = session.knowledgeBase.explain(row, in: answer).lines.first { $0.label == "verdict" }
            return "\(session.knowledgeBase.identifier(of: row.entity)): \(verdict?.text ?? "none")"
        }
    }

    @Test func aNoSaysWhichBoundExcludesEachClause() throws {
        #expect(try verdicts("explain is Microsoft's access to OpenAIModels exclusive in 2027?") == [
            "ExclusiveModelAccess: does not hold in 2027: it ends the day before ModelAccess starts (some day in 2026) "
                + "(inferred), before that period begins",
            "ModelAccess: does not hold in 2027: 'exclusive' does not hold for it",
        ])
        #expect(try verdicts("explain does ModelAccess hold in 2020?") == [
            "ModelAccess: does not hold in 2020: it starts some day in 2026 (inferred), after that period ends",
        ])
    }

    @Test func aNoForAnotherPartySaysWhoHoldsTheClause() throws {
        #expect(try verdicts("explain does ModelAccess hold for Amazon in 2031?") == [
            "ModelAccess: does not hold for Amazon: it is held by Microsoft, which is neither Amazon nor one of its parts",
        ])
    }

    @Test func aMaybeSaysWhatTheSourceLeavesOpen() throws {
        #expect(try verdicts("explain does AzureMainHost hold in 2031?") == [
            "AzureMainHost: may hold in 2031: its end is not stated in the source",
        ])
        #expect(try verdicts("explain is OpenAI's use of OtherClouds exclusive in 2027?") == [
            "UseOtherClouds: may hold in 2027: its end is not stated in the source; the source does not say "
                + "whether 'exclusive' holds for it",
        ])
        #expect(try verdicts("explain is OpenAI's use of OtherClouds exclusive in 2026?") == [
            "UseOtherClouds: may hold in 2026: the source does not say whether 'exclusive' holds for it",
        ])
    }

    @Test func aChangesRowSaysWhatChangedAndWhatReplacedIt() throws {
        let lines = try verdicts("explain what changed between 2025 and 2026 for Microsoft?")
        #expect(lines == [
            "ExclusiveCloud: ended between 2025 and 2026: it ends the day before AzureMainHost starts (some day in 2026) (inferred)",
            "ExclusiveModelAccess: ended between 2025 and 2026: it ends the day before ModelAccess starts (some day in 2026) "
                + "(inferred)",
            "ModelAccess: started between 2025 and 2026: it starts some day in 2026 (inferred); it replaced ExclusiveModelAccess",
            "AzureMainHost: started between 2025 and 2026: it starts some day in 2026 (inferred); it replaced ExclusiveCloud",
            "UseOtherClouds: started between 2025 and 2026: it starts some day in 2026 (inferred)",
        ])
        #expect(try verdicts("explain what changed between 2025 and 2026 where until unknown?") == [
            "AzureMainHost: started between 2025 and 2026: it starts some day in 2026 (inferred); it replaced ExclusiveCloud",
            "UseOtherClouds: started between 2025 and 2026: it starts some day in 2026 (inferred)",
            "BedrockOffer: started between 2025 and 2026: it starts some day in 2026 (inferred)",
            "CodexOffer: started between 2025 and 2026: it starts some day in 2026 (inferred)",
            "Invest50B: may have started between 2025 and 2026: it starts some day from 2025-11 to 2026 (inferred)",
        ])
    }

    @Test func anAssumptionThatDecidedIsNamedEverywhere() throws {
        let options = EvaluationOptions(unknownEnds: .continue)
        #expect(try verdicts("explain which rights hold for Microsoft in 2031?", options: options) == [
            "ModelAccess: holds in 2031: in force from 2026 to 2032, which overlaps that period",
            "AzureMainHost: holds in 2031: in force from 2026 to unknown, which overlaps that period; "
                + "this rests on the assumption that unknown ends continue",
        ])
        var session = Session.builtin(options: options)
        let yes = try session.ask("does AzureMainHost hold in 2031?")
        #expect(TableRenderer().render(yes, knowledgeBase: session.knowledgeBase) == """
            holds (yes), assuming unknown ends continue
            certainty  clause         modality  holder     counterparty  about                          from  until    terms                                      agreement
            holds      AzureMainHost  right     Microsoft  OpenAI        host OpenAI products on Azure  2026  unknown  not exclusive, assuming the end continues  MSOpenAI2026

            """)
        let json = session.answer(to: "does AzureMainHost hold in 2031?").rendered(.json)
        #expect(json.contains(#""assumed":true"#) && json.contains(#""assumption":"unknown ends continue""#))
        let undecided = session.answer(to: "does ModelAccess hold in 2031?").rendered(.json)
        #expect(undecided.contains(#""answer":"holds""#) && !undecided.contains("assum"))
    }
}
