import ArgumentParser
import ClauseSystem

/// `clq lsp`: runs the language server program, clq-lsp, installed beside clq.
struct LanguageServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the language server (LSP 3.17) over standard input and output.",
        discussion: "Runs clq-lsp from clq's directory; 'clq lsp --help' shows its options.",
        helpNames: [])

    @Argument(parsing: .captureForPassthrough, help: "Options for the language server.")
    var arguments: [String] = []

    func run() throws {
        throw ExitCode(SiblingProgram.exec("clq-lsp", arguments: arguments).rawValue)
    }
}

/// `clq mcp`: runs the Model Context Protocol server program, clq-mcp, installed beside clq.
struct MCPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Run a Model Context Protocol server over standard input and output.",
        discussion: "Runs clq-mcp from clq's directory; 'clq mcp --help' shows its options.",
        helpNames: [])

    @Argument(parsing: .captureForPassthrough, help: "Options for the MCP server.")
    var arguments: [String] = []

    func run() throws {
        throw ExitCode(SiblingProgram.exec("clq-mcp", arguments: arguments).rawValue)
    }
}
