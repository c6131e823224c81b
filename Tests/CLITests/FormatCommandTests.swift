import Foundation
import Testing

@Suite struct FormatCommandTests {
    static let messy = "party  A \"Société — 🎉\".   # note\nwhich rights hold for A   in 2031 ?\n\n\n\nlist parties"
    static let tidy = "party A \"Société — 🎉\". # note\nwhich rights hold for A in 2031?\n\nlist parties\n"

    @Test func theSamplesAreInCanonicalForm() throws {
        let result = try clq(["fmt", "--check", "Samples/partnership.clq", "Samples/questions.clq", "Samples/tour.clq", "Samples/licence.clq"])
        #expect(result.status == 0, "\(result.stdout)")
    }

    @Test func rewritesFilesInPlace() throws {
        let path = try temporaryFile(FormatCommandTests.messy)
        let result = try clq(["fmt", path])
        #expect(result.status == 0 && result.stdout.isEmpty && result.stderr.isEmpty)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == FormatCommandTests.tidy)
        #expect(try clq(["fmt", "--check", path]).status == 0)
    }

    @Test func checkListsUnformattedFilesAndChangesNothing() throws {
        let messy = try temporaryFile(FormatCommandTests.messy)
        let tidy = try temporaryFile(FormatCommandTests.tidy)
        let result = try clq(["fmt", "--check", tidy, messy])
        #expect(result.status == 1)
        #expect(result.stdout == messy + "\n")
        #expect(try String(contentsOfFile: messy, encoding: .utf8) == FormatCommandTests.messy)
    }

    @Test func standardInputAndStdout() throws {
        #expect(try clq(["fmt", "-"], input: FormatCommandTests.messy).stdout == FormatCommandTests.tidy)
        let path = try temporaryFile(FormatCommandTests.messy)
        #expect(try clq(["fmt", "--stdout", path]).stdout == FormatCommandTests.tidy)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == FormatCommandTests.messy)
    }

    @Test func everyByteNotReformattedIsKept() throws {
        let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
        let latin1: [UInt8] = Array("# caf".utf8) + [0xE9, 0x20, 0xE0, 0x20, 0xFF]
        let path = try temporaryFile(mark + Array("party  A \"x\".\n".utf8) + latin1 + Array("\nlist parties ?\n".utf8))
        let result = try clq(["fmt", path])
        #expect(result.status == 0 && result.stdout.isEmpty && result.stderr.isEmpty)
        let written = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(written == mark + Array("party A \"x\".\n".utf8) + latin1 + Array("\nlist parties?\n".utf8))
        #expect(try clq(["fmt", "--check", path]).status == 0)
    }

    @Test func filesThatDoNotParseAreLeftAlone() throws {
        let path = try temporaryFile("party A \"unterminated\nlist parties?\n")
        let result = try clq(["fmt", path])
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("\(path):1:9: error: unterminated string; add a closing '\"' [unterminated-string]"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "party A \"unterminated\nlist parties?\n")
        #expect(try clq(["fmt", "/nonexistent/x.clq"]).status == 66)
        #expect(try clq(["fmt"]).status == 2)
    }
}
