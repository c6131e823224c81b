import ArgumentParser
import ClauseQuery
import ClauseSystem

/// `clq fmt FILE…`: rewrites files in the canonical layout.
struct FormatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Format knowledge-base and script files in the canonical layout.",
        discussion: """
            Rewrites each file in place when its layout differs; only whitespace changes, never a token, \
            a comment (byte for byte, even when it is not UTF-8) or a leading byte order mark. A file \
            that does not parse is reported and left as it is. - formats standard input to standard output.

            Exit codes: 0 success; 1 with --check, some file is not formatted; 65 a file does not parse; \
            66 a file cannot be read or written; 74 standard output cannot be written.
            """)

    @Argument(help: ArgumentHelp("Files to format; - reads standard input.", valueName: "file"))
    var files: [String] = []

    @Flag(name: .long, help: "Change no file; list those not formatted and exit 1 if there are any.")
    var check = false

    @Flag(name: .long, help: "Write the formatted text to standard output instead of the files.")
    var stdout = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one file to format") }
    }

    mutating func run() throws {
        var status = ExitStatus.success
        for path in files where !StandardOutput.failed {
            status = status.combined(with: format(path))
        }
        throw ExitCode(status.rawValue)
    }

    private func format(_ path: String) -> ExitStatus {
        let name: String
        let bytes: [UInt8]
        switch InputFiles.readAll([path]) {
        case .success(let files): (name, bytes) = (files[0].name, files[0].bytes)
        case .failure(let status): return status
        }
        let formatted: [UInt8]
        do throws(FormatFailure) {
            formatted = try SourceFormatter.formatted(bytes, name: name)
        } catch {
            let renderer = DiagnosticRenderer(color: Terminal.colorAllowed(onTerminal: Terminal.errorIsTerminal))
            Terminal.writeError(renderer.render(error.diagnostics, sources: error.sources))
            return .badData
        }
        let changed = formatted != bytes
        if check {
            if changed { Terminal.write("\(name)\n") }
            return changed ? .queryFailed : .success
        }
        if stdout || path == "-" {
            Terminal.write(bytes: formatted)
            return .success
        }
        guard changed else { return .success }
        do throws(FileError) {
            try Files.writeAtomically(formatted, to: path)
        } catch {
            Terminal.writeError("clq: \(error.message)\n")
            return .noInput
        }
        return .success
    }
}
