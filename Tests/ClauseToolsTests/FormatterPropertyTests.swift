import ClauseQuery
import PropertyBased
import Testing

/// Formatting is idempotent and never changes what a text means, whatever its layout.
@Suite struct FormatterPropertyTests {
    /// Every statement of the sample files, as its own text.
    static let statements: [String] = {
        var result: [String] = []
        for text in [BuiltinKnowledgeBase.text, packageFile("Samples/tour.clq"), packageFile("Samples/questions.clq"), packageFile("Samples/licence.clq")] {
            let source = SourceText(name: "", text: text)
            result += parse(text).statements.map { source.text(in: $0.range) }
        }
        return result
    }()

    /// What may stand between two tokens.
    static let separators = [" ", "  ", "\n", "\n\n", "\t", " # note\n", "\n  # own line\n", "\n\n# block —é 🎉\n\n",
                             "\r\n", "   \n    ", "\n\n\n"]

    /// Rebuilds `statements` token by token, with separators picked by `picks`.
    static func relaid(_ statements: [String], _ picks: [Int]) -> String {
        var output = ""
        var pick = 0
        for statement in statements {
            let source = SourceText(name: "", text: statement)
            for token in Lexer.lex(source, file: FileID(0)).tokens.dropLast() {
                if !output.isEmpty && token.kind != .possessive {
                    output += separators[picks.isEmpty ? 0 : picks[pick % picks.count] % separators.count]
                    pick += 1
                }
                output += source.text(in: token.range)
            }
        }
        return output
    }

    static func checkProperties(_ text: String) {
        let original = parse(text)
        let parses = !original.diagnostics.contains { $0.isError }
        switch formatted(text) {
        case .failure:
            #expect(!parses, "refused a text that parses: \(text)")
        case .success(let once):
            #expect(parses)
            if case .success(let twice) = formatted(once) {
                #expect(twice == once, "formatting twice differs: \(text)")
            } else {
                Issue.record("a formatted text does not format: \(once)")
            }
            let again = parse(once)
            #expect(again.diagnostics.isEmpty)
            #expect(shape(again) == shape(original), "formatting changed the meaning of: \(text)")
            #expect(commentTexts(once) == commentTexts(text))
        }
    }

    @Test func relaidSampleStatements() async {
        let count = FormatterPropertyTests.statements.count
        await propertyCheck(count: 200, input: Gen.int(in: 0...(count - 1)).array(of: 1...8),
                            Gen.int(in: 0...1000).array(of: 1...30)) { chosen, picks in
            let text = FormatterPropertyTests.relaid(chosen.map { FormatterPropertyTests.statements[$0] }, picks)
            FormatterPropertyTests.checkProperties(text)
        }
    }

    static let fragments = ["party", "A", "\"Name\"", ".", "?", "agreement", "{", "}", "clause", ":", "right", "of",
                            "against", "to", "use", "from", "2026", "until", "unknown", "which", "rights", "hold",
                            "for", "in", "expect", "holds", ";", ",", "# c\n", "\n", "\n\n", "'s", "not", "exclusive",
                            "(", ")", "where", "derived", "amount", "<", "$5B", "é", "—"]

    @Test func randomFragments() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...(FormatterPropertyTests.fragments.count - 1)).array(of: 0...40)) { picks in
            let text = picks.map { FormatterPropertyTests.fragments[$0] }.joined(separator: " ")
            FormatterPropertyTests.checkProperties(text)
        }
    }
}
