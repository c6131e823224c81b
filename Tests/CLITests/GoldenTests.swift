import Foundation
import Testing

/// Golden tests: each script in Tests/Golden runs through the clq binary, and what it prints must be
/// exactly the `.out` file beside it.
///
/// A script's first line may give the command line, as `# clq: --format json run`; the script's path
/// is added last (the default is `run`). Words before the arguments of the form `NAME=VALUE` set the
/// environment, as `# clq: COLUMNS=100 LC_ALL=C.UTF-8 run`. The `.out` file holds standard output, then `--- stderr` and
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
        invocation(for: name, text: text).arguments
    }

    /// The arguments of a script's `# clq:` line with the script's path last, and the variables its
    /// leading `NAME=VALUE` words set.
    static func invocation(for name: String, text: String) -> (arguments: [String], environment: [String: String]) {
        let first = text.prefix { $0 != "\n" }
        var words = ["run"]
        var environment: [String: String] = [:]
        if first.hasPrefix("# clq:") {
            words = first.dropFirst(6).split(separator: " ").map(String.init)
            while let word = words.first, let equals = word.firstIndex(of: "="),
                  word[..<equals].allSatisfy({ $0.isUppercase || $0 == "_" }) {
                environment[String(word[..<equals])] = String(word[word.index(after: equals)...])
                words.removeFirst()
            }
        }
        return (words + ["Tests/Golden/" + name], environment)
    }

    @Test func leadingAssignmentsSetTheEnvironment() {
        let (arguments, environment) = GoldenTests.invocation(for: "t.clq", text: "# clq: COLUMNS=72 LC_ALL=C --today 2026-06-15 run\n")
        #expect(arguments == ["--today", "2026-06-15", "run", "Tests/Golden/t.clq"])
        #expect(environment == ["COLUMNS": "72", "LC_ALL": "C"])
        #expect(GoldenTests.invocation(for: "t.clq", text: "which rights hold?\n").arguments == ["run", "Tests/Golden/t.clq"])
    }

    @Test func thereAreGoldenScripts() {
        #expect(GoldenTests.scripts.count >= 6)
    }

    @Test(arguments: scripts)
    func outputIsTheGoldenFile(name: String) throws {
        let path = GoldenTests.directory + "/" + name
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let (arguments, environment) = GoldenTests.invocation(for: name, text: text)
        let result = try clq(arguments, environment: environment.merging(["NO_COLOR": "1"]) { $1 })
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
