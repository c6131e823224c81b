import ClauseQuery
@testable import ClauseREPL
import Testing

/// The `:` commands other than those that load and save knowledge.
@Suite struct CommandTests {
    @Test func quitAndItsPrefixEndTheSession() {
        for command in [":quit", ":q", "  :qu  "] {
            let harness = Harness(lines: [command, "list parties?"])
            #expect(harness.run() == .finished)
            #expect(harness.output.out == "")
            #expect(harness.editor.prompts == ["clq> "])
        }
    }

    @Test func commandsGoIntoHistory() {
        let harness = Harness(lines: [":timing on", ":timing on"])
        harness.run()
        #expect(harness.repl.history.entries == [":timing on"])
    }

    @Test func anUnknownCommandSaysSo() {
        let harness = Harness(lines: [":lod x", ":exit", ":"])
        harness.run()
        #expect(harness.output.err == """
            error: unknown command ':lod'; did you mean :load? type :help for the list
            error: unknown command ':exit'; type :help for the list
            error: a command name must follow ':'; type :help for the list

            """)
    }

    @Test func aPrefixOfSeveralCommandsNamesThem() {
        let harness = Harness(lines: [":fo json", ":f", ":for", ":form json"])
        harness.run()
        #expect(harness.output.err == """
            error: ':fo' could be :format or :forget; type more of it
            error: ':f' could be :format or :forget; type more of it
            error: ':for' could be :format or :forget; type more of it

            """)
        #expect(harness.output.out == "format: json\n")
    }

    @Test func formatChangesHowAnswersArePrinted() {
        let harness = Harness(lines: [":format csv", "is Microsoft's access to OpenAIModels exclusive in 2027?",
                                      "list parties?", ":format json", "list parties?", ":format", ":format xml"])
        harness.run()
        #expect(harness.output.out.contains("\r\n"))
        let lines = harness.output.out.replacing("\r\n", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = CSVRenderer.headerLine().replacing("\r\n", with: "")
        #expect(lines[0] == "format: csv")
        #expect(lines[1] == header && lines[1].hasPrefix("query,type,id,certainty,"))
        #expect(lines[2].hasPrefix("is Microsoft's access to OpenAIModels exclusive in 2027?,clause,ExclusiveModelAccess,does-not-hold,"))
        #expect(lines[3].hasPrefix("is Microsoft's access to OpenAIModels exclusive in 2027?,clause,ModelAccess,does-not-hold,"))
        #expect(lines[4] == header)
        #expect(lines[5].hasPrefix("list parties?,party,Microsoft,"))
        let json = lines.firstIndex(of: "format: json") ?? 0
        #expect(lines[json + 1].hasPrefix(#"{"query":"list parties?","results":[{"type":"party","id":"Microsoft","#))
        #expect(lines[json + 1].hasSuffix(#"],"diagnostics":[]}"#))
        #expect(Array(lines[(json + 2)...]) == ["format: json", ""])
        #expect(harness.output.err == "error: usage: :format table|expanded|json|csv|svg|html\n")
    }

    @Test func withJSONEveryQuestionIsAnObjectEvenOneThatDoesNotParse() {
        let harness = Harness(lines: [":format json", "which rihgts hold?", "does Microsoft's access to Codex hold in 2040?"])
        harness.run()
        #expect(harness.output.out == """
            format: json
            {"query":"which rihgts hold?","results":[],"diagnostics":[{"id":"expected-token","severity":"error",\
            "message":"expected 'rights', 'obligations', 'permissions', 'prohibitions' or 'clauses' after 'which', \
            found 'rihgts'","file":"<input>","line":1,"column":7,"end_line":1,"end_column":13,"notes":[{"message":"did you mean \'rights\'?"}]}]}
            {"query":"does Microsoft's access to Codex hold in 2040?","answer":"does-not-hold","results":[],"diagnostics":[]}

            """)
        #expect(harness.output.err == "")
    }

    @Test func withCSVALineOfSeveralQuestionsHasOneHeader() {
        let harness = Harness(lines: [":format csv", "list prospects? list prospects?"])
        harness.run()
        let lines = harness.output.out.replacing("\r\n", with: "\n").split(separator: "\n").map(String.init)
        #expect(lines.count == 1 + 1 + 2 * 3)
        #expect(lines.filter { $0.hasPrefix("query,") }.count == 1)
    }

    @Test func timingShowsHowLongEachQuestionTook() {
        let harness = Harness(lines: [":timing", ":timing on", "list prospects?", ":timing off", ":timing maybe"])
        harness.run()
        #expect(harness.output.out.hasPrefix("timing: off\ntiming: on\nstatus    id"))
        #expect(harness.output.out.hasSuffix("time: 2.500 ms\ntiming: off\n"))
        #expect(harness.output.err == "error: usage: :timing on|off\n")
    }

    @Test func timesAreInMillisecondsToTheMicrosecond() {
        #expect(REPL.milliseconds(.microseconds(52)) == "0.052 ms")
        #expect(REPL.milliseconds(.nanoseconds(999)) == "0.000 ms")
        #expect(REPL.milliseconds(.milliseconds(12) + .microseconds(345) + .nanoseconds(999)) == "12.345 ms")
        #expect(REPL.milliseconds(.seconds(3) + .microseconds(7)) == "3000.007 ms")
        #expect(REPL.milliseconds(.microseconds(-5)) == "0.000 ms")
    }

    @Test func timingMeasuresOnTheRealClock() {
        let harness = Harness(lines: [":timing on", "list prospects?", "which rights hold for Microsoft in 2031?"])
        let repl = REPL(session: harness.repl.session, startsFromBuiltin: true, knowledgeFiles: [], editor: harness.editor,
                        output: harness.output, flags: harness.flags)
        repl.run()
        let times = harness.output.out.split(separator: "\n").filter { $0.hasPrefix("time: ") }
        #expect(times.count == 2)
        for time in times {
            #expect(time.wholeMatch(of: /time: \d+\.\d{3} ms/) != nil)
            #expect(time != "time: 0.000 ms")
        }
    }

    @Test func assumeTreatsUnknownEndsAsContinuing() {
        let harness = Harness(lines: [":assume unknown-ends continue", "which rights hold for Microsoft in 2031?",
                                      ":assume", ":assume unknown-ends unknown", ":assume ends"])
        harness.run()
        #expect(harness.repl.session.options.unknownEnds == .unknown)
        let lines = harness.output.out.split(separator: "\n").map(String.init)
        #expect(lines.first == "unknown-ends continue: ends the source does not give are treated as continuing")
        #expect(lines.contains { $0.hasPrefix("holds      AzureMainHost") })
        #expect(lines.suffix(2) == [
            "unknown-ends continue: ends the source does not give are treated as continuing",
            "unknown-ends unknown: an answer that depends on an end the source does not give may hold",
        ])
        #expect(harness.output.err == "error: usage: :assume unknown-ends continue|unknown\n")
    }

    @Test func helpListsCommandsAndTopics() {
        let harness = Harness(lines: [":help", ":help ti", ":help nothing"])
        harness.run()
        #expect(harness.output.out == HelpText.overview + HelpText.topics[1].text)
        #expect(harness.output.out.contains("  :save FILE                                write the declarations typed in this session to FILE\n"))
        #expect(harness.output.err
            == "error: no help topic 'nothing'; topics: questions, time, filters, declarations, keys, commands\n")
    }

    /// Every example in the help runs, in order, on the built-in knowledge base without an error.
    @Test func everyHelpExampleRuns() {
        let texts = [HelpText.overview] + HelpText.topics.map(\.text)
        var lines: [String] = []
        for text in texts {
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix("  clq> ") || line.hasPrefix("  ...> ") { lines.append(String(line.dropFirst(7))) }
            }
        }
        #expect(lines.count >= 30)
        let harness = Harness(lines: lines + [":quit!"])
        harness.run()
        #expect(harness.output.err == "")
        #expect(harness.editor.prompts.filter { $0 == REPL.continuationPrompt }.count == 3)
        #expect(!harness.output.out.contains("nothing holds") && harness.output.out.contains("holds"))
    }
}
