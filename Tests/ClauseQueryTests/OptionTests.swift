import ClauseQuery
import Testing

/// Options (DESIGN §2): a power whose validity is its exercise window, exercised or let lapse by an
/// event, and clauses that wait for its exercise.
@Suite struct OptionTests {
    static let licence = """
        party Licensor. party Licensee.
        agreement L between Licensor and Licensee effective 2026-02-01 {
          clause Use: permission of Licensee against Licensor to use for 3 years.
          clause Renewal: power of Licensee over Licensor to renew from 2028-02-01 until 2028-11-02.
          clause RenewedUse: permission of Licensee against Licensor to use from 2029-02-01 for 2 years if exercised Renewal.
          clause Support: right of Licensee against Licensor to support from exercised Renewal + 90 days until 2031-01-31.
        }

        """

    func ask(_ question: String, _ events: String = "") -> String {
        summary(question, builtin: false, declarations: Self.licence + events)
    }

    @Test func withNoExerciseRecordedTheConditionalClausesOnlyMayHold() {
        #expect(ask("which rights hold for Licensee in 2029?") == "holds Use; may hold RenewedUse; may hold Support")
        #expect(ask("does RenewedUse hold throughout 2030?") == "answer may hold; may hold RenewedUse")
        // Before the window opens nothing can have been exercised.
        #expect(ask("does Support hold at 2028-04-30?") == "answer does not hold; does not hold Support")
        #expect(ask("does Support hold at 2028-05-01?") == "answer may hold; may hold Support")
    }

    @Test func aRecordedExerciseMakesThemHold() {
        let exercised = "event Notice \"renewal notice\" on 2028-06-15 exercises Renewal.\n"
        #expect(ask("which rights hold for Licensee in 2030?", exercised) == "holds RenewedUse; holds Support")
        #expect(ask("does Support hold at 2028-09-12?", exercised) == "answer does not hold; does not hold Support")
        #expect(ask("does Support hold at 2028-09-13?", exercised) == "answer holds; holds Support")
        // The exercise ends the power on its day.
        #expect(ask("does Renewal hold at 2028-06-15?", exercised) == "answer holds; holds Renewal")
        #expect(ask("does Renewal hold at 2028-06-16?", exercised) == "answer does not hold; does not hold Renewal")
    }

    @Test func anUndatedExerciseFallsWithinTheWindow() {
        let undated = "event Notice \"renewal notice\" exercises Renewal.\n"
        #expect(ask("does RenewedUse hold in 2029?", undated) == "answer holds; holds RenewedUse")
        #expect(ask("does Support hold in 2029?", undated) == "answer holds; holds Support")
        #expect(ask("does Support hold at 2028-12-01?", undated) == "answer may hold; may hold Support")
    }

    @Test func aRecordedLapseMeansTheyNeverHold() {
        let lapsed = "event Lapse on 2028-11-03 lapses Renewal.\n"
        #expect(ask("which rights hold for Licensee in 2029?", lapsed) == "holds Use")
        #expect(ask("does Renewal hold at 2028-11-02?", lapsed) == "answer holds; holds Renewal")
    }

    @Test func powersAndLiabilitiesAreAskedByName() {
        #expect(ask("which powers does Licensee have in 2028?") == "holds Renewal")
        #expect(ask("liabilities of Licensor in 2028?") == "holds Renewal derived")
        #expect(ask("which powers does Licensee have in 2027?") == "")
    }

    @Test func theExplanationSaysWhatIsRecordedOfTheExercise() throws {
        var session = Session()
        _ = session.run(Self.licence, name: "kb.clq")
        let table = TableRenderer().render(try session.ask("explain RenewedUse in 2029"), knowledgeBase: session.knowledgeBase)
        #expect(table.contains(
            "condition  if exercised Renewal: it holds only once the option Renewal is exercised; no exercise recorded: "
                + "it may be exercised from 2028-02-01 on, or never"))
        let support = TableRenderer().render(try session.ask("explain Support in 2029"), knowledgeBase: session.knowledgeBase)
        #expect(support.contains("starts     90 days after Renewal is exercised, if it is (some day from 2028-05-01 on)"))
    }

    @Test func exercisesAreChecked() {
        let script = Self.licence + """
            event Early on 2027 exercises Renewal.
            event Odd exercises Use.
            event Twice on 2028-03 exercises Renewal.
            event Again on 2028-04 lapses Renewal.

            """
        #expect(renderedDiagnostics(script) == """
            test.clq:8:21: error: 'Early' (some day in 2027) cannot exercise 'Renewal': its window runs from 2028-02-01 to 2028-11-02, and the event falls wholly outside it [exercise-outside-window]
             8 | event Early on 2027 exercises Renewal.
               |                     ^~~~~~~~~~~~~~~~~
            test.clq:9:21: error: 'Use' is a permission, not a power: only a power (an option) is exercised; declare it 'power of HOLDER over PARTY' [not-a-power]
             9 | event Odd exercises Use.
               |                     ^~~
            test.clq:11:24: error: 'Renewal' is already exercised by Twice; a power is exercised, lapses or is ended once [exercise-conflict]
             11 | event Again on 2028-04 lapses Renewal.
                |                        ^~~~~~~~~~~~~~
            3 errors

            """)
    }

    static let starting = """
        party A.
        agreement G between A effective 2021-01-01 {
          clause K1: power of A to use from 2021-01-01 until 2021-12-31.
          clause K2: right of A to use from exercised K1 until 2021-12-31.
        }

        """

    @Test func aClauseStartingFromAnExerciseMayNeverStart() {
        #expect(summary("is K2 in force at 2021-12-31?", builtin: false, declarations: Self.starting)
                == "answer may hold; may hold K2")
        #expect(summary("what changed between 2020 and 2021?", builtin: false, declarations: Self.starting)
                == "started holds K1; started may hold K2")
        let lapsed = Self.starting + "event E1 on 2021-04 lapses K1.\n"
        #expect(summary("is K2 in force at 2021-12-31?", builtin: false, declarations: lapsed)
                == "answer does not hold; does not hold K2")
        #expect(summary("what changed between 2020 and 2021?", builtin: false, declarations: lapsed)
                == "ended holds K1; started holds K1")
    }

    @Test func instantsCountedFromAnExerciseAreCheckedOnceKnown() {
        let script = """
            party A.
            agreement G between A effective 2021-01-01 {
              clause K1: power of A to use from 2021-01-01 until 2021-12-31.
              clause K2: power of A to sell from exercised K1 until 2021-12-31.
              clause K3: right of A to sell from exercised K1 until 2021-02.
            }
            event E1 on 2021-04-10 exercises K1.
            event E2 on 2021-03 lapses K2.

            """
        #expect(renderedDiagnostics(script) == """
            test.clq:5:57: error: clause 'K3' ends (2021-02) before it starts (exercised K1, on 2021-04-10) [end-before-start]
             5 |   clause K3: right of A to sell from exercised K1 until 2021-02.
               |                                                         ^~~~~~~
            test.clq:8:21: error: 'E2' (some day in 2021-03) cannot record the lapse of 'K2': its window opens on 2021-04-10 [exercise-outside-window]
             8 | event E2 on 2021-03 lapses K2.
               |                     ^~~~~~~~~
            2 errors

            """)
    }
}
