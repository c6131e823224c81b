import ArgumentParser
import ClauseLSP
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

    @Option(name: .customLong("kb"), help: ArgumentHelp("Check documents on this knowledge-base file (repeatable).", valueName: "file"))
    var knowledgeBases: [String] = []

    @Flag(name: .customLong("with-builtin"), help: "With --kb: keep the built-in knowledge base as well.")
    var withBuiltin = false

    @Flag(name: .customLong("assume-unknown-ends-continue"), help: "Treat ends the source does not give as continuing.")
    var unknownEndsContinue = false

    @Flag(name: .long, help: "Accepted for clients that pass it; standard input and output are always used.")
    var stdio = false

    func run() throws {
        let configuration = KnowledgeConfiguration(
            knowledgeBases: knowledgeBases.map { URL(fileURLWithPath: $0).standardizedFileURL.path },
            withBuiltin: withBuiltin, unknownEndsContinue: unknownEndsContinue)
        let connection = StdioConnection.guardingStandardOutput()
        let code = LanguageServer.run(connection, configuration: configuration, version: clqVersion)
        throw ExitCode(code)
    }
}
