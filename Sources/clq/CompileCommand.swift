import ArgumentParser
import ClauseQuery
import ClauseSystem

/// `clq compile FILE… [-o OUT]`.
struct CompileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile",
        abstract: "Check knowledge-base files and write them as one compiled knowledge base.",
        discussion: """
            The compiled file holds the checked knowledge and the texts it came from, in at most 2 GiB; \
            --kb, clq run, clq check, the REPL's :load and the servers read it without checking the text \
            again. Each block of it is checked against its checksum when it is first read: a question \
            that reads a damaged block is refused, and 'clq check --kb FILE' checks every block. A file \
            cut short or written by a version of clq with another compiled format is refused: compile \
            it again.
            """)

    @Argument(help: ArgumentHelp("Knowledge-base files to compile together; - reads standard input.", valueName: "file"))
    var files: [String]

    @Option(name: [.customShort("o"), .customLong("output")],
            help: ArgumentHelp("Where to write it (default: the first file with the extension .clqx).", valueName: "file"))
    var output: String?

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one knowledge-base file to compile") }
        if output == nil && (files[0] == "-" || files.contains(Self.defaultOutput(for: files[0]))) {
            throw ValidationError("name the compiled file with -o")
        }
    }

    /// `kb.clq` → `kb.clqx`; `kb` → `kb.clqx`.
    static func defaultOutput(for path: String) -> String {
        (path.hasSuffix(".clq") ? String(path.dropLast(4)) : path) + ".clqx"
    }

    mutating func run() throws {
        let read: [(name: String, bytes: [UInt8])]
        switch InputFiles.readAll(files) {
        case .success(let contents): read = contents
        case .failure(let status): throw ExitCode(status.rawValue)
        }
        var session = Session()
        let outcome = session.load(read)
        let renderer = DiagnosticRenderer(color: Terminal.colorAllowed(onTerminal: Terminal.errorIsTerminal))
        if !outcome.diagnostics.isEmpty { Terminal.writeError(renderer.render(outcome.diagnostics, sources: session.sources)) }
        guard !outcome.loadFailed, !outcome.diagnostics.contains(where: \.isError) else {
            throw ExitCode(ExitStatus.badData.rawValue)
        }
        let path = output ?? Self.defaultOutput(for: files[0])
        let compiled = session.compiled(warnings: outcome.diagnostics)
        guard compiled.count <= Session.maximumCompiledSize else {
            Terminal.writeError("clq: the compiled knowledge base would take \(compiled.count) bytes, and one holds at most "
                                + "\(Session.maximumCompiledSize); compile fewer files into each\n")
            throw ExitCode(ExitStatus.badData.rawValue)
        }
        do throws(FileError) {
            try Files.writeAtomically(compiled, to: path, permissions: 0o644)
        } catch {
            Terminal.writeError("clq: \(error.message)\n")
            throw ExitCode(ExitStatus.cannotCreate.rawValue)
        }
        Terminal.write("\(path): \(session.knowledgeSummary)\n")
    }
}
