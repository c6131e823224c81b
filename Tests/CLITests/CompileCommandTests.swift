import Foundation
import Testing

/// `clq compile`: one compiled file from knowledge-base files, read wherever a knowledge-base file is.
@Suite struct CompileCommandTests {
    static let question = "which rights hold for Microsoft in 2031?"

    static func directory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("clq-compile-\(UUID().uuidString)").path
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

    @Test func aDamagedCompiledFileIsRefused() throws {
        let folder = try Self.directory()
        #expect(try clq(["compile", "Samples/partnership.clq", "-o", "\(folder)/kb.clqx"]).status == 0)
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: "\(folder)/kb.clqx")))
        bytes[bytes.count / 2] ^= 0x40
        try Data(bytes).write(to: URL(fileURLWithPath: "\(folder)/damaged.clqx"))
        let result = try clq(["--kb", "\(folder)/damaged.clqx", "-e", Self.question])
        #expect(result.status == 65)
        #expect(result.stdout == "")
        #expect(result.stderr == "error: '\(folder)/damaged.clqx' is a compiled knowledge base, but it is damaged (its "
                + "checksum does not match); compile it again with 'clq compile' [compiled-kb-unreadable]\n")
    }
}
