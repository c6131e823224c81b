import Foundation
import Testing

/// `clq compile`: one compiled file from knowledge-base files, read wherever a knowledge-base file is.
@Suite struct CompileCommandTests {
    static let question = "which rights hold for Microsoft in 2031?"

    /// The length of the contents of the compiled file `bytes`, as its header says (after the 32-byte
    /// header; the blocks' checksums follow them).
    static func contentsLength(_ bytes: [UInt8]) -> Int {
        bytes[16..<24].enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
    }

    static func directory() throws -> String {
        let path = "\(scratchDirectory)/clq-compile-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func compiledKnowledgeAnswersAsTheTextDoes() throws {
        let folder = try Self.directory()
        let source = "\(folder)/partnership.clq"
        try FileManager.default.copyItem(atPath: "\(packageDirectory)/Samples/partnership.clq", toPath: source)
        let compiled = try clq(["compile", source])
        #expect(compiled.status == 0)
        #expect(compiled.stderr == "")
        #expect(compiled.stdout == "\(folder)/partnership.clqx: 5 parties, 11 assets, 1 source, 5 agreements, 12 clauses, 9 events, 3 prospects\n")
        let fromText = try clq(["--kb", source, "-e", Self.question])
        let fromCompiled = try clq(["--kb", "\(folder)/partnership.clqx", "-e", Self.question])
        #expect(fromCompiled.status == 0)
        #expect(fromCompiled.stdout == fromText.stdout)
        #expect(fromCompiled.stdout.hasPrefix("certainty  clause "))
        let checked = try clq(["check", "--kb", "\(folder)/partnership.clqx", "Samples/questions.clq"])
        #expect(checked.status == 0)
        #expect(checked.stdout == "\(folder)/partnership.clqx: ok\nSamples/questions.clq: ok\n")
    }

