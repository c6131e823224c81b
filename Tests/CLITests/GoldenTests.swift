import Foundation
import Testing

/// Golden tests: each script in Tests/Golden runs through the clq binary, and what it prints must be
/// exactly the `.out` file beside it.
///
/// A script's first line may give the command line, as `# clq: --format json run`; the script's path
/// is added last (the default is `run`). The `.out` file holds standard output, then `--- stderr` and
/// standard error when there is any, then `--- exit N` when the status is not 0.
///
/// After an intended change, `script/update-golden` rewrites every `.out` file (and the README's
/// examples) from what clq prints now; review the difference with `git diff` before committing.
@Suite struct GoldenTests {
    static let directory = packageDirectory + "/Tests/Golden"

    static let scripts: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".clq") }.sorted()
    }()

    /// True when the expected files are to be written rather than compared.
    static let updating = ProcessInfo.processInfo.environment["CLQ_UPDATE_GOLDEN"] == "1"

    /// The transcript of one run in the `.out` format.
    static func transcript(_ result: ProcessResult) -> String {
        var text = result.stdout
        if !result.stderr.isEmpty { text += "--- stderr\n" + result.stderr }
        if result.status != 0 { text += "--- exit \(result.status)\n" }
        return text
    }

    /// The arguments of a script's `# clq:` line, or `run`, with the script's path last.
    static func arguments(for name: String, text: String) -> [String] {
        let first = text.prefix { $0 != "\n" }
        var words = ["run"]
        if first.hasPrefix("# clq:") {
            words = first.dropFirst(6).split(separator: " ").map(String.init)
        }
        return words + ["Tests/Golden/" + name]
    }

    @Test func thereAreGoldenScripts() {
        #expect(GoldenTests.scripts.count >= 6)
    }

    @Test(arguments: scripts)
    func outputIsTheGoldenFile(name: String) throws {
        let path = GoldenTests.directory + "/" + name
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let result = try clq(GoldenTests.arguments(for: name, text: text), environment: ["NO_COLOR": "1"])
        let actual = GoldenTests.transcript(result)
        let expectedPath = String(path.dropLast(4)) + ".out"
        if GoldenTests.updating {
            try actual.write(toFile: expectedPath, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
        #expect(actual == expected, "run script/update-golden after an intended change")
    }
}
