import ClauseQuery
import Foundation
import Testing

/// The output formats, pinned exactly.
@Suite struct RendererTests {
    @Test func jsonForAFailedQuestionCarriesPositionedDiagnostics() {
        var session = Session.builtin()
        let outcome = session.run("which rights hold for Microsfot in 2031?", name: "-e")
        let step = outcome.steps[0]
        #expect(JSONRenderer.render(query: step.text, answer: nil, diagnostics: step.diagnostics,
                                    knowledgeBase: session.knowledgeBase, sources: session.sources) == """
            {"query":"which rights hold for Microsfot in 2031?","results":[],"diagnostics":[{"id":"unknown-party",\
            "severity":"error","message":"unknown party 'Microsfot'","file":"-e","line":1,"column":23,"end_line":1,\
            "end_column":32,"notes":[{"message":"did you mean 'Microsoft'?"}]}]}
            """)
    }

    // The full JSON, CSV and table outputs are pinned by the golden scripts in Tests/Golden
    // (renderers-json.clq, renderers-csv.clq, renderers-table.clq).

    @Test func csvQuotesAFieldWithACommaAndNamesTheQuery() throws {
        var session = Session.builtin()
        let answer = try session.ask("which obligations does OpenAI have in 2028?")
        let lines = CSVRenderer.render(query: "obligations, 2028", answer: answer, knowledgeBase: session.knowledgeBase)
            .components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == answer.rows.count)
        #expect(lines.allSatisfy { $0.hasPrefix("\"obligations, 2028\",clause,") })
    }

    /// RFC 4180: a field with a comma, a double quote or a line break is quoted, its quotes doubled;
    /// any other is written as it is.
    @Test func csvQuotesAsRFC4180Says() throws {
        let query = "say \"yes\",\r\nthen é"
        var session = Session.builtin()
        let answer = try session.ask("which rights hold for Microsoft in 2031?")
        let text = CSVRenderer.render(query: query, answer: answer, knowledgeBase: session.knowledgeBase)
        #expect(text.hasPrefix("\"say \"\"yes\"\",\r\nthen é\",clause,"))
        #expect(text.hasSuffix("\r\n"))
        #expect(CSVRenderer.headerLine() == CSVRenderer.header.joined(separator: ",") + "\r\n")
    }

    @Test func csvAndJSONGiveEveryRowTheSameFields() throws {
        var session = Session.builtin()
        for question in ["when does Microsoft's access to OpenAIModels start?", "which obligations does OpenAI have in 2028?",
                         "list events?"] {
            let answer = try session.ask(question)
            let header = CSVRenderer.header
            let csv = CSVRenderer.render(query: question, answer: answer, knowledgeBase: session.knowledgeBase)
                .components(separatedBy: "\r\n").filter { !$0.isEmpty }
            let json = JSONRenderer.render(query: question, answer: answer, diagnostics: [],
                                           knowledgeBase: session.knowledgeBase, sources: session.sources)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let results = try #require(object["results"] as? [[String: Any]])
            #expect(csv.count == results.count)
            for (line, result) in zip(csv, results) where !line.contains("\"") {
                let cells = line.components(separatedBy: ",")
                for field in ["id", "from", "until", "from_earliest", "until_latest", "certainty"] {
                    let index = try #require(header.firstIndex(of: field))
                    #expect(cells[index] == (result[field] as? String ?? ""), "\(question): \(field)")
                }
            }
        }
    }

    @Test func tableColoursOnlyWhenAsked() throws {
        var session = Session.builtin()
        let answer = try session.ask("which rights hold for Microsoft in 2031?")
        #expect(TableRenderer(color: true).render(answer, knowledgeBase: session.knowledgeBase).contains("\u{1B}[32mholds"))
        #expect(!TableRenderer(color: false).render(answer, knowledgeBase: session.knowledgeBase).contains("\u{1B}"))
    }

    @Test func diagnosticLinesLongerThanTheWindowAreCutAroundTheCaret() {
        let long = "which rights hold for " + String(repeating: "a", count: 300) + " in 2031 and?"
        let rendered = renderedDiagnostics(long, builtin: true)
        let lines = rendered.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix(" 1 | …"))
        #expect(lines[0] == "test.clq:1:332: error: expected '?' to end the question after '2031', found 'and' [expected-token]")
        #expect(lines.allSatisfy { $0.count < 140 })
    }

    /// A line far longer than the stretch shown is read only around the caret, and shows as it did when
    /// read whole: the caret 40 columns in, the cut marked on both sides.
    @Test func aVeryLongLineShowsTheStretchAroundTheCaret() {
        let line = String(repeating: "é", count: 3000) + "X" + String(repeating: "é", count: 3000)
        var sources = SourceSet()
        let file = sources.add(SourceText(name: "long.clq", text: line))
        let diagnostic = Diagnostic(.unknownReference, .error, "unknown party 'X'",
                                    at: SourceLocation(file: file, range: ByteRange(6000, 6001)))
        #expect(DiagnosticRenderer(color: false).render(diagnostic, sources: sources) == """
            long.clq:1:3001: error: unknown party 'X' [unknown-reference]
             1 | …\(String(repeating: "é", count: 40))X\(String(repeating: "é", count: 79))…
               | \(String(repeating: " ", count: 41))^

            """)
    }
}
