@testable import ClauseLSP
import ClauseQuery
import Foundation
import Testing

/// Drives the server with messages in memory and collects what it sends.
final class Recorder {
    var sent: [JSON] = []
    lazy var server = LanguageServer { [unowned self] in self.sent.append($0) }

    func request(_ id: Int, _ method: String, _ params: JSON = .object([:])) -> JSON? {
        server.handle(.object(["jsonrpc": "2.0", "id": .number(Double(id)), "method": .string(method), "params": params]))
        return sent.last { $0["id"] == .number(Double(id)) }
    }

    func notify(_ method: String, _ params: JSON) {
        server.handle(.object(["jsonrpc": "2.0", "method": .string(method), "params": params]))
    }

    func open(_ uri: String, _ text: String) {
        notify("textDocument/didOpen", .object(["textDocument": .object([
            "uri": .string(uri), "languageId": "clq", "version": 1, "text": .string(text)])]))
    }

    var lastDiagnostics: [JSON] {
        guard case .array(let items)? = sent.last(where: { $0["method"] == "textDocument/publishDiagnostics" })?["params"]?["diagnostics"] else { return [] }
        return items
    }
}

@Suite struct LanguageServerTests {
    @Test func lifecycle() {
        let recorder = Recorder()
        #expect(recorder.request(1, "textDocument/hover")?["error"]?["code"] == .number(-32002))
        #expect(recorder.request(2, "initialize", .object(["capabilities": .object([:])]))?["result"]?["serverInfo"]?["name"] == "clq")
        #expect(recorder.request(3, "initialize")?["error"]?["code"] == .number(-32600))
        #expect(recorder.request(4, "clq/nothing")?["error"]?["code"] == .number(-32601))
        #expect(recorder.request(5, "shutdown")?["result"] == .null)
        #expect(recorder.request(6, "textDocument/hover")?["error"]?["code"] == .number(-32600))
        #expect(recorder.server.exitCode == nil)
        recorder.notify("exit", .null)
        #expect(recorder.server.exitCode == 0)
    }

    @Test func diagnosticsCompletionAndFormatting() {
        let recorder = Recorder()
        _ = recorder.request(1, "initialize", .object(["capabilities": .object([:])]))
        recorder.open("file:///tmp/a.clq", "which rights hold for Microsfot in 2031?")
        #expect(recorder.lastDiagnostics.map { $0["code"] } == ["unknown-party"])
        #expect(recorder.lastDiagnostics.first?["range"]?["start"]?["character"] == 22)
        let completion = recorder.request(2, "textDocument/completion", .object([
            "textDocument": .object(["uri": "file:///tmp/a.clq"]),
            "position": .object(["line": 0, "character": 24])]))
        guard case .array(let items)? = completion?["result"]?["items"] else {
            Issue.record("no completion items")
            return
        }
        let labels = items.compactMap { item in item["label"]?.string }
        #expect(labels.contains("Microsoft"))
        recorder.open("file:///tmp/b.clq", "list   parties")
        let edits = recorder.request(3, "textDocument/formatting", .object([
            "textDocument": .object(["uri": "file:///tmp/b.clq"]), "options": .object([:])]))
        #expect(edits?["result"] == .array([.object([
            "range": .object(["start": .object(["line": 0, "character": 0]), "end": .object(["line": 0, "character": 14])]),
            "newText": "list parties\n"])]))
    }

    @Test func exitWithoutShutdownIsAnError() {
        let recorder = Recorder()
        _ = recorder.request(1, "initialize", .object(["capabilities": .object([:])]))
        recorder.notify("exit", .null)
        #expect(recorder.server.exitCode == 1)
    }
}

