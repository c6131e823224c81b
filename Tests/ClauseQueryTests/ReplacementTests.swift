import ClauseQuery
import Testing

/// `replaces` on a clause of an amending agreement, equivalent to `replaced by` on the old one.
@Suite struct ReplacementTests {
    func script(old: String = "", new: String = "replaces Fee") -> String {
        """
        party A. party B. party C.
        agreement Lic between A and B effective 2024-01-01 {
          clause Fee: obligation of B toward A to pay from 2024-01-01 until 2026-12-31 \(old).
          clause Other: obligation of B toward A to deliver from 2025-06-01 until 2026-12-31.
        }
        agreement Amend between A and B effective 2025-01-01 amends Lic {
          clause NewFee: obligation of B toward A to pay from 2025-01-01 until 2026-12-31 \(new).
        }

        """
    }

    @Test func eitherSideIsEnough() {
        for kb in [script(), script(old: "replaced by NewFee", new: ""), script(old: "replaced by NewFee")] {
            let (_, loaded) = run(kb, builtin: false)
            #expect(loaded.diagnostics.map(\.id) == [])
            #expect(summary("which obligations hold for B at 2025-03-01?", builtin: false, declarations: kb)
                    == "holds NewFee")
            #expect(summary("when does Fee end?", builtin: false, declarations: kb) == "holds Fee day before 2025-01-01")
        }
    }

    @Test func aClauseLoadedLaterCanReplaceOneLoadedBefore() {
        var session = Session()
        session.load([("lic.clq", script(new: ""))])
        session.load([("more.clq", """
            agreement Later between A and B effective 2026-01-01 amends Lic {
              clause LaterFee: obligation of B toward A to pay from 2026-01-01 until 2026-12-31 replaces NewFee.
            }
            """)])
        let answer = session.answer(to: "when does NewFee end?")
        #expect(answer.rows.map(\.until) == ["day before 2026-01-01"])
        #expect(answer.rows.map(\.untilLatest) == [CalendarDate(year: 2025, month: 12, day: 31)])
    }

    @Test func theTwoSidesMustAgree() {
        #expect(renderedDiagnostics(script(old: "replaced by Other")) == """
            test.clq:7:92: error: 'NewFee' says it replaces 'Fee', but 'Fee' says it was replaced by Other; write the replacement on one side only, or make both sides agree [contradictory-replacement]
             7 |   clause NewFee: obligation of B toward A to pay from 2025-01-01 until 2026-12-31 replaces Fee.
               |                                                                                            ^~~
            test.clq:3:3: note: 'Fee' is declared here
             3 |   clause Fee: obligation of B toward A to pay from 2024-01-01 until 2026-12-31 replaced by Other.
               |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

            """)
        #expect(run(script(old: "replaced by Other"), builtin: false).1.loadFailed)
    }

    @Test func anEndThatMayComeEitherWayShowsBoth() {
        let kb = """
            party A. party B.
            agreement Lic between A and B effective 2024 {
              clause Fee: obligation of B toward A to pay from 2024 until 2026.
            }
            agreement Amend between A and B effective 2026 amends Lic {
              clause NewFee: obligation of B toward A to pay replaces Fee.
            }

            """
        let (session, outcome) = run(kb + "when does Fee end?", builtin: false)
        let answer = outcome.steps.first?.answer
        #expect(answer.map { TableRenderer().render($0, knowledgeBase: session.knowledgeBase) }
                == "Fee ends some day from 2025-12-31 to 2026-12-30, by its own end or the day before NewFee starts "
                    + "(some day in 2026): pay\n")
        #expect(summary("which obligations hold for B in 2025?", builtin: false, declarations: kb) == "holds Fee")
    }
}
