import ClauseQuery
@testable import ClauseREPL
import Testing

/// The loop: questions, continuation lines, errors, interrupts and how a session ends.
@Suite struct LoopTests {
    static let answer2031 = """
        certainty  clause         modality  holder     counterparty  about                          from  until    terms          agreement     reason
        holds      ModelAccess    right     Microsoft  OpenAI        access OpenAI models           2026  2032     not exclusive  MSOpenAI2026
        may hold   AzureMainHost  right     Microsoft  OpenAI        host OpenAI products on Azure  2026  unknown  not exclusive  MSOpenAI2026  end not stated
        2 results: 1 holds, 1 may hold (in 2031)

        """

    @Test func answersTheDefiningQuestion() {
        let harness = Harness(lines: ["which rights hold for Microsoft in 2031?"])
        #expect(harness.run() == .finished)
        #expect(harness.output.out == LoopTests.answer2031)
        #expect(harness.output.err == "")
        #expect(harness.editor.prompts == ["clq> ", "clq> "])
    }

    @Test func anUnfinishedStatementContinuesOnTheNextLine() {
        let harness = Harness(lines: ["which rights hold for", "Microsoft in 2031?"])
        harness.run()
        #expect(harness.editor.prompts == ["clq> ", "...> ", "clq> "])
        #expect(harness.output.out == LoopTests.answer2031)
        #expect(harness.repl.history.entries == ["which rights hold for\nMicrosoft in 2031?"])
        #expect(harness.editor.recalled == ["which rights hold for\nMicrosoft in 2031?"])
    }

    /// Pasting a long agreement parses it once, when its last brace closes, not once per line.
    @Test func aPastedAgreementIsParsedWhenItsBraceCloses() {
        var lines = ["party A. party B.", "agreement G between A, B effective 2020 {  # a comment with {"]
        lines += (0..<8000).map { "  clause K\($0): right of A to use note \"a } in a note\"." }
        lines += ["}", ":quit!"]
        let harness = Harness(lines: lines, builtin: false)
        harness.run()
        #expect(harness.output.err == "")
        #expect(harness.output.out == "added 2 parties\nadded 1 agreement and 8000 clauses\n")
        #expect(harness.repl.completenessParses == 2)
    }

    @Test func anOpenQuoteOrBraceContinues() {
        let harness = Harness(lines: ["party Ada \"Ada", "Lovelace\". agreement A \"x\" between Ada and Microsoft {", "}"])
        harness.run()
        #expect(harness.editor.prompts == ["clq> ", "...> ", "...> ", "clq> "])
    }

    @Test func aRecalledMultiLineEntryRunsAsOneStatement() {
        let harness = Harness(lines: ["which rights hold for\nMicrosoft in 2031?"])
        harness.run()
        #expect(harness.output.out == LoopTests.answer2031)
    }

