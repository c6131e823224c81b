import ClauseQuery
import Testing

/// The exact text of syntax and checking diagnostics.
@Suite struct ParserDiagnosticTests {
    @Test func expectedWhatAfterWhat() {
        #expect(renderedDiagnostics("which rights hold for in 2031?") == """
            test.clq:1:23: error: expected a party after 'for', found 'in' [expected-token]
             1 | which rights hold for in 2031?
               |                       ^~

            """)
    }

    @Test func keywordsCannotBeIdentifiers() {
        #expect(renderedDiagnostics("party open.") == """
            test.clq:1:7: error: expected a party identifier, found the keyword 'open'; keywords cannot be used as identifiers [expected-token]
             1 | party open.
               |       ^~~~

            """)
    }

    @Test func fiveUnrelatedErrorsAreAllReportedWithoutCascades() {
        let script = """
            party A aka.
            party B.
            asset X owned by Nobody.
            agreement G between A and B effective 2026-13 {
              clause C1: right of A against B to use X from 2027 until 2026.
              clause C2: duty of A.
            }
            event E on 2025 involving Ghost.

            """
        let (session, outcome) = run(script, builtin: false)
        #expect(outcome.loadFailed)
        #expect(session.knowledgeBase.isEmpty)
        #expect(renderedDiagnostics(script) == """
            test.clq:1:12: error: expected an alias after 'aka', found '.' [expected-token]
             1 | party A aka.
               |            ^
            test.clq:4:39: error: 2026 has no month 13; months run from 1 to 12 [invalid-date]
             4 | agreement G between A and B effective 2026-13 {
               |                                       ^~~~~~~
            test.clq:6:14: error: expected 'right', 'obligation', 'permission', 'prohibition', 'power', 'immunity' or 'term' after ':', found 'duty' [expected-token]
             6 |   clause C2: duty of A.
               |              ^~~~
            test.clq:3:18: error: unknown party 'Nobody' [unknown-party]
             3 | asset X owned by Nobody.
               |                  ^~~~~~
            test.clq:5:60: error: clause 'C1' ends (2026) before it starts (2027) [end-before-start]
             5 |   clause C1: right of A against B to use X from 2027 until 2026.
               |                                                            ^~~~
            test.clq:8:27: error: unknown party 'Ghost' [unknown-party]
             8 | event E on 2025 involving Ghost.
               |                           ^~~~~
            6 errors

            """)
    }

    @Test func checkingErrorsAreReportedTogetherAndNothingLoads() {
        let script = """
            party A aka Alpha.
            party B part of C.
            asset X owned by Nobody.
            agreement G between A and B effective 2026 {
              clause C1: right of A against B to use X from 2027 until 2026.
            }
            event E on 2025 involving Ghost.
            party A.

            """
        let (session, outcome) = run(script, builtin: false)
        #expect(outcome.loadFailed)
        #expect(session.knowledgeBase.isEmpty)
        #expect(DiagnosticRenderer(color: false).render(outcome.diagnostics, sources: session.sources) == """
            test.clq:2:17: error: unknown party 'C' [unknown-party]
             2 | party B part of C.
               |                 ^
            test.clq:3:18: error: unknown party 'Nobody' [unknown-party]
             3 | asset X owned by Nobody.
               |                  ^~~~~~
            test.clq:5:60: error: clause 'C1' ends (2026) before it starts (2027) [end-before-start]
             5 |   clause C1: right of A against B to use X from 2027 until 2026.
               |                                                            ^~~~
            test.clq:7:27: error: unknown party 'Ghost' [unknown-party]
             7 | event E on 2025 involving Ghost.
               |                           ^~~~~
            test.clq:8:7: error: duplicate identifier 'A': a party already uses it [duplicate-id]
             8 | party A.
               |       ^
            test.clq:1:1: note: 'A' was first declared here
             1 | party A aka Alpha.
               | ^~~~~~~~~~~~~~~~~~
            5 errors

            """)
    }

    @Test func cyclesAreReported() {
        let messages = run("party A part of B.\nparty B part of A.\nagreement G amends H {}\nagreement H amends G {}", builtin: false)
            .1.diagnostics.map(\.message)
        #expect(messages == [
            "party 'A' is part of itself through 'part of'",
            "party 'B' is part of itself through 'part of'",
            "agreement 'G' amends itself through 'amends'",
            "agreement 'H' amends itself through 'amends'",
        ])
    }

    @Test func aClauseOfAPartyOutsideTheAgreementIsAWarning() {
        let (_, outcome) = run("party A. party B. party C.\nagreement G between A and B { clause K: right of C against A. }", builtin: false)
        #expect(!outcome.loadFailed)
        #expect(outcome.diagnostics.map { "\($0.severity) \($0.message)" } == ["warning 'C' is not a party to agreement 'G'"])
    }

    /// A party is in an agreement when it or a party it is part of signs it; an agreement that names no
    /// party is not checked.
    @Test func partsOfAPartyAreInItsAgreements() {
        let (_, outcome) = run("""
            party A. party B. party C. party D part of B. party E part of D. party F.
            agreement G between A and B {
              clause K1: right of E against A.
              clause K2: right of A against F.
              clause K3: right of C against F.
            }
            agreement H { clause K4: right of F against C. }
            agreement I between F, E and C { clause K5: right of B against D. clause K6: right of E against C. }
            """, builtin: false)
        #expect(!outcome.loadFailed)
        #expect(outcome.diagnostics.map { "\($0.location?.range.start ?? -1) \($0.message)" } == [
            "141 'F' is not a party to agreement 'G'",
            "176 'C' is not a party to agreement 'G'",
            "176 'F' is not a party to agreement 'G'",
            "293 'B' is not a party to agreement 'I'",
            "293 'D' is not a party to agreement 'I'",
        ])
    }

    @Test func attributesGivenTwiceAreErrors() {
        #expect(run("party A. agreement G { clause K: right of A from 2020 from 2021. }", builtin: false).1.diagnostics
            .map(\.message) == ["'from' is given twice; give it once"])
    }

    @Test func incompleteInputIsTypedNotGuessed() {
        var session = Session()
        #expect(session.parse("which rights hold for", name: "t").isIncomplete)
        #expect(session.parse("agreement G {\n clause K: right of A", name: "t").isIncomplete)
        #expect(session.parse("party A \"Société", name: "t").isIncomplete)
        #expect(session.parse("which clauses hold where (exclusive or", name: "t").isIncomplete)
        #expect(!session.parse("which rights hold for Microsoft in 2031", name: "t").isIncomplete)
        #expect(!session.parse("which rights hold for in", name: "t").isIncomplete)
        #expect(!session.parse("party A", name: "t").isIncomplete)
    }

    @Test func expectWithoutAQuestionIsAnError() {
        #expect(renderedDiagnostics("expect holds.") == """
            test.clq:1:1: error: 'expect' must follow a question [no-question]
             1 | expect holds.
               | ^~~~~~~~~~~~~

            """)
    }

    @Test func questionsInAKnowledgeBaseFileAreErrors() {
        var session = Session()
        let outcome = session.load([("kb.clq", "party A.\nwhich rights hold for A?")])
        #expect(outcome.loadFailed)
        #expect(outcome.diagnostics.map(\.message) == ["a knowledge-base file only declares; run questions with 'clq run' or -e"])
    }
}
