import ClauseQuery
import Testing

/// The checks on instants, conditions and amendments that loading and question checking make.
@Suite struct InstantCheckTests {
    func ids(_ script: String) -> [DiagnosticID] {
        let (_, outcome) = run(script, builtin: false)
        return outcome.diagnostics.map(\.id) + outcome.steps.flatMap { $0.diagnostics.map(\.id) }
    }

    @Test func aStartWhollyAfterTheEndIsRejectedAtTheEnd() {
        #expect(renderedDiagnostics("""
            party A. party B.
            agreement G between A and B effective 2020 {
              clause K: right of A against B from after 2026 until before 2026.
            }
            """) == """
            test.clq:3:56: error: clause 'K' ends (before 2026) before it starts (after 2026) [end-before-start]
             3 |   clause K: right of A against B from after 2026 until before 2026.
               |                                                        ^~~~~~~~~~~
            
            """)
        // Ranges that overlap are allowed: only the readings with start ≤ end count.
        #expect(ids("""
            party A. party B.
            agreement G between A and B effective 2020 {
              clause K: right of A against B from 2026 until between 2025 and 2026.
            }
            """) == [])
    }

    @Test func aClauseReplacedOnTheDayItStartsIsRejected() {
        #expect(ids("""
            party A. party B.
            agreement G between A and B effective 2020 {
              clause K: right of A against B replaced by L.
              clause L: right of A against B.
            }
            """) == [.endBeforeStart])
    }

    @Test func aProspectHasNoDayToStartFrom() {
        #expect(ids("""
            party A. party B. prospect P "maybe".
            agreement G between A and B effective 2020 { clause K: right of A against B from P. }
            """) == [.prospectHasNoDay])
        #expect(ids("""
            party A. party B. prospect P "maybe".
            agreement G between A and B effective 2020 { clause K: right of A against B if Q. }
            """) == [.unknownReference])
    }

    @Test func aForgottenReplacementIsAWarningAndAReplacementSilencesIt() {
        let base = """
            party A. party B.
            agreement Lic between A and B effective 2024-01-01 {
              clause Fee: obligation of B toward A to pay from 2024-01-01 until 2026-12-31%@.
            }
            agreement Amend between A and B effective 2025-01-01 amends Lic {
              clause NewFee: obligation of B toward A to pay from 2025-01-01 until 2026-12-31.
            }
            """
        let (_, forgotten) = run(base.replacingOccurrences(of: "%@", with: ""), builtin: false)
        #expect(forgotten.diagnostics.map(\.id) == [.possibleDuplicate])
        #expect(forgotten.diagnostics.first?.severity == .warning)
        #expect(!forgotten.loadFailed)
        #expect(ids(base.replacingOccurrences(of: "%@", with: " replaced by NewFee")) == [])
    }

    @Test func atTakesADay() {
        #expect(renderedDiagnostics("which rights hold for Microsoft at 2026?", builtin: true) == """
            test.clq:1:33: error: 'at' takes a day; for a longer period ask 'in 2026' (on some day of it) or 'throughout 2026' (on every day) [coarse-period]
             1 | which rights hold for Microsoft at 2026?
               |                                 ^~~~~~~
            
            """)
        #expect(summary("which rights hold for Microsoft at 2031-06-01?") == "holds ModelAccess; may hold AzureMainHost")
    }

    @Test func aDurationEndsTheDayBeforeTheSameDateLater() {
        let declarations = """
            party A. party B.
            agreement G between A and B effective 2020 {
              clause Month: right of A against B to use from 2024-02-01 for 1 month.
              clause Leap: right of A against B to use from 2024-02-29 for 1 year.
              clause Uncertain: right of A against B to use from 2024 for 2 years.
            }

            """
        func end(_ clause: String) -> String { summary("when does \(clause) end?", builtin: false, declarations: declarations) }
        #expect(end("Month") == "holds Month +1 month")
        #expect(summary("does Month hold at 2024-02-29?", builtin: false, declarations: declarations) == "answer holds; holds Month")
        #expect(summary("does Month hold at 2024-03-01?", builtin: false, declarations: declarations)
                == "answer does not hold; does not hold Month")
        #expect(summary("does Leap hold at 2025-02-28?", builtin: false, declarations: declarations) == "answer holds; holds Leap")
        #expect(summary("does Leap hold at 2025-03-01?", builtin: false, declarations: declarations)
                == "answer does not hold; does not hold Leap")
        #expect(summary("does Uncertain hold throughout 2025?", builtin: false, declarations: declarations)
                == "answer holds; holds Uncertain")
        #expect(summary("does Uncertain hold in 2026?", builtin: false, declarations: declarations)
                == "answer may hold; may hold Uncertain")
    }

    @Test func conditionsGateTheDaysAClauseHolds() {
        let declarations = """
            party A. party B. prospect Someday "maybe". event Signed on 2025-06.
            event Undated on unknown.
            agreement G between A and B effective 2020 {
              clause AfterSigning: right of A against B to use from 2024 until 2030 if Signed.
              clause UntilSigning: right of A against B to use from 2024 until 2030 unless Signed.
              clause OnProspect: right of A against B to use from 2024 until 2030 if Someday.
              clause OnUndated: right of A against B to use from 2024 until 2030 if Undated.
              clause Term: term to review from 2024 until 2030.
            }

            """
        func ask(_ question: String) -> String { summary(question, builtin: false, declarations: declarations) }
        #expect(ask("does AfterSigning hold in 2024?") == "answer does not hold; does not hold AfterSigning")
        #expect(ask("does AfterSigning hold in 2025-06?") == "answer holds; holds AfterSigning")
        #expect(ask("does AfterSigning hold at 2025-06-15?") == "answer may hold; may hold AfterSigning")
        #expect(ask("does AfterSigning hold throughout 2026?") == "answer holds; holds AfterSigning")
        #expect(ask("does UntilSigning hold in 2026?") == "answer does not hold; does not hold UntilSigning")
        #expect(ask("does UntilSigning hold in 2025-05?") == "answer holds; holds UntilSigning")
        #expect(ask("does OnProspect hold throughout 2026?") == "answer may hold; may hold OnProspect")
        #expect(ask("is OnProspect in force throughout 2026?") == "answer holds; holds OnProspect")
        #expect(ask("does OnUndated hold in 2027?") == "answer may hold; may hold OnUndated")
        #expect(ask("which rights hold for A in 2027?")
                == "holds AfterSigning; may hold OnProspect; may hold OnUndated")
        #expect(ask("which terms hold in 2027?") == "holds Term")
        #expect(ask("which clauses hold for A in 2027 where not derived?")
                == "holds AfterSigning; may hold OnProspect; may hold OnUndated")
    }
}
