import Foundation
import Testing

/// A file of declarations that uses names of the built-in knowledge base (what `:save` writes in a session
/// on it) loads with `--with-builtin`, and without it each such name is reported with how to include it.
@Suite struct BuiltinNameNoteTests {
    static let saved = """
        # Declarations typed in a clq session.

        party Lumiere "Lumière Studio".

        asset Films "films" owned by Microsoft.

        agreement Licence "Licence" between Lumiere and "Amazon Web Services" effective 2027 {
          clause Stream: right of "Amazon Web Services" against Lumiere to stream Films until 2030 cites article line 1.
        }

        """

    @Test func checkSaysWhichUnknownNamesTheBuiltInKnowledgeBaseHas() throws {
        let path = try temporaryFile(Self.saved + "asset Notes owned by Nobody.\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try clq(["check", path])
        #expect(result.status == 65)
        #expect(result.stdout == "")
        #expect(result.stderr == """
            \(path):5:30: error: unknown party 'Microsoft' [unknown-party]
             5 | asset Films "films" owned by Microsoft.
               |                              ^~~~~~~~~
               = 'Microsoft' is in the built-in knowledge base; check with --with-builtin
            \(path):7:49: error: unknown party 'Amazon Web Services' [unknown-party]
             7 | agreement Licence "Licence" between Lumiere and "Amazon Web Services" effective 2027 {
               |                                                 ^~~~~~~~~~~~~~~~~~~~~
               = 'Amazon Web Services' is in the built-in knowledge base; check with --with-builtin
            \(path):8:27: error: unknown party 'Amazon Web Services' [unknown-party]
             8 |   clause Stream: right of "Amazon Web Services" against Lumiere to stream Films until 2030 cites article line 1.
               |                           ^~~~~~~~~~~~~~~~~~~~~
               = 'Amazon Web Services' is in the built-in knowledge base; check with --with-builtin
            \(path):8:98: error: unknown source 'article' [unknown-source]
             8 |   clause Stream: right of "Amazon Web Services" against Lumiere to stream Films until 2030 cites article line 1.
               |                                                                                                  ^~~~~~~
               = 'article' is in the built-in knowledge base; check with --with-builtin
            \(path):10:22: error: unknown party 'Nobody' [unknown-party]
             10 | asset Notes owned by Nobody.
                |                      ^~~~~~
            5 errors

            """)
    }

    @Test func withTheBuiltInKnowledgeBaseTheFileLoadsAndChecks() throws {
        let path = try temporaryFile(Self.saved)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let checked = try clq(["check", "--with-builtin", "--kb", path])
        #expect(checked.status == 0)
        #expect(checked.stdout == "\(path): ok\n")
        #expect(checked.stderr == "")
        let answered = try clq(["--with-builtin", "--kb", path, "-e", "which rights hold for AWS in 2029?"])
        #expect(answered.status == 0)
        #expect(answered.stdout.contains("holds      Stream"))
        #expect(answered.stderr == "")
    }

    @Test func runningAndLoadingSayToo() throws {
        let path = try temporaryFile(Self.saved)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try clq(["run", path])
        #expect(run.status == 65)
        #expect(run.stderr.contains("   = 'Microsoft' is in the built-in knowledge base; run with --with-builtin\n"))
        let loaded = try clq(["--kb", path, "-e", "list parties?", "--format", "json"])
        #expect(loaded.status == 65)
        #expect(loaded.stdout.contains(#""notes":[{"message":"'Microsoft' is in the built-in knowledge base; run with --with-builtin"}]"#))
    }
}
