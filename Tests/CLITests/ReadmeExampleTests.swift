import Foundation
import Testing

/// Every `$ clq -e …` example in the README shows what clq really prints.
@Suite struct ReadmeExampleTests {
    struct Example: CustomTestStringConvertible, Sendable {
        var command: String
        var arguments: [String]
        var output: String
        var testDescription: String { command }
    }

    static let examples: [Example] = {
        guard let readme = try? String(contentsOfFile: packageDirectory + "/README.md", encoding: .utf8) else { return [] }
        var examples: [Example] = []
        var current: Example?
        for line in readme.components(separatedBy: "\n") {
            if line.hasPrefix("$ clq -e ") {
                if let done = current { examples.append(done) }
                current = Example(command: line, arguments: shellWords(String(line.dropFirst(6))), output: "")
            } else if line.hasPrefix("```") || line.hasPrefix("$ ") {
                if let done = current { examples.append(done) }
                current = nil
            } else if current != nil {
                current?.output += line + "\n"
            }
        }
        return examples.map { example in
            var trimmed = example
            while trimmed.output.hasSuffix("\n\n") { trimmed.output.removeLast() }
            return trimmed
        }
    }()

    /// Splits a shell command line with single and double quotes, as a POSIX shell would.
    static func shellWords(_ line: String) -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character?
        for character in line {
            if let open = quote {
                if character == open { quote = nil } else { word.append(character) }
            } else if character == "'" || character == "\"" {
                quote = character
                inWord = true
            } else if character == " " {
                if inWord { words.append(word) }
                word = ""
                inWord = false
            } else {
                word.append(character)
                inWord = true
            }
        }
        if inWord { words.append(word) }
        return words
    }

    @Test func theReadmeHasExamples() {
        #expect(ReadmeExampleTests.examples.count >= 8)
    }

    @Test(arguments: examples)
    func exampleOutputIsReal(example: Example) throws {
        if GoldenTests.updating { return }
        let result = try clq(example.arguments)
        #expect(result.stdout + result.stderr == example.output, "run script/update-golden after an intended change")
    }

    /// With CLQ_UPDATE_GOLDEN=1 (script/update-golden), rewrites the output under every example.
    @Test(.enabled(if: GoldenTests.updating)) func updateTheExamples() throws {
        let path = packageDirectory + "/README.md"
        let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        var output: [String] = []
        var skipping = false
        for line in lines {
            if skipping && !(line.hasPrefix("```") || line.hasPrefix("$ ")) { continue }
            if skipping && line.hasPrefix("$ ") { output.append("") }
            skipping = false
            output.append(line)
            guard line.hasPrefix("$ clq -e ") else { continue }
            let result = try clq(ReadmeExampleTests.shellWords(String(line.dropFirst(6))))
            var text = result.stdout + result.stderr
            while text.hasSuffix("\n") { text.removeLast() }
            output += text.components(separatedBy: "\n")
            skipping = true
        }
        try output.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
}
