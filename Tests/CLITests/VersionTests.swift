import Foundation
import Testing

/// Every program reports the version of the VERSION file, the one a release tag names.
@Suite struct VersionTests {
    static let version: String = {
        (try? String(contentsOfFile: packageDirectory + "/VERSION", encoding: .utf8)) ?? ""
    }()

    @Test func theVersionFileHoldsOneVersion() {
        #expect(Self.version.wholeMatch(of: #/[0-9]+\.[0-9]+\.[0-9]+\n/#) != nil)
    }

    @Test(arguments: ["clq", "clq-lsp", "clq-mcp"])
    func eachProgramPrintsIt(program: String) throws {
        let binary = URL(fileURLWithPath: clqBinary).deletingLastPathComponent().appendingPathComponent(program).path
        let result = try clq(["--version"], executable: binary)
        #expect(result.status == 0)
        #expect(result.stdout == Self.version)
        #expect(result.stderr == "")
    }
}
