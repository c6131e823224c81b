import ClauseQuery
@testable import ClauseREPL
import Testing

/// Leaving with declarations typed but not saved asks once; `:quit!` and a second Ctrl-D leave.
@Suite struct LeavingTests {
    static let warningForAda = """
        warning: 1 declaration typed in this session is not saved: party Ada
          :save FILE writes them; Ctrl-D again or :quit! leaves without them

        """

    @Test func ctrlDWithUnsavedDeclarationsAsksOnceThenLeaves() {
        let harness = Harness([.line("party Ada \"Ada\"."), .endOfInput, .line("list prospects?"), .endOfInput,
                               .line("never read")])
        #expect(harness.run() == .finished)
        #expect(harness.editor.prompts == ["clq> ", "clq> ", "clq> ", "clq> "])
        #expect(harness.output.err == LeavingTests.warningForAda)
        #expect(harness.output.out.hasPrefix("added 1 party\nstatus    id"))
        #expect(harness.editor.inputs == [.line("never read")])
    }

    @Test func quitAndItsBareWordsAskTooAndASecondQuitLeaves() {
        for quit in [":quit", ":q", "quit", "exit;"] {
            let harness = Harness(lines: ["party Ada \"Ada\".", quit, quit, "never read"])
            #expect(harness.run() == .finished)
            #expect(harness.editor.prompts == ["clq> ", "clq> ", "clq> "])
            #expect(harness.output.err == LeavingTests.warningForAda)
        }
    }

    @Test func quitWithABangLeavesWithoutAsking() {
        for quit in [":quit!", ":q!"] {
            let harness = Harness(lines: ["party Ada \"Ada\".", quit, "never read"])
            #expect(harness.run() == .finished)
            #expect(harness.editor.prompts == ["clq> ", "clq> "])
            #expect(harness.output.err == "")
        }
    }

    @Test func onlyQuitTakesABang() {
        let harness = Harness(lines: [":kb!", ":quit now", ":quit"])
        #expect(harness.run() == .finished)
        #expect(harness.output.err == "error: only :quit takes '!'\nerror: usage: :quit[!]\n")
        #expect(harness.output.out == "")
    }

    @Test func whatWasSavedIsNotAskedAbout() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let harness = Harness([.line("party Ada \"Ada\"."), .line("party Bob \"Bob\"."), .line(":save \(directory.file("a.clq"))"),
                               .endOfInput])
        #expect(harness.run() == .finished)
        #expect(harness.output.err == "")
        #expect(harness.output.out.hasSuffix("saved 2 declarations to \(directory.file("a.clq"))\n"))
    }

    @Test func onlyWhatWasTypedAfterTheSaveIsListed() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let harness = Harness([
            .line("party Bob \"Bob\"."), .line(":save \(directory.file("a.clq"))"), .line("party Ada \"Ada\"."),
            .line("agreement Deal \"Deal\" between Ada and Bob {"), .line("}"), .endOfInput, .endOfInput,
        ])
        #expect(harness.run() == .finished)
        #expect(harness.output.err == """
            warning: 2 declarations typed in this session are not saved: party Ada and agreement Deal
              :save FILE writes them; Ctrl-D again or :quit! leaves without them

            """)
    }

    @Test func aDeclarationTypedAfterTheWarningAsksAgain() {
        let harness = Harness([.line("party Ada \"Ada\"."), .endOfInput, .line("party Bob \"Bob\"."), .endOfInput, .endOfInput])
        #expect(harness.run() == .finished)
        #expect(harness.editor.prompts.count == 5)
        #expect(harness.output.err == LeavingTests.warningForAda + """
            warning: 2 declarations typed in this session are not saved: party Ada and party Bob
              :save FILE writes them; Ctrl-D again or :quit! leaves without them

            """)
    }

    @Test func manyUnsavedDeclarationsAreCounted() {
        let lines = (1...8).map { "party P\($0) \"P\($0)\"." } + [":quit", ":quit"]
        let harness = Harness(lines: lines)
        harness.run()
        #expect(harness.output.err.hasPrefix(
            "warning: 8 declarations typed in this session are not saved: party P1, party P2, party P3, party P4, "
                + "party P5 and 3 more\n"))
    }

    @Test func aSaveThatFailsLeavesThemUnsaved() {
        let harness = Harness(lines: ["party Ada \"Ada\".", ":save /nonexistent-directory/x.clq", ":quit", ":quit"])
        #expect(harness.run() == .finished)
        #expect(harness.output.err == "error: cannot write '/nonexistent-directory/x.clq': No such file or directory\n"
            + LeavingTests.warningForAda)
    }

    @Test func declarationsTakenBackAreNotAskedAbout() {
        let harness = Harness(lines: ["party Ada \"Ada\".", ":undo", ":quit", "never read"])
        #expect(harness.run() == .finished)
        #expect(harness.output.err == "")
        #expect(harness.editor.prompts.count == 3)
    }

    @Test func declarationsThatDidNotLoadAreNotAskedAbout() {
        let harness = Harness(lines: ["party Microsoft \"again\".", ":quit", "never read"])
        #expect(harness.run() == .finished)
        #expect(harness.output.err.contains("[duplicate-id]"))
        #expect(!harness.output.err.contains("warning"))
    }

    @Test func aTerminationSignalDoesNotAsk() {
        let harness = Harness(lines: ["party Ada \"Ada\".", "list parties?"])
        harness.output.afterWrite = { [flags = harness.flags] in flags.terminationSignal = 15 }
        #expect(harness.run() == .terminated(15))
        #expect(harness.output.out == "added 1 party\n")
        #expect(harness.output.err == "")
    }
}
