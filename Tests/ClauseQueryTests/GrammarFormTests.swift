import ClauseQuery
import Testing

/// Forms the grammar allows are accepted, and input that stops mid-statement asks for more.
@Suite struct GrammarFormTests {
    func question(_ text: String) -> Question? {
        let parsed = Parser.parse(SourceText(name: "t", text: text), file: FileID(0))
        guard parsed.diagnostics.isEmpty, parsed.statements.count == 1,
              case .question(let statement) = parsed.statements[0] else { return nil }
        return statement.question
    }

    @Test func modifiersMayBeJoinedByAnd() {
        #expect(summary("which rights hold for Microsoft where exclusive and in 2020?")
            == "holds ExclusiveCloud; may hold ExclusiveModelAccess; may hold RevenueShare derived")
        #expect(summary("which rights hold for Microsoft and in 2031?") == "holds ModelAccess; may hold AzureMainHost")
        #expect(summary("which rights hold in 2031 and for Microsoft and where not derived?")
            == "holds ModelAccess; may hold AzureMainHost")
        guard case .which(let which) = question("which rights hold where exclusive and derived and for Microsoft?") else {
            Issue.record("did not parse")
            return
        }
        #expect(which.modifiers.party?.text == "Microsoft")
        guard case .and(let terms) = which.modifiers.filter else {
            Issue.record("the filter is not a conjunction")
            return
        }
        #expect(terms.count == 2)
    }

    @Test func aTrailingWordThatNeedsMoreAsksForMore() {
        var session = Session()
        for text in ["which rights hold for Microsoft where exclusive and", "which rights hold for Microsoft and",
                     "which clauses hold where exclusive or", "which clauses hold where not", "which clauses hold where",
                     "which clauses hold between 2025 and", "what changed between 2025 and",
                     "event E involving A and", "agreement G between A and", "explain"] {
            #expect(session.parse(text, name: "t").isIncomplete, "\(text)")
        }
        #expect(!session.parse("which rights hold for Microsoft and OpenAI", name: "t").isIncomplete)
        #expect(!session.parse("which rights hold and in 2031", name: "t").isIncomplete)
    }

    @Test func aChangesQuestionKeepsAFurtherTime() {
        guard case .changes(let changes) = question("what changed between 2025 and 2026 in 2027?") else {
            Issue.record("did not parse")
            return
        }
        #expect(changes.first.date.description == "2025")
        #expect(changes.second.date.description == "2026")
        #expect(changes.modifiers.temporal?.op == .in)
        #expect(changes.modifiers.temporal?.first.date.description == "2027")
        #expect(changes.modifiers.temporal?.range == ByteRange(35, 42))
    }

    @Test func explainIsWrittenOnce() {
        #expect(renderedDiagnostics("explain explain which rights hold for Microsoft in 2031?") == """
            test.clq:1:9: error: 'explain' takes a question or a clause, not another 'explain'; write it once [expected-token]
             1 | explain explain which rights hold for Microsoft in 2031?
               |         ^~~~~~~

            """)
        guard case .explain(let explain) = question("explain which rights hold for Microsoft in 2031?"),
              case .question(.which) = explain.target else {
            Issue.record("explain of a question did not parse")
            return
        }
    }
}
