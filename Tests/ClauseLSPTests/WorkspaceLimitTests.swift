@testable import ClauseLSP
import Foundation
import Testing

/// A fresh folder holding a workspace folder `ws` and a folder `outside` beside it.
private final class Folders {
    let base: URL
    var workspace: URL { base.appendingPathComponent("ws") }
    var outside: URL { base.appendingPathComponent("outside") }

    init(_ name: String) throws {
        base = FileManager.default.temporaryDirectory.appendingPathComponent("clq-lsp-\(name)-\(getpid())")
        try? FileManager.default.removeItem(at: base)
        try FileManager.default.createDirectory(at: base.appendingPathComponent("ws"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: base.appendingPathComponent("outside"), withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: base) }

    /// A file of `size` bytes (a hole, costing no disk) at `url`.
    func sparseFile(_ url: URL, size: Int) throws {
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        #expect(truncate(url.path, off_t(size)) == 0)
    }

    func link(_ name: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: workspace.appendingPathComponent(name).path,
                                                   withDestinationPath: target)
    }

    /// The workspace files a server indexes after initializing on `ws` with `options`.
    func indexed(options: JSON = .object([:])) -> [String: Int] {
        let recorder = Recorder()
        _ = recorder.request(1, "initialize", .object([
            "capabilities": .object([:]), "rootUri": .string(workspace.absoluteString), "initializationOptions": options]))
        return recorder.server.workspace.files.mapValues(\.count)
    }

    func uri(_ name: String) -> String { Workspace.uri(ofPath: workspace.appendingPathComponent(name).path) }
}

/// The 16 MiB limit on workspace files holds for what is read, through links too.
@Suite struct WorkspaceLimitTests {
    @Test func aLinkToALargeFileIsNotRead() throws {
        let folders = try Folders("large-link")
        try folders.sparseFile(folders.workspace.appendingPathComponent("big.data"), size: Workspace.maximumFileSize + 1)
        try folders.link("big.clq", to: "big.data")
        try Data("party Small.\n".utf8).write(to: folders.workspace.appendingPathComponent("small.clq"))
        try folders.link("alias.clq", to: "small.clq")
        let files = folders.indexed()
        #expect(files[folders.uri("big.clq")] == nil)
        #expect(files[folders.uri("small.clq")] == 13)
        #expect(files[folders.uri("alias.clq")] == 13)
    }

    @Test func linksOutOfTheWorkspaceAndSpecialFilesAreSkipped() throws {
        let folders = try Folders("outside-link")
        try Data("party Far.\n".utf8).write(to: folders.outside.appendingPathComponent("far.clq"))
        try folders.link("far.clq", to: folders.outside.appendingPathComponent("far.clq").path)
        try folders.link("zero.clq", to: "/dev/zero")
        #expect(mkfifo(folders.workspace.appendingPathComponent("pipe.clq").path, 0o600) == 0)
        let files = folders.indexed()
        #expect(files.isEmpty)
        let recorder = Recorder()
        recorder.server.workspace.reload(folders.uri("zero.clq"))
        #expect(recorder.server.workspace.files.isEmpty)
    }

    @Test func aConfiguredKnowledgeBaseMayBeLarger() throws {
        let folders = try Folders("large-kb")
        let kb = folders.outside.appendingPathComponent("compiled.clq")
        try folders.sparseFile(kb, size: Workspace.maximumFileSize + 1)
        let files = folders.indexed(options: .object(["knowledgeBases": .array([.string(kb.path)])]))
        #expect(files[Workspace.uri(ofPath: kb.path)] == Workspace.maximumFileSize + 1)
    }

    @Test func aFileIsReadUpToTheLimitAndNoFurther() throws {
        let folders = try Folders("bounded")
        let path = folders.outside.appendingPathComponent("f").path
        try folders.sparseFile(URL(fileURLWithPath: path), size: 100)
        #expect(BoundedFile.read(path, limit: 100)?.count == 100)
        #expect(BoundedFile.read(path, limit: 99) == nil)
        #expect(BoundedFile.read("/dev/zero", limit: 10) == nil)
        #expect(BoundedFile.read(folders.outside.path, limit: 10) == nil)
    }
}
