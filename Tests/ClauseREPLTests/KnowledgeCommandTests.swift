import ClauseQuery
@testable import ClauseREPL
import ClauseSystem
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `:load`, `:reload`, `:save` and `:kb`: all or nothing, and nothing typed is lost.
@Suite struct KnowledgeCommandTests {
    static let lease = """
        source lease "lease.pdf".
        party Tenant "Tenant".
        party Owner "Owner".
        asset Flat "the flat" owned by Owner.
        agreement Lease "Lease" between Tenant and Owner effective 2024 {
          clause Occupy: right of Tenant against Owner to use Flat until 2030 cites lease line 4.
        }

        """

    @Test func loadAddsFilesToTheKnowledgeBase() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        directory.write("lease.clq", KnowledgeCommandTests.lease)
        let harness = Harness(lines: [":load \(directory.file("lease.clq"))", "which rights hold for Tenant in 2029?"])
        harness.run()
        #expect(harness.output.err == "")
        #expect(harness.output.out.hasPrefix(
            "loaded \(directory.file("lease.clq")): added 2 parties, 1 asset, 1 agreement, 1 clause and 1 source\n"))
        #expect(harness.output.out.contains("holds      Occupy"))
        #expect(harness.repl.knowledgeFiles == [directory.file("lease.clq")])
    }

    @Test func aFailedLoadLeavesTheKnowledgeBaseAsItWas() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        directory.write("good.clq", "party Ada \"Ada\".\n")
        directory.write("bad.clq", "party Bob \"Bob\" part of Nobody.\nparty Microsoft \"again\".\n")
        let harness = Harness(lines: ["party Cy \"Cy\".", ":load \(directory.file("good.clq")) \(directory.file("bad.clq"))",
                                      ":quit!"])
        let before = harness.repl.session.knowledgeBase.parties.count
        harness.run()
        #expect(harness.repl.session.knowledgeBase.parties.count == before + 1)
        #expect(harness.repl.knowledgeFiles.isEmpty)
        let errors = harness.output.err.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count == 2)
        #expect(errors.allSatisfy { $0.hasPrefix(directory.file("bad.clq")) })
        #expect(harness.output.err.hasSuffix("2 errors\nnothing loaded; the knowledge base is unchanged\n"))
        #expect(harness.repl.typedDeclarations == ["party Cy \"Cy\"."])
    }

    @Test func anUnreadableFileLoadsNothing() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        directory.write("good.clq", "party Ada \"Ada\".\n")
        let missing = directory.file("missing.clq")
        let harness = Harness(lines: [":load \(directory.file("good.clq")) \(missing)", ":load"])
        harness.run()
        #expect(harness.output.err == """
            error: cannot read '\(missing)': No such file or directory
            nothing loaded; the knowledge base is unchanged
            error: usage: :load FILE…

            """)
        #expect(harness.repl.session.knowledgeBase.parties.count == Session.builtin().knowledgeBase.parties.count)
    }

    @Test func reloadReadsTheFilesAgainAndKeepsTypedDeclarations() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("lease.clq")
        directory.write("lease.clq", KnowledgeCommandTests.lease)
        let harness = Harness(lines: ["party Ada \"Ada\".", ":quit!"], builtin: false, files: [path])
        harness.run()
        directory.write("lease.clq", KnowledgeCommandTests.lease.replacing("until 2030", with: "until 2026"))
        harness.editor.inputs = [.line(":reload"), .line("which rights hold for Tenant in 2029?"), .line("list parties?"),
                                 .line(":quit!")]
        harness.output.out = ""
        harness.run()
        #expect(harness.output.err == "")
        #expect(harness.output.out.hasPrefix("""
            reloaded 1 file: 3 parties, 1 asset, 1 agreement, 1 clause, 0 events, 0 prospects and 1 source
            nothing holds in 2029

            """))
        #expect(harness.output.out.contains("holds      Ada"))
    }

    @Test func aFailedReloadKeepsThePreviousKnowledgeBase() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("lease.clq")
        directory.write("lease.clq", KnowledgeCommandTests.lease)
        let harness = Harness(lines: [], builtin: false, files: [path])
        directory.write("lease.clq", KnowledgeCommandTests.lease + "party Tenant \"twice\".\nparty X part of Y.\n")
        harness.editor.inputs = [.line(":reload"), .line("which rights hold for Tenant in 2029?")]
        harness.run()
        #expect(harness.output.err.contains("\(path):8:7: error: "))
        #expect(harness.output.err.contains("\(path):9:"))
        #expect(harness.output.err.hasSuffix("reload failed; the knowledge base is unchanged\n"))
        #expect(harness.output.out.hasPrefix("certainty  clause  modality  holder  counterparty  about         from  until  terms  agreement\n"
            + "holds      Occupy  right     Tenant  Owner         use the flat  2024  2030          Lease\n"))
    }

    @Test func reloadWithoutFilesSaysSo() {
        let harness = Harness(lines: [":reload", ":reload now"])
        harness.run()
        #expect(harness.output.out == "nothing to reload: no knowledge-base files are loaded\n")
        #expect(harness.output.err == "error: usage: :reload\n")
    }

    @Test func saveWritesTheTypedDeclarationsAndTheyLoadAgain() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("mine.clq")
        directory.write("mine.clq", "old contents\n")
        let harness = Harness(lines: [
            "party Société \"Société Lumière\". which rights hold for Microsoft in 2031?",
            "party Société \"again\".",
            "asset Films \"films\" owned by Société.",
            ":save \(path)",
        ])
        harness.run()
        #expect(directory.read("mine.clq") == """
            # Declarations typed in a clq session.

            party Société "Société Lumière".

            asset Films "films" owned by Société.

            """)
        #expect(harness.output.out.hasSuffix("saved 2 declarations to \(path)\n"))
        let fresh = Harness(lines: [":load \(path)", "list assets for Société?"])
        fresh.run()
        #expect(fresh.output.err == "")
        #expect(fresh.output.out.hasPrefix("loaded \(path): added 1 party and 1 asset\n"))
        #expect(fresh.output.out.contains("Films"))
    }

    @Test func whatSaveWritesLoadsBackWithTheBuiltInKnowledgeBase() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("mine.clq")
        let question = "which rights hold for Microsoft in 2029 where about Films?"
        let typed = Harness(lines: UndoTests.licence + ["# a comment", question, ":save \(path)"])
        typed.run()
        let answer = typed.output.out.split(separator: "\n").filter { $0.hasPrefix("holds ") }
        #expect(answer.count == 1)
        let loaded = Harness(lines: [":load \(path)", question])
        loaded.run()
        #expect(loaded.output.err == "")
        #expect(loaded.output.out.hasPrefix("loaded \(path): added 1 party, 1 asset, 1 agreement and 1 clause\n"))
        #expect(loaded.output.out.split(separator: "\n").filter { $0.hasPrefix("holds ") } == answer)
        let text = try #require(directory.read("mine.clq"))
        let session = try Session.loading([(name: path, text: text)], includingBuiltin: true)
        #expect(session.answer(to: question).rows.map(\.id) == ["Stream"])
        #expect(throws: LoadFailure.self) { try Session.loading([(name: path, text: text)]) }
    }

    @Test func saveWithNothingTypedWritesNothing() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let harness = Harness(lines: [":save \(directory.file("x.clq"))", ":save"])
        harness.run()
        #expect(harness.output.out == "nothing to save: no declarations were typed in this session\n")
        #expect(harness.output.err == "error: usage: :save FILE\n")
        #expect(directory.read("x.clq") == nil)
    }

    @Test func aSaveThatCannotBeWrittenKeepsTheDeclarations() {
        let harness = Harness(lines: ["party Ada \"Ada\".", ":save /nonexistent-directory/x.clq", ":quit!"])
        harness.run()
        #expect(harness.output.err == "error: cannot write '/nonexistent-directory/x.clq': No such file or directory\n")
        #expect(harness.repl.typedDeclarations == ["party Ada \"Ada\"."])
    }

    @Test func saveWritesThroughALinkAndKeepsAHardLinkedFileOneFile() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        directory.write("kept.clq", "# old\n")
        #expect(symlink("kept.clq", directory.file("link.clq")) == 0)
        #expect(link(directory.file("kept.clq"), directory.file("other.clq")) == 0)
        var before = stat()
        #expect(stat(directory.file("kept.clq"), &before) == 0)
        let harness = Harness(lines: ["party Ada \"Ada\".", ":save \(directory.file("link.clq"))"])
        harness.run()
        #expect(harness.output.err == "")
        #expect(harness.output.out == "added 1 party\nsaved 1 declaration to \(directory.file("link.clq"))\n")
        var after = stat()
        #expect(lstat(directory.file("link.clq"), &after) == 0 && after.st_mode & S_IFMT == S_IFLNK)
        #expect(stat(directory.file("kept.clq"), &after) == 0 && after.st_ino == before.st_ino && after.st_nlink == 2)
        #expect(directory.read("other.clq") == directory.read("kept.clq"))
        #expect(directory.read("kept.clq")?.contains("party Ada \"Ada\".") == true)
        #expect(directory.names() == ["kept.clq", "link.clq", "other.clq"])
    }

    @Test func kbDescribesWhatIsLoaded() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("lease.clq")
        directory.write("lease.clq", KnowledgeCommandTests.lease)
        let harness = Harness(lines: ["party Ada \"Ada\".", ":kb"], builtin: false, files: [path])
        harness.run()
        #expect(harness.output.out == """
            added 1 party
            3 parties, 1 asset, 1 agreement, 1 clause, 0 events, 0 prospects and 1 source
            loaded from: \(path), 1 declaration typed in this session
            agreements:
              Lease  Lease, effective 2024
            sources:
              lease  lease.pdf

            """)
    }

    @Test func kbShowsControlCharactersEscaped() {
        let harness = Harness(lines: ["source s \"s\u{1B}]52;c;eA==\u{7}.pdf\".",
                                      "party A \"A\". agreement G \"G\u{1B}[2J\u{9B}\" between A and A { }", ":kb"],
                              builtin: false)
        harness.run()
        let lines = harness.output.out.split(separator: "\n").map(String.init)
        #expect(lines.contains(#"  G  G\u{1B}[2J\u{9B}"#))
        #expect(lines.contains(#"  s  s\u{1B}]52;c;eA==\u{7}.pdf"#))
        #expect(!harness.output.out.contains("\u{1B}"))
    }

    @Test func kbOnTheBuiltInKnowledgeBaseSaysSo() {
        let harness = Harness(lines: [":kb"])
        harness.run()
        let lines = harness.output.out.split(separator: "\n").map(String.init)
        #expect(lines[1] == "loaded from: built-in knowledge base")
        #expect(lines.contains("  MSOpenAI2026        Renegotiated Microsoft–OpenAI agreement, effective 2026"))
    }
}