    @Test func aQueryErrorShowsACaretAndTheSessionGoesOn() {
        let harness = Harness(lines: ["which rights hold for Microsfot in 2031?", "which rights hold for Microsoft in 2031?"])
        harness.run()
        #expect(harness.output.err == """
            <input>:1:23: error: unknown party 'Microsfot' [unknown-party]
             1 | which rights hold for Microsfot in 2031?
               |                       ^~~~~~~~~
               = did you mean 'Microsoft'?

            """)
        #expect(harness.output.out == LoopTests.answer2031)
    }

    @Test func aSyntaxErrorIsReportedNotContinued() {
        let harness = Harness(lines: ["which rights hold for Microsoft in in?"])
        harness.run()
        #expect(harness.editor.prompts == ["clq> ", "clq> "])
        #expect(harness.output.err.hasPrefix("<input>:1:36: error: "))
    }

    @Test func ctrlCCancelsTheLinesTypedSoFar() {
        let harness = Harness([.line("which rights hold for"), .interrupted, .line("list prospects?")])
        harness.run()
        #expect(harness.editor.prompts == ["clq> ", "...> ", "clq> ", "clq> "])
        #expect(harness.output.out.hasPrefix("status    id"))
        #expect(harness.repl.history.entries == ["list prospects?"])
    }

    @Test func anInterruptedQuestionLeavesTheKnowledgeBaseIntact() {
        let harness = Harness(lines: ["party Ada \"Ada Lovelace\".", ":quit!"], builtin: false, session: Harness.largeSession())
        harness.run()
        #expect(harness.output.out == "added 1 party\n")
        harness.flags.interruptQuestions = true
        harness.editor.inputs = [.line("party Bob. which rights hold for P0 in 2025?"), .line(":quit!")]
        harness.output.out = ""
        harness.run()
        #expect(harness.output.err == "interrupted\n")
        #expect(harness.output.out == "")
        harness.flags.interruptQuestions = false
        harness.output.err = ""
        harness.editor.inputs = [.line("which rights hold for P0 in 2025 where about A0 and holder is P1?"), .line("list parties?"),
                                 .line(":quit!")]
        harness.output.out = ""
        harness.run()
        #expect(harness.output.out.hasPrefix("nothing holds in 2025\n"))
        #expect(harness.output.out.contains("holds      Ada  Ada Lovelace\n"))
        #expect(!harness.output.out.contains("Bob"))
        #expect(harness.output.err == "")
    }

    @Test func ctrlCWhileALongAnswerIsWrittenStopsIt() {
        let harness = Harness(lines: ["list clauses?"], builtin: false, session: Harness.largeSession())
        harness.output.afterWrite = { [flags = harness.flags] in flags.interruptQuestions = true }
        harness.run()
        #expect(harness.output.err == "interrupted\n")
        let written = harness.output.out.utf8.count
        #expect(written >= REPL.outputChunkSize && written < REPL.outputChunkSize + 200)
        #expect(harness.output.out.hasSuffix("\n"))
    }

    @Test func ctrlDAtTheContinuationPromptCancelsTheStatementAndKeepsItInHistory() {
        let harness = Harness(lines: ["which rights hold for"])
        #expect(harness.run() == .finished)
        #expect(harness.output.out == "")
        #expect(harness.repl.history.entries == ["which rights hold for"])
        #expect(harness.editor.prompts == ["clq> ", "...> ", "clq> "])
        #expect(harness.output.err == "cancelled the unfinished statement; Up recalls it\n")
    }

    @Test func afterCtrlDAtTheContinuationPromptTheSessionGoesOn() {
        let harness = Harness([.line("party Ada \"Ada"), .endOfInput, .line("list prospects?"), .line("which rights hold for"),
                               .endOfInput, .line("list parties for Microsoft?"), .line(":quit")])
        #expect(harness.run() == .finished)
        #expect(harness.editor.prompts == ["clq> ", "...> ", "clq> ", "clq> ", "...> ", "clq> ", "clq> "])
        #expect(harness.output.out.hasPrefix("status    id"))
        #expect(harness.output.out.contains("3 results\n"))
        #expect(harness.output.out.hasSuffix("1 result\n"))
        #expect(harness.output.err == String(repeating: "cancelled the unfinished statement; Up recalls it\n", count: 2))
        #expect(harness.repl.history.entries
            == ["party Ada \"Ada", "list prospects?", "which rights hold for", "list parties for Microsoft?", ":quit"])
        #expect(harness.editor.recalled == harness.repl.history.entries)
        #expect(harness.repl.typedDeclarations.isEmpty)
    }

    @Test func aTerminationSignalEndsTheLoop() {
        let harness = Harness(lines: ["list parties?"])
        harness.flags.terminationSignal = 15
        #expect(harness.run() == .terminated(15))
        #expect(harness.output.out == "")
    }

    @Test func declarationsExtendTheKnowledgeBase() {
        let harness = Harness(lines: [
            "party Société \"Société Lumière\" aka SL.",
            "agreement Licence \"Licence\" between Société and Microsoft effective 2027 {",
            "  clause Stream: right of Société against Microsoft to use Azure until 2030 cites article line 1.",
            "}",
            "which rights hold for Société in 2028?",
            ":quit!",
        ])
        harness.run()
        #expect(harness.output.err == "")
        #expect(harness.output.out == """
            added 1 party
            added 1 agreement and 1 clause
            certainty  clause  modality  holder   counterparty  about      from  until  terms  agreement
            holds      Stream  right     Société  Microsoft     use Azure  2027  2030          Licence
            1 result: 1 holds, 0 may hold (in 2028)

            """)
        #expect(harness.repl.typedDeclarations == [
            "party Société \"Société Lumière\" aka SL.",
            "agreement Licence \"Licence\" between Société and Microsoft effective 2027 {\n"
                + "  clause Stream: right of Société against Microsoft to use Azure until 2030 cites article line 1.\n}",
        ])
    }

    @Test func aDeclarationThatDoesNotCheckChangesNothing() {
        let harness = Harness(lines: ["party Microsoft \"Again\"."])
        let before = harness.repl.session.knowledgeBase.parties.count
        harness.run()
        #expect(harness.output.err.contains("[duplicate-id]"))
        #expect(harness.output.out == "")
        #expect(harness.repl.session.knowledgeBase.parties.count == before)
        #expect(harness.repl.typedDeclarations.isEmpty)
    }

    @Test func blankLinesAreIgnored() {
        let harness = Harness(lines: ["", "   "])
        harness.run()
        #expect(harness.editor.prompts == ["clq> ", "clq> ", "clq> "])
        #expect(harness.repl.history.entries.isEmpty)
    }
}