    @Test func outputIsNamedWithDashO() throws {
        let folder = try Self.directory()
        let result = try clq(["compile", "Samples/partnership.clq", "-o", "\(folder)/kb.clqx"])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: "\(folder)/kb.clqx"))
        let fromStandardInput = try clq(["compile", "-"], input: "party A.")
        #expect(fromStandardInput.status == 64 || fromStandardInput.status == 2)
        #expect(fromStandardInput.stderr.contains("name the compiled file with -o"))
    }

    @Test func knowledgeThatDoesNotLoadWritesNothing() throws {
        let folder = try Self.directory()
        let source = "\(folder)/bad.clq"
        try Data("party A. party A.".utf8).write(to: URL(fileURLWithPath: source))
        let result = try clq(["compile", source])
        #expect(result.status == 65)
        #expect(result.stderr.contains("[duplicate-id]"))
        #expect(result.stdout == "")
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/bad.clqx"))
    }

    @Test func anUnwritableOutputFailsWith73() throws {
        let result = try clq(["compile", "Samples/partnership.clq", "-o", "/nonexistent-folder/kb.clqx"])
        #expect(result.status == 73)
        #expect(result.stderr.hasPrefix("clq: cannot write '/nonexistent-folder/kb.clqx': "))
    }

    /// A compiled file's blocks are checked as they are read: damage in what opening reads is refused when
    /// the file is opened, and damage in its checksums too.
    @Test func aDamagedCompiledFileIsRefused() throws {
        let folder = try Self.directory()
        #expect(try clq(["compile", "Samples/partnership.clq", "-o", "\(folder)/kb.clqx"]).status == 0)
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: "\(folder)/kb.clqx")))
        // The declarations follow the text, in the last blocks of the contents.
        let contents = Self.contentsLength(bytes)
        let position = 32 + contents - 100
        let block = (contents - 100) / 4096
        for (at, reason) in [(position, "its bytes \(32 + block * 4096)..<\(32 + contents) do not match their checksum"),
                             (bytes.count - 3, "its checksum does not match")] {
            var damaged = bytes
            damaged[at] ^= 0x40
            try Data(damaged).write(to: URL(fileURLWithPath: "\(folder)/damaged.clqx"))
            let result = try clq(["--kb", "\(folder)/damaged.clqx", "-e", Self.question])
            #expect(result.status == 65)
            #expect(result.stdout == "")
            #expect(result.stderr == "error: '\(folder)/damaged.clqx' is a compiled knowledge base, but it is damaged (\(reason)); "
                    + "compile it again with 'clq compile' [compiled-kb-unreadable]\n")
        }
    }

    /// Whichever block of a compiled file is damaged, `clq -e` prints the answer the undamaged file gives,
    /// or nothing and the reason, with exit status 65: when it opens the file, or when the question reads
    /// the block.
    @Test func aDamagedBlockGivesTheAnswerOrExit65() throws {
        let folder = try Self.directory()
        #expect(try clq(["compile", "Samples/partnership.clq", "-o", "\(folder)/kb.clqx"]).status == 0)
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: "\(folder)/kb.clqx")))
        let expected = try clq(["--kb", "\(folder)/kb.clqx", "-e", Self.question]).stdout
        let contents = Self.contentsLength(bytes)
        var statuses: Set<Int32> = []
        for block in 0..<(contents + 4095) / 4096 {
            var damaged = bytes
            damaged[32 + min(block * 4096 + 2000, contents - 1)] ^= 0x40
            try Data(damaged).write(to: URL(fileURLWithPath: "\(folder)/damaged.clqx"))
            let result = try clq(["--kb", "\(folder)/damaged.clqx", "-e", Self.question])
            statuses.insert(result.status)
            if result.status == 0 {
                #expect(result.stdout == expected && result.stderr == "", "block \(block)")
            } else {
                #expect(result.status == 65, "block \(block)")
                #expect(result.stdout == "", "block \(block)")
                #expect(result.stderr.hasPrefix("error: '\(folder)/damaged.clqx' is a compiled knowledge base, but it is damaged ("),
                        "block \(block)")
            }
        }
        #expect(statuses == [0, 65])
    }

    /// Damage in a block no question reads leaves answers standing, as opening reads only what it needs;
    /// `clq check` reads every block and refuses it.
    @Test func checkReadsEveryBlockOfACompiledFile() throws {
        let folder = try Self.directory()
        #expect(try clq(["compile", "Samples/partnership.clq", "-o", "\(folder)/kb.clqx"]).status == 0)
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: "\(folder)/kb.clqx")))
        // The source text comes first; its middle blocks are read only to show where something is declared.
        let text = try [UInt8](Data(contentsOf: URL(fileURLWithPath: "Samples/partnership.clq")))
        let start = try #require((0..<bytes.count - text.count).first { bytes[$0..<$0 + text.count].elementsEqual(text) })
        let block = (start - 32 + text.count / 2) / 4096
        #expect(block >= 1 && 32 + (block + 1) * 4096 < start + text.count)
        bytes[32 + block * 4096 + 10] ^= 0x40
        try Data(bytes).write(to: URL(fileURLWithPath: "\(folder)/damaged.clqx"))
        let answered = try clq(["--kb", "\(folder)/damaged.clqx", "-e", Self.question])
        #expect(answered.status == 0)
        #expect(answered.stdout == (try clq(["--kb", "\(folder)/kb.clqx", "-e", Self.question])).stdout)
        let checked = try clq(["check", "--kb", "\(folder)/damaged.clqx"])
        #expect(checked.status == 65)
        #expect(checked.stdout == "")
        #expect(checked.stderr == "error: '\(folder)/damaged.clqx' is a compiled knowledge base, but it is damaged (its bytes "
                + "\(32 + block * 4096)..<\(32 + (block + 1) * 4096) do not match their checksum); compile it again with 'clq compile' "
                + "[compiled-kb-unreadable]\n")
    }
}
