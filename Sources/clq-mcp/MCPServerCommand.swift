import ArgumentParser
import ClauseMCP
import ClauseOptions
import ClauseQuery
import ClauseSystem
import Dispatch
import Foundation

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

    @Option(name: .long, help: "Longest one tool call may run, in seconds (above 0, at most 86400).")
    var timeout = 5.0

    /// The longest time limit accepted: a day.
    static let maximumTimeout = 86_400.0

    func validate() throws {
        if maximumRows < 1 { throw ValidationError("--max-results must be at least 1") }
        if !(timeout > 0 && timeout <= MCPServerCommand.maximumTimeout) {
            throw ValidationError("--timeout must be a number of seconds above 0 and at most 86400")
        }
    }

    /// Parses the command line and runs; usage errors exit with status 2, as clq's do.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let status as ExitCode {
            terminate(status.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                Terminal.write(fullMessage(for: error) + "\n")
                terminate(0)
            }
            Terminal.writeError(fullMessage(for: error) + "\n")
            terminate(code == .validationFailure ? ExitStatus.usage.rawValue : code.rawValue)
        }
    }

    func run() throws {
        FreedMemory.installAllocatorRelease()
        let session: Session
        switch knowledge.configuration.openSession(program: "clq mcp") {
        case .success(let opened) where opened.outcome.loadFailed:
            Terminal.writeError(DiagnosticRenderer(color: false).render(opened.outcome.diagnostics, sources: opened.session.sources))
            throw ExitCode(ExitStatus.badData.rawValue)
        case .success(let opened): session = opened.session
        case .failure(let status): throw ExitCode(status.rawValue)
        }
        let limits = KnowledgeTools.Limits(maximumRows: maximumRows, timeout: .nanoseconds(Int64((timeout * 1e9).rounded())))
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

/// Ends the process with `status` (`exit` inside a command names ArgumentParser's own method).
private func terminate(_ status: Int32) -> Never {
    exit(status)
}