/// A keystroke re-checks the document on the knowledge bases as they were loaded, not reloaded.
@Suite struct KnowledgeCacheTests {
    @Test func knowledgeBasesLoadOncePerVersion() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("clq-lsp-cache-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let kb = directory.appendingPathComponent("kb.clq")
        try Data("party Acme.\n".utf8).write(to: kb)
        let recorder = Recorder()
        _ = recorder.request(1, "initialize", .object(["capabilities": .object([:]),
                                                       "initializationOptions": .object(["knowledgeBases": .array([.string(kb.path)])])]))
        let uri = "file://\(directory.path)/q.clq"
        recorder.open(uri, "list parties?")
        for version in 2...5 {
            recorder.notify("textDocument/didChange", .object([
                "textDocument": .object(["uri": .string(uri), "version": .number(Double(version))]),
                "contentChanges": .array([.object(["text": .string("list parties for Acme?" + String(repeating: " ", count: version))])])]))
        }
        #expect(recorder.lastDiagnostics.isEmpty)
        #expect(recorder.server.workspace.baseLoads == 1)
        try Data("party Acme.\nparty Beta.\n".utf8).write(to: kb)
        recorder.notify("workspace/didChangeWatchedFiles", .object(["changes": .array([
            .object(["uri": .string(Workspace.uri(ofPath: kb.path)), "type": 2])])]))
        recorder.notify("textDocument/didChange", .object([
            "textDocument": .object(["uri": .string(uri), "version": 6]),
            "contentChanges": .array([.object(["text": "list parties for Beta?"])])]))
        #expect(recorder.lastDiagnostics.isEmpty)
        #expect(recorder.server.workspace.baseLoads == 2)
    }
}

/// A compiled knowledge base given as a knowledge base is what documents are checked on.
@Suite struct CompiledKnowledgeBaseTests {
    @Test func documentsAreCheckedOnACompiledKnowledgeBase() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("clq-lsp-compiled-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var compiledSession = Session()
        #expect(!compiledSession.load([(name: "kb.clq", text: "party Acme.\nparty Beta.\n")]).loadFailed)
        let kb = directory.appendingPathComponent("kb.clqx")
        try Data(compiledSession.compiled()).write(to: kb)
        let recorder = Recorder()
        _ = recorder.request(1, "initialize", .object(["capabilities": .object([:]),
                                                       "initializationOptions": .object(["knowledgeBases": .array([.string(kb.path)])])]))
        let uri = "file://\(directory.path)/q.clq"
        recorder.open(uri, "list parties for Beta?")
        #expect(recorder.lastDiagnostics.isEmpty)
        recorder.notify("textDocument/didChange", .object([
            "textDocument": .object(["uri": .string(uri), "version": 2]),
            "contentChanges": .array([.object(["text": "list parties for Bet?"])])]))
        #expect(recorder.lastDiagnostics.map { $0["code"] } == ["unknown-party"])
    }
}

/// Semantic tokens: any client colours clq, names by what they name.
@Suite struct SemanticTokenTests {
    @Test func everyWordIsColouredByWhatItIs() {
        let recorder = Recorder()
        let reply = recorder.request(1, "initialize", .object(["capabilities": .object([:])]))
        let legend = reply?["result"]?["capabilities"]?["semanticTokensProvider"]?["legend"]
        #expect(legend?["tokenTypes"] == .array(LanguageServer.semanticTokenTypes.map(JSON.string)))
        #expect(LanguageServer.semanticTokenTypes.count == HighlightKind.allCases.count)
        recorder.open("file:///tmp/t.clq", "party Ada.\nwhich rights hold for Ada in 2031? # note\n")
        let tokens = recorder.request(2, "textDocument/semanticTokens/full", .object([
            "textDocument": .object(["uri": "file:///tmp/t.clq"])]))
        let expected: [Int] = [0, 0, 5, 0, 0,  0, 6, 3, 5, 1,
                               1, 0, 5, 0, 0,  0, 6, 6, 1, 0,  0, 7, 4, 0, 0,  0, 5, 3, 0, 0,  0, 4, 3, 5, 0,
                               0, 4, 2, 0, 0,  0, 3, 4, 3, 0,  0, 6, 6, 4, 0]
        #expect(tokens?["result"]?["data"] == .array(expected.map { .number(Double($0)) }))
    }
}
