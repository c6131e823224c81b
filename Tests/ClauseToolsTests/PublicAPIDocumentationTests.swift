import Foundation
import Testing

/// Every `public` or `open` declaration of the library carries a `///` documentation comment.
@Suite struct PublicAPIDocumentationTests {
    /// The library's sources, under the package directory found from the test sources' `#filePath`.
    static let sourceDirectory = packageDirectory + "/Sources/ClauseQuery"

    /// Paths of the Swift files under `directory`, relative to it, sorted.
    static func swiftFiles(under directory: String) -> [String] {
        let paths = FileManager.default.enumerator(atPath: directory)?.compactMap { $0 as? String } ?? []
        return paths.filter { $0.hasSuffix(".swift") }.sorted()
    }

    /// The public or open declarations of `text`: their 1-based line, their text, and whether the previous line,
    /// skipping attribute lines (`@…`), is a `///` comment.
    static func publicDeclarations(in text: String) -> [(line: Int, text: String, documented: Bool)] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        var found: [(line: Int, text: String, documented: Bool)] = []
        for (index, line) in lines.enumerated() where line.firstMatch(of: #/^(public|open)\s/#) != nil {
            var previous = index - 1
            while previous >= 0, lines[previous].hasPrefix("@") { previous -= 1 }
            found.append((index + 1, line, previous >= 0 && lines[previous].hasPrefix("///")))
        }
        return found
    }

    @Test func everyPublicDeclarationHasADocumentationComment() throws {
        let files = Self.swiftFiles(under: Self.sourceDirectory)
        try #require(!files.isEmpty, "no Swift files under \(Self.sourceDirectory)")
        var count = 0
        var undocumented: [String] = []
        for file in files {
            let text = try String(contentsOfFile: Self.sourceDirectory + "/" + file, encoding: .utf8)
            let declarations = Self.publicDeclarations(in: text)
            count += declarations.count
            undocumented += declarations.filter { !$0.documented }
                .map { "Sources/ClauseQuery/\(file):\($0.line): \($0.text.prefix(100))" }
        }
        #expect(count > 0, "no public declarations found under \(Self.sourceDirectory)")
        #expect(undocumented.isEmpty, """
            \(undocumented.count) public declarations have no `///` comment:
            \(undocumented.joined(separator: "\n"))
            """)
    }

    /// The public types of the library: what a program embedding it needs to build a session, ask, and
    /// read answers and diagnostics. Everything else is `package`; a new public type is a decision.
    static let publicTypes: Set<String> = [
        "Session", "EvaluationOptions", "UnknownEndAssumption", "RenderFormat", "LoadFailure",
        "QueryResult", "ResultRow", "SourceReference", "Certainty", "Modality", "DerivationRule", "Change",
        "EntityKind", "CalendarDate", "Precision", "ScriptOutcome", "QuestionOutcome", "CheckOutcome",
        "Diagnostic", "DiagnosticNote", "DiagnosticID", "Severity", "SourceLocation", "FileID", "ByteRange",
    ]

    @Test func thePublicTypesAreTheEmbeddingSurface() throws {
        var found: Set<String> = []
        for file in Self.swiftFiles(under: Self.sourceDirectory) {
            let text = try String(contentsOfFile: Self.sourceDirectory + "/" + file, encoding: .utf8)
            for declaration in Self.publicDeclarations(in: text) {
                if let match = declaration.text.firstMatch(of: #/^public (?:indirect )?(?:struct|enum|class|protocol|typealias|actor) (\w+)/#) {
                    found.insert(String(match.1))
                }
            }
        }
        #expect(found == Self.publicTypes)
    }

    @Test func theRuleSkipsAttributesAndSeesMissingComments() {
        let text = """
            /// Documented.
            @discardableResult
            public func documented() -> Int { 1 }
            // A plain comment is not documentation.
            public var plain = 0
            public struct Bare {}
            """
        #expect(Self.publicDeclarations(in: text).map { "\($0.line) \($0.documented)" }
                == ["3 true", "5 false", "6 false"])
    }
}
