import ClauseQuery
import Testing

/// All of Hohfeld (DESIGN §2): powers and immunities, with liabilities and disabilities as their
/// derived correlatives; `rights` means every advantage.
@Suite struct HohfeldTests {
    let kb = """
        party Licensor. party Licensee.
        agreement Licence between Licensor and Licensee effective 2024-01-01 {
          clause Renewal: power of Licensee over Licensor to renew from 2026-10-01 until 2026-12-31.
          clause NoRecall: immunity of Licensee against Licensor to recall from 2024-01-01 until 2026-12-31.
          clause Use: right of Licensee against Licensor to use from 2024-01-01 until 2026-12-31.
          clause Fee: obligation of Licensee toward Licensor to pay from 2024-01-01 until 2026-12-31.
          clause Sublicense: permission of Licensee against Licensor to sublicense from 2024-01-01 until 2026-12-31.
        }

        """

    func ask(_ question: String) -> String { summary(question, builtin: false, declarations: kb) }

    @Test func rightsAreEveryAdvantageEachLabelled() {
        #expect(ask("which rights does Licensee have in 2026-11?")
                == "holds Renewal; holds NoRecall; holds Use; holds Sublicense")
        #expect(ask("which powers does Licensee have in 2027?") == "")
        #expect(ask("which powers does Licensee have in 2026-11?") == "holds Renewal")
        #expect(ask("which immunities hold for Licensee in 2025?") == "holds NoRecall")
        #expect(ask("which claims hold for Licensor in 2025?") == "holds Fee derived")
    }

    @Test func powersAndImmunitiesHaveDerivedCorrelatives() {
        #expect(ask("liabilities of Licensor in 2026-11?") == "holds Renewal derived")
        #expect(ask("which disabilities hold for Licensor in 2025?") == "holds NoRecall derived")
        #expect(ask("which no-rights hold for Licensor in 2025?") == "holds Sublicense derived")
        #expect(ask("which obligations hold for Licensor in 2025?") == "holds Use derived")
        let (session, outcome) = run(kb + "explain liabilities of Licensor in 2026-11?", builtin: false)
        let answer = try? #require(outcome.steps.first?.answer)
        let lines = answer.flatMap { answer in answer.rows.first.map { session.knowledgeBase.explain($0, in: answer).lines } } ?? []
        #expect(lines.map { "\($0.label): \($0.text)" }.prefix(2) == [
            "clause: Renewal: power of Licensee over Licensor to renew",
            "derived: Licensor holds the correlative liability: the power Renewal of Licensee over Licensor (rule correlative-of-power)",
        ])
    }

    @Test func aModalityIsAFilterToo() {
        #expect(ask("which rights hold for Licensee in 2026-11 where power or immunity?") == "holds Renewal; holds NoRecall")
    }
}
