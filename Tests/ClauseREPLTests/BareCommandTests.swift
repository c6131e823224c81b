import ClauseQuery
@testable import ClauseREPL
import Testing

/// `help`, `exit` and `quit` typed alone work as their `:` commands, as in psql; unfinished statements continue.
@Suite struct BareCommandTests {
    @Test(arguments: ["exit", "quit", "quit;", "  exit ; ", "exit\t"])
    func exitAndQuitEndTheSession(line: String) {
        let harness = Harness(lines: [line, "list parties?"])
        #expect(harness.run() == .finished)
        #expect(harness.output.out == "")
        #expect(harness.output.err == "")
        #expect(harness.editor.prompts == ["clq> "])
    }

    @Test func helpShowsTheOverview() {
        let harness = Harness(lines: ["help", "help;"])
        harness.run()
        #expect(harness.output.out == HelpText.overview + HelpText.overview)
        #expect(harness.output.err == "")
        #expect(harness.repl.history.entries == ["help", "help;"])
    }

    @Test func theWordsDoNotBreakAStatementInProgress() {
        let harness = Harness(lines: ["which rights hold for", "exit"])
        #expect(harness.run() == .finished)
        #expect(harness.editor.prompts == ["clq> ", "...> ", "clq> "])
        #expect(harness.output.out == "")
        #expect(harness.output.err == """
            <input>:2:1: error: unknown party 'exit' [unknown-party]
             2 | exit
               | ^~~~

            """)
    }

    @Test func otherWordsAreNotCommands() {
        #expect(REPL.bareCommand("helps") == nil)
        #expect(REPL.bareCommand("Exit") == nil)
        #expect(REPL.bareCommand("quit now") == nil)
        #expect(REPL.bareCommand("exit;;") == nil)
    }

    @Test(arguments: [
        ["which rights hold for Microsoft where exclusive and", "in 2025?"],
        ["which rights hold for Microsoft and", "in 2031?"],
        ["which rights hold for Microsoft where not", "derived and in 2031?"],
        ["which rights hold for Microsoft between 2031 and", "2031?"],
        ["which rights hold for Microsoft where", "holder is Microsoft or", "exclusive and in 2031?"],
    ])
    func aTrailingWordContinuesOnTheNextLine(lines: [String]) {
        let harness = Harness(lines: lines)
        harness.run()
        #expect(harness.editor.prompts == ["clq> "] + Array(repeating: "...> ", count: lines.count - 1) + ["clq> "])
        #expect(harness.output.err == "")
        #expect(harness.repl.history.entries == [lines.joined(separator: "\n")])
    }
}
