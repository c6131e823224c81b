@testable import ClauseQuery
import PropertyBased
import Testing

/// A name is coloured by the first kind of entity it resolves as, exactly or ignoring case, whether
/// its kind is looked up anew or found among the spellings already seen.
@Suite struct HighlightsTests {
    static let knowledge = """
        party Acme. party Beta "Beta Corporation". asset Widget. event Launch.
        agreement Deal between Acme and Beta effective 2020 { clause Use: right of Acme to use Widget. }
        agreement acme between Acme and Beta effective 2021 { }
        """
    static let words = ["Acme", "acme", "ACME", "Beta", "beta", "Widget", "widget", "Launch", "Deal", "deal", "Use", "use",
                        "Unknown", "Acm", "Éclair", "éclair", "Ωmega", "right", "of", "2031", "\"text\"", "# note\n",
                        "?", ".", "\n"]

    @Test func aNameIsColouredByTheFirstKindThatKnowsIt() {
        var session = Session()
        _ = session.load([("kb.clq", HighlightsTests.knowledge)])
        let source = SourceText(name: "a.clq", bytes: Array("Acme acme ACME Unknown Deal deal Widget Acme".utf8))
        #expect(Highlights.of(source, knowledgeBase: session.knowledgeBase, declared: []).map(\.kind)
            == [.party, .party, .party, .name, .agreement, .agreement, .asset, .party])
    }

    @Test func namesAreColouredAsTheyResolve() async {
        var session = Session()
        _ = session.load([("kb.clq", HighlightsTests.knowledge)])
        let kb = session.knowledgeBase
        #expect(!kb.isEmpty)
        await propertyCheck(count: 300, input: Gen.int(in: 0...(HighlightsTests.words.count - 1)).array(of: 0...30)) { picks in
            let text = picks.map { HighlightsTests.words[$0] }.joined(separator: " ")
            let source = SourceText(name: "a.clq", bytes: Array(text.utf8))
            let tokens = Lexer.lex(source, file: FileID(0)).tokens
            for highlight in Highlights.of(source, knowledgeBase: kb, declared: []) where highlight.kind.rawValue >= HighlightKind.party.rawValue {
                let name = source.text(in: highlight.range)
                #expect(tokens.contains { $0.range == highlight.range && $0.kind == .identifier })
                let expected = Highlights.nameKinds.first { kb.index(for: $0.0).resolve(name) != .missing }?.1 ?? .name
                #expect(highlight.kind == expected, "\(name) in \(text.debugDescription)")
            }
        }
    }
}
