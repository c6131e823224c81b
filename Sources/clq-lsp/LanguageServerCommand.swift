import ArgumentParser
import ClauseLSP
import ClauseOptions
import ClauseQuery
import ClauseSystem
import Foundation

/// `clq-lsp` (run as `clq lsp`): the language server over standard input and output.
@main
struct LanguageServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clq lsp",
        abstract: "Run the language server (LSP 3.17) over standard input and output.",
        discussion: """
            Documents are checked as 'clq check' checks them: on their own knowledge when they declare \
            some, else on the built-in knowledge base; with --kb, on those files instead (or as well, \
            with --with-builtin). Clients may set the same through initializationOptions \
            (knowledgeBases, withBuiltin, assumeUnknownEndsContinue). Only protocol messages are \
            written to standard output.
            """,
        version: clqVersion)

    @OptionGroup var knowledge: KnowledgeOptions

    @Flag(name: .long, help: "Accepted for clients that pass it; standard input and output are always used.")
    var stdio = false

    func run() throws {
        FreedMemory.installAllocatorRelease()
        var configuration = knowledge.configuration
        configuration.knowledgeFiles = configuration.knowledgeFiles.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        let connection = StdioConnection.guardingStandardOutput()
        let code = LanguageServer.run(connection, configuration: configuration, version: clqVersion)
        throw ExitCode(code)
    }
}
