import ArgumentParser
import ClauseMCP
import ClauseOptions
import ClauseQuery
import ClauseSystem
import Dispatch

/// `clq-mcp` (run as `clq mcp`): a Model Context Protocol server answering questions from the knowledge base.
@main
struct MCPServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clq mcp",
        abstract: "Run a Model Context Protocol server over standard input and output.",
        discussion: """
            Offers three read-only tools: ask (a question; returns a table and the JSON answer), \
            explain (why results hold) and list (what the knowledge base holds). Serves the built-in \
            knowledge base, or the --kb files instead (or as well, with --with-builtin).
            """,
        version: clqVersion)

    @OptionGroup var knowledge: KnowledgeOptions

    @Option(name: .customLong("max-results"), help: "Most result rows one answer returns.")
    var maximumRows = 200

    @Option(name: .long, help: "Longest one question may run, in seconds.")
    var timeout = 5.0

    func validate() throws {
        if maximumRows < 1 { throw ValidationError("--max-results must be at least 1") }
        if !(timeout > 0) { throw ValidationError("--timeout must be positive") }
    }

    func run() throws {
        let session: Session
        switch knowledge.configuration.openSession(program: "clq mcp") {
        case .success(let opened) where opened.outcome.loadFailed:
            Terminal.writeError(DiagnosticRenderer(color: false).render(opened.outcome.diagnostics, sources: opened.session.sources))
            throw ExitCode(ExitStatus.badData.rawValue)
        case .success(let opened): session = opened.session
        case .failure(let status): throw ExitCode(status.rawValue)
        }
        let limits = KnowledgeTools.Limits(maximumRows: maximumRows, timeout: .milliseconds(Int(timeout * 1000)))
        let tools = KnowledgeTools(session: session, limits: limits)
        let finished = DispatchSemaphore(value: 0)
        let version = clqVersion
        Task {
            do {
                try await MCPServer.run(tools: tools, version: version)
            } catch {
                Terminal.writeError("clq mcp: \(error)\n")
            }
            finished.signal()
        }
        finished.wait()
    }
}
