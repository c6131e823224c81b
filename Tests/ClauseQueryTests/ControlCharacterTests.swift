import ClauseQuery
import Foundation
import Testing

/// Control characters from a knowledge base or a source line never reach a terminal raw: tables,
/// blocks, explanations, timelines, totals, changes and diagnostics show them escaped; JSON and CSV
/// keep the text exact.
@Suite struct ControlCharacterTests {
    /// Names, titles, notes and a source document that would clear the screen, set the window title,
    /// write the clipboard, hide text and send a C1 control sequence introducer.
    static let knowledge = """
        source doc "doc\u{1B}]52;c;Y2xpcA==\u{7}.txt".
        party A "Evil\u{1B}]0;title\u{7}Corp".
        party B "B".
        asset Z "data\u{1B}[2J\tset\u{9B}".
        agreement G "G\u{1B}[31m title" between A and B effective 2020 cites doc line 1 {
          clause C: right of A against B to use Z amount exactly $5M from 2020 until 2030 cites doc line 2
              note "keeps\u{1B}[8m hidden\\nline\u{7F}".
        }

        """

    static let questions = [
        "list parties?", "list assets?", "list sources?", "list agreements?", "which rights hold for A in 2025?",
        "explain C in 2025?", "timeline of A between 2019 and 2031?", "how much does B owe A in 2025?",
        "what changed between 2019 and 2021?", "when does C end?", "is C in force in 2025?",
    ]

    /// What the script prints in `format`, answers then problems.
    static func printed(_ format: RenderFormat, color: Bool = false, width: Int? = nil,
                        script: String = knowledge + questions.joined(separator: "\n")) -> String {
        var session = Session()
        let outcome = session.run(script, name: "kb\u{1B}[2J.clq")
        var printer = ScriptPrinter(format: format, colorOutput: color, colorErrors: color,
                                    layout: TableLayout(width: width, expanded: format == .expanded ? .always : .auto))
        printer.picture = PictureSettings(width: 100, today: nil, unicode: true)
        let answers = printer.answers(outcome, in: session)
        return answers.map(\.output).joined() + printer.problems(outcome, in: session) + answers.map(\.errors).joined()
    }

    /// The control characters in `text` other than newlines, after taking out the colour codes the
    /// renderers write themselves.
    static func rawControls(_ text: String) -> [Unicode.Scalar] {
        let uncoloured = text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        return uncoloured.unicodeScalars.filter { $0 != "\n" && ($0.value < 0x20 || (0x7F...0x9F).contains($0.value)) }
    }

    @Test func escapesAreReadableAndOtherTextIsKept() {
        #expect("a\u{1B}[2J\tb\nc\u{7F}\u{9B}d\u{0}\r".controlsEscaped == #"a\u{1B}[2J\tb\nc\u{7F}\u{9B}d\u{0}\u{D}"#)
        let plain = "Société — Lumière 🎉 \u{A0}\u{A1} e\u{301}"
        #expect(plain.controlsEscaped == plain)
    }

    @Test func noFormatForTheTerminalLetsAControlCharacterThrough() {
        for format in [RenderFormat.table, .expanded] {
            for color in [false, true] {
                for width in [nil, 60] as [Int?] {
                    let output = ControlCharacterTests.printed(format, color: color, width: width)
                    #expect(ControlCharacterTests.rawControls(output).isEmpty, "\(format) color \(color) width \(width ?? 0)")
                    #expect(output.contains(#"\u{1B}"#))
                }
            }
        }
    }

    @Test func aTableShowsTheEscapes() {
        let script = ControlCharacterTests.knowledge + "list parties?\nlist assets?"
        #expect(ControlCharacterTests.printed(.table, script: script) == #"""
            » list parties?
            certainty  id  name                         details
            holds      A   Evil\u{1B}]0;title\u{7}Corp
            holds      B   B
            2 results

            » list assets?
            certainty  id  name                      details
            holds      Z   data\u{1B}[2J\tset\u{9B}
            1 result

            """#)
    }

    @Test func anExplanationShowsTheEscapes() {
        let output = ControlCharacterTests.printed(.table, script: ControlCharacterTests.knowledge + "explain C in 2025?")
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.contains(#"holds      C       right     A       B             use data\u{1B}[2J\tset\u{9B}  2020  2030   exactly $5M  G"#))
        #expect(lines.contains(#"  clause     C: right of A against B to use data\u{1B}[2J\tset\u{9B}"#))
        #expect(lines.contains(#"  agreement  G "G\u{1B}[31m title", effective some day in 2020"#))
        #expect(lines.contains(#"  source     doc\u{1B}]52;c;Y2xpcA==\u{7}.txt line 2: keeps\u{1B}[8m hidden\nline\u{7F}"#))
    }

    @Test func aDiagnosticShowsTheEscapesWithItsCaretUnderTheRightText() {
        let script = "party A \"A\".\nwhich rights hold for \"Evil\u{1B}]0;x\u{7}\" in 2025?\n"
        #expect(ControlCharacterTests.printed(.table, script: script) == #"""
            kb\u{1B}[2J.clq:2:23: error: unknown party 'Evil\u{1B}]0;x\u{7}' [unknown-party]
             2 | which rights hold for "Evil\u{1B}]0;x\u{7}" in 2025?
               |                       ^~~~~~~~~~~~~~~~~~~~~

            """#)
        let stray = "party A \"A\".\nlist \u{1B}[2J parties?\n"
        #expect(ControlCharacterTests.printed(.table, script: stray).hasPrefix(#"""
            kb\u{1B}[2J.clq:2:6: error: unexpected character 0x1B [unexpected-character]
             2 | list \u{1B}[2J parties?
               |      ^~~~~~

            """#))
    }

    @Test func jsonAndCSVKeepTheTextExact() throws {
        let json = ControlCharacterTests.printed(.json, script: ControlCharacterTests.knowledge + "list parties?")
        #expect(json.contains(#""Evil\u001b]0;title\u0007Corp""#))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let results = try #require(object["results"] as? [[String: Any]])
        #expect(results.first?["name"] as? String == "Evil\u{1B}]0;title\u{7}Corp")
        let csv = ControlCharacterTests.printed(.csv, script: ControlCharacterTests.knowledge + "list parties?")
        #expect(csv.contains(",Evil\u{1B}]0;title\u{7}Corp,"))
    }
}
