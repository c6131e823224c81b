import ClauseQuery
@testable import ClauseREPL
import Testing

/// `:undo` and `:forget`: taking back declarations typed in this session, all or nothing.
@Suite struct UndoTests {
    static let licence = [
        "party Lumiere \"Lumière Studio\". asset Films \"films\" owned by Lumiere.",
        "agreement Licence \"Licence\" between Lumiere and Microsoft effective 2027 {",
        "  clause Stream: right of Microsoft against Lumiere to stream Films until 2030 cites article line 1.",
        "}",
    ]

    @Test func undoTakesBackTheLastDeclarationStatement() {
        let harness = Harness(lines: ["party Ada \"Ada\". party Bob \"Bob\".", ":undo", "list parties for Bob?", ":quit!"])
        let parties = harness.repl.session.knowledgeBase.parties.count
        harness.run()
        #expect(harness.output.out.hasPrefix("added 2 parties\ntook back party Bob: removed 1 party\n"))
        #expect(harness.output.err.contains("unknown party 'Bob'"))
        #expect(harness.repl.typedDeclarations == ["party Ada \"Ada\"."])
        #expect(harness.repl.session.knowledgeBase.parties.count == parties + 1)
    }

    @Test func undoWalksBackOneStatementAtATime() {
        let harness = Harness(lines: UndoTests.licence + [":undo", ":undo", ":undo", ":undo", "party Films \"again\"."])
        harness.run()
        #expect(harness.output.out == """
            added 1 party and 1 asset
            added 1 agreement and 1 clause
            took back agreement Licence: removed 1 agreement and 1 clause
            took back asset Films: removed 1 asset
            took back party Lumiere: removed 1 party
            nothing to undo: no declaration typed in this session is loaded
            added 1 party

            """)
        #expect(harness.repl.typedDeclarations == ["party Films \"again\"."])
    }

    @Test func anAnswerNoLongerListsWhatWasTakenBack() {
        let question = "which rights hold for Microsoft in 2028 where about Films?"
        let harness = Harness(lines: UndoTests.licence + [question, ":undo", "which rights hold for Microsoft in 2028?"])
        harness.run()
        let answers = harness.output.out.split(separator: "\n").map(String.init)
        #expect(answers.contains { $0.hasPrefix("holds      Stream") })
        #expect(answers.filter { $0.contains("Stream") }.count == 1)
        #expect(answers.contains("took back agreement Licence: removed 1 agreement and 1 clause"))
    }

    @Test func forgetTakesBackOneDeclarationByName() {
        let harness = Harness(lines: ["party Ada \"Ada Lovelace\".", "party Bob \"Bob\".", ":forget \"ada lovelace\"", ":kb"])
        harness.run()
        #expect(harness.output.out.contains("added 1 party\nadded 1 party\nforgot party Ada: removed 1 party\n"))
        #expect(harness.output.out.contains("loaded from: built-in knowledge base, 1 declaration typed in this session\n"))
        #expect(harness.repl.typedDeclarations == ["party Bob \"Bob\"."])
    }

    @Test func forgetIsRefusedWhileSomethingRefersToItAndChangesNothing() {
        let harness = Harness(lines: UndoTests.licence + [":forget Lumiere", ":forget Films", ":quit!"])
        harness.run()
        let before = Harness(lines: UndoTests.licence)
        before.run()
        #expect(harness.output.err == """
            <input>:1:62: error: cannot take back party 'Lumiere': asset 'Films', agreement 'Licence' and clause 'Stream' \
            of agreement 'Licence' refer to it [still-referenced]
             1 | party Lumiere "Lumière Studio". asset Films "films" owned by Lumiere.
               |                                                              ^~~~~~~
            <input>:1:37: note: also referred to here
             1 | agreement Licence "Licence" between Lumiere and Microsoft effective 2027 {
               |                                     ^~~~~~~
            <input>:2:45: note: also referred to here
             2 |   clause Stream: right of Microsoft against Lumiere to stream Films until 2030 cites article line 1.
               |                                             ^~~~~~~
            nothing taken back; the knowledge base is unchanged
            <input>:2:63: error: cannot take back asset 'Films': clause 'Stream' of agreement 'Licence' refers to it \
            [still-referenced]
             2 |   clause Stream: right of Microsoft against Lumiere to stream Films until 2030 cites article line 1.
               |                                                               ^~~~~
            nothing taken back; the knowledge base is unchanged

            """)
        #expect(harness.repl.typedDeclarations == before.repl.typedDeclarations)
        #expect(harness.repl.typedDeclarations.count == 3)
        #expect(harness.repl.session.declarations == before.repl.session.declarations)
        #expect(harness.repl.session.knowledgeBase.assets == before.repl.session.knowledgeBase.assets)
        #expect(harness.output.out == before.output.out)
    }

    @Test func undoIsRefusedWhenALoadedFileRefersToTheDeclaration() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        directory.write("uses-ada.clq", "asset Notes \"notes\" owned by Ada.\n")
        let harness = Harness(lines: ["party Ada \"Ada\".", ":load \(directory.file("uses-ada.clq"))", ":undo", ":quit!"])
        harness.run()
        #expect(harness.output.err == """
            \(directory.file("uses-ada.clq")):1:30: error: cannot take back party 'Ada': asset 'Notes' refers to it \
            [still-referenced]
             1 | asset Notes "notes" owned by Ada.
               |                              ^~~
            nothing taken back; the knowledge base is unchanged

            """)
        #expect(harness.repl.typedDeclarations == ["party Ada \"Ada\"."])
    }

    @Test func forgetSaysWhyItCannot() {
        let harness = Harness(lines: UndoTests.licence + [":forget Stream", ":forget Microsoft", ":forget Nobody", ":forget",
                                                          ":forget a b", ":undo now", ":quit!"])
        harness.run()
        #expect(harness.output.err == """
            error: clause 'Stream' is part of agreement 'Licence'; :forget Licence takes back the agreement with its clauses
            error: party 'Microsoft' comes from the built-in knowledge base; :forget takes back only declarations typed \
            in this session
            error: nothing is named 'Nobody'
            error: usage: :forget NAME
            error: usage: :forget NAME
            error: usage: :undo

            """)
        #expect(harness.repl.typedDeclarations.count == 3)
    }

    @Test func forgetOfANameSeveralThingsGoBySaysWhichOnes() {
        let harness = Harness(lines: ["party Ada \"Lovelace\".", "asset Lovelace \"Lovelace\".", ":forget lovelace", ":quit!"])
        harness.run()
        #expect(harness.output.err == "error: 'lovelace' names party Ada and asset Lovelace; use the identifier\n")
    }

    @Test func forgetOfAFileDeclarationNamesTheFile() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        directory.write("ada.clq", "party Ada \"Ada\".\n")
        let harness = Harness(lines: [":load \(directory.file("ada.clq"))", ":forget Ada"])
        harness.run()
        #expect(harness.output.err == "error: party 'Ada' comes from '\(directory.file("ada.clq"))'; "
            + ":forget takes back only declarations typed in this session\n")
    }

    @Test func whatRemainsIsWhatSaveWritesAndReloadReplays() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        directory.write("lease.clq", KnowledgeCommandTests.lease)
        let path = directory.file("mine.clq")
        let harness = Harness(lines: ["party Ada \"Ada\".", "party Bob \"Bob\".", "party Cy \"Cy\".", ":forget Bob", ":reload",
                                      ":undo", ":save \(path)"],
                              builtin: false, files: [directory.file("lease.clq")])
        harness.run()
        #expect(harness.output.err == "")
        #expect(harness.output.out.hasSuffix("""
            forgot party Bob: removed 1 party
            reloaded 1 file: 4 parties, 1 asset, 1 agreement, 1 clause, 0 events, 0 prospects and 1 source
            took back party Cy: removed 1 party
            saved 1 declaration to \(path)

            """))
        #expect(directory.read("mine.clq") == "# Declarations typed in a clq session.\n\nparty Ada \"Ada\".\n")
    }

    @Test func forgetCompletesTheNamesTypedInThisSession() {
        let harness = Harness(lines: ["party Ada \"Ada\". party Adam \"Adam\". party Bob \"Bob\".", ":quit!"])
        harness.run()
        #expect(harness.repl.complete(":forget A", cursor: 9) == LineCompletion(start: 8, candidates: ["Ada", "Adam"]))
        #expect(harness.repl.complete(":forget Bob x", cursor: 13) == LineCompletion(start: 12, candidates: []))
    }
}
