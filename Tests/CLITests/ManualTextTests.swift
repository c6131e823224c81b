import Foundation
import Testing

/// The manual pages are written from what the programs tell the argument parser; its generate-manual drops every
/// character outside ASCII, so that text stays ASCII.
@Suite struct ManualTextTests {
    /// Each program, and the command name it gives the argument parser.
    static let programs = [("clq", "clq"), ("clq-lsp", "clq lsp"), ("clq-mcp", "clq mcp")]

    @Test(arguments: programs)
    func helpTextIsASCII(program: String, commandName: String) throws {
        let binary = URL(fileURLWithPath: clqBinary).deletingLastPathComponent().appendingPathComponent(program).path
        let dump = try clq(["--experimental-dump-help"], executable: binary)
        #expect(dump.status == 0)
        #expect(dump.stdout.contains("\"commandName\" : \"\(commandName)\""))
        let outside = dump.stdout.unicodeScalars.filter { !$0.isASCII }.map { String($0) }
        #expect(outside.isEmpty, "characters outside ASCII in \(program)'s help: \(outside.joined())")
    }
}
