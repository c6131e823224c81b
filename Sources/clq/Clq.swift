import ArgumentParser
import ClauseQuery
import ClauseSystem

/// `clq`: asks the built-in knowledge base (or others) questions, from a REPL, scripts or `-e`.
struct Clq: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clq",
        abstract: "Ask who holds which rights and owes which obligations, when, under which agreement, and why.",
        discussion: """
            With no arguments on a terminal, opens an interactive session on the built-in knowledge base \
            (the OpenAI, Microsoft and Amazon arrangements of 2025 and 2026). With -e, answers the given text; with \
            standard input that is not a terminal, runs it as a script.

            Scripts that declare knowledge of their own run on it alone; scripts that only ask questions \
            run on the built-in knowledge base. --kb replaces the built-in knowledge base, --with-builtin \
            keeps it as well.

            Exit codes: 0 success, 1 a question failed or an expectation did not match, 2 usage, \
            65 knowledge that does not load, 66 an input file that cannot be read, 69 a server \
            program (clq-lsp, clq-mcp) missing beside clq, 73 an output file that cannot be written, \
            74 standard output that cannot be written (a full disk; quiet when the reader went away).
            """,
        version: clqVersion,
        subcommands: [RunCommand.self, CheckCommand.self, CompileCommand.self, FormatCommand.self, LanguageServerCommand.self, MCPCommand.self]
    )

    @Option(name: .customShort("e"), help: ArgumentHelp("Answer this text: questions, declarations or both (repeatable).", valueName: "text"))
    var expressions: [String] = []

    @OptionGroup var common: CommonOptions

    mutating func run() throws {
        throw ExitCode(Self.answer(expressions, common.settings).rawValue)
    }

    /// Answers the texts of `-e`; without any, standard input when it is not a terminal, else opens a session.
    static func answer(_ expressions: [String], _ common: CommonSettings) -> ExitStatus {
        if !expressions.isEmpty {
            let scripts = expressions.map { (name: "-e", bytes: Array($0.utf8)) }
            return Invocation.run(scripts, common: common, paged: !common.noPager)
        }
        if !Terminal.inputIsTerminal {
            switch InputFiles.readAll(["-"]) {
            case .success(let scripts): return Invocation.run(scripts, common: common)
            case .failure(let status): return status
            }
        }
        return Invocation.interactive(common: common)
    }
}

/// `clq run FILE…`.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run script files: declarations, questions and expectations.")

    @Argument(help: ArgumentHelp("Script files to run in order; - reads standard input.", valueName: "file"))
    var files: [String]

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one script file") }
    }

    mutating func run() throws {
        switch InputFiles.readAll(files) {
        case .success(let scripts): throw ExitCode(Invocation.run(scripts, common: common.settings).rawValue)
        case .failure(let status): throw ExitCode(status.rawValue)
        }
    }
}

/// `clq check FILE…`.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check knowledge-base and script files and report every problem, without printing answers.")

    @Argument(help: ArgumentHelp("Files to check.", valueName: "file"))
    var files: [String] = []

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if files.isEmpty && common.knowledge.knowledgeBases.isEmpty { throw ValidationError("name at least one file to check") }
    }

    mutating func run() throws {
        switch InputFiles.readAll(files) {
        case .success(let scripts): throw ExitCode(Invocation.check(scripts, common: common.settings).rawValue)
        case .failure(let status): throw ExitCode(status.rawValue)
        }
    }
}
