@testable import ClauseQuery
import Testing

/// Dates that name no calendar day, month or year are rejected where they are written, once each.
@Suite struct DateDiagnosticTests {
    @Test(arguments: [
        ("2031-00", "2031 has no month 0; months run from 1 to 12"),
        ("2031-13", "2031 has no month 13; months run from 1 to 12"),
        ("2031-13-01", "2031 has no month 13; months run from 1 to 12"),
        ("2031-01-00", "there is no day 0; January 2031 has days 1 to 31"),
        ("2031-02-30", "February 2031 has 28 days"),
        ("2023-02-29", "February 2023 has 28 days"),
        ("1900-02-29", "February 1900 has 28 days"),
        ("2024-02-30", "February 2024 has 29 days"),
        ("2031-04-31", "April 2031 has 30 days"),
        ("2031-12-32", "December 2031 has 31 days"),
        ("0000", "year 0 does not exist; years run from 1 to 9999"),
        ("0000-01-01", "year 0 does not exist; years run from 1 to 9999"),
        ("20311", "year 20311 has 5 digits; years run from 1 to 9999"),
        ("20311-01", "year 20311 has 5 digits; years run from 1 to 9999"),
        ("2031-1", "malformed date '2031-1'; write YYYY, YYYY-MM or YYYY-MM-DD"),
    ])
    func invalidDatesSayWhatIsWrong(text: String, message: String) {
        #expect(CalendarDate.read(Array(text.utf8)[...]) == .failure(CalendarDate.Invalid(message: message)))
        #expect(CalendarDate.parse(text) == nil)
    }

    @Test(arguments: ["2024-02-29", "2000-02-29", "0001", "9999-12-31", "2031-12", "2026-04-28"])
    func validDatesAreRead(text: String) {
        #expect(CalendarDate.parse(text)?.description == text)
    }

    @Test func aMonthZeroInAQuestionIsAnErrorNotAYear() {
        #expect(renderedDiagnostics("which rights hold for Microsoft in 2031-00?", builtin: true) == """
            test.clq:1:36: error: 2031 has no month 0; months run from 1 to 12 [invalid-date]
             1 | which rights hold for Microsoft in 2031-00?
               |                                    ^~~~~~~

            """)
    }

    @Test func aFiveDigitYearInAQuestionIsAnError() {
        #expect(renderedDiagnostics("which rights hold for Microsoft between 2025 and 20311?", builtin: true) == """
            test.clq:1:50: error: year 20311 has 5 digits; years run from 1 to 9999 [invalid-date]
             1 | which rights hold for Microsoft between 2025 and 20311?
               |                                                  ^~~~~

            """)
    }

    @Test func datesInFiltersAndExpectationsAreChecked() {
        #expect(renderedDiagnostics("which rights hold for Microsoft where until > 2030-02-29?", builtin: true) == """
            test.clq:1:47: error: February 2030 has 28 days [invalid-date]
             1 | which rights hold for Microsoft where until > 2030-02-29?
               |                                               ^~~~~~~~~~

            """)
        #expect(renderedDiagnostics("when does ModelAccess end?\nexpect ends 2032-00-01: ModelAccess.", builtin: true) == """
            test.clq:2:13: error: 2032 has no month 0; months run from 1 to 12 [invalid-date]
             2 | expect ends 2032-00-01: ModelAccess.
               |             ^~~~~~~~~~

            """)
    }

    @Test func aKnowledgeBaseWithFiveBrokenDatesGivesFiveErrors() {
        var session = Session()
        let outcome = session.load([("kb.clq", """
            party A.
            party B.
            agreement G between A and B effective 2030-00 {
              clause K: right of A against B from 2026-13-01 until 2027.
              clause L: right of A against B until 2025-02-29.
            }
            event E on 2024-04-31.
            event F after 0000.

            """)])
        #expect(outcome.loadFailed)
        #expect(DiagnosticRenderer(color: false).render(outcome.diagnostics, sources: session.sources) == """
            kb.clq:3:39: error: 2030 has no month 0; months run from 1 to 12 [invalid-date]
             3 | agreement G between A and B effective 2030-00 {
               |                                       ^~~~~~~
            kb.clq:4:39: error: 2026 has no month 13; months run from 1 to 12 [invalid-date]
             4 |   clause K: right of A against B from 2026-13-01 until 2027.
               |                                       ^~~~~~~~~~
            kb.clq:5:40: error: February 2025 has 28 days [invalid-date]
             5 |   clause L: right of A against B until 2025-02-29.
               |                                        ^~~~~~~~~~
            kb.clq:7:12: error: April 2024 has 30 days [invalid-date]
             7 | event E on 2024-04-31.
               |            ^~~~~~~~~~
            kb.clq:8:15: error: year 0 does not exist; years run from 1 to 9999 [invalid-date]
             8 | event F after 0000.
               |               ^~~~
            5 errors

            """)
    }

    @Test func lexicalAndSyntaxErrorsComeInTextOrderOnceEach() {
        #expect(renderedDiagnostics("party A aka.\nparty B \"open\nparty C @.\nevent E on 2025x.") == """
            test.clq:1:12: error: expected an alias after 'aka', found '.' [expected-token]
             1 | party A aka.
               |            ^
            test.clq:2:9: error: unterminated string; add a closing '"' [unterminated-string]
             2 | party B "open
               |         ^~~~~
            test.clq:3:9: error: unexpected character '@' [unexpected-character]
             3 | party C @.
               |         ^
            test.clq:4:12: error: malformed date '2025x'; write YYYY, YYYY-MM or YYYY-MM-DD [invalid-date]
             4 | event E on 2025x.
               |            ^~~~~
            4 errors

            """)
    }

    @Test func lexingMegabytesOfGarbageKeepsTheDiagnosticsBounded() {
        var garbage: [UInt8] = []
        garbage.reserveCapacity(4_000_000)
        let pieces: [[UInt8]] = [Array("@ ".utf8), [0xFF], Array("2031-13 ".utf8), Array("'x ".utf8), Array("$ ".utf8)]
        var index = 0
        while garbage.count < 4_000_000 {
            garbage += pieces[index % pieces.count]
            index += 1
        }
        let lexed = Lexer.lex(SourceText(name: "garbage", bytes: garbage), file: FileID(0))
        #expect(lexed.diagnostics.count == Parser.maximumDiagnostics)
        #expect(Parser.parse(SourceText(name: "garbage", bytes: garbage), file: FileID(0)).diagnostics.count
            == Parser.maximumDiagnostics)
    }
}
