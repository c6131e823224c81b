import ClauseQuery
import Testing

@Suite struct EmbeddingTests {
    static let questions = [
        "which rights hold for Microsoft in 2031?", "which rights hold for Microsoft in 2030?",
        "which obligations does OpenAI have in 2028?", "is Microsoft's access to OpenAIModels exclusive in 2027?",
        "when does Microsoft's access to OpenAIModels end?", "what changed between 2025 and 2026?",
        "explain which rights hold for Microsoft in 2030?", "rights of Amazon in 2027?", "list prospects?",
        "which rights hold for Microsfot in 2031?", "list events between 2025 and 2026?",
    ]

    @Test func typedRowsOfTheDefiningQuestion() {
        let result = Session.builtin().answer(to: "which rights hold for Microsoft in 2031?")
        #expect(result.succeeded)
        let rows = result.rows.map { (row: ResultRow) -> String in
            "\(row.id) \(row.certainty.identifier) \(row.until ?? "-") \(row.untilEarliest?.description ?? "-")"
        }
        // The end of Azure as main host is not given: it is unbounded, except that it cannot come before the start.
        #expect(rows == ["ModelAccess holds 2032 2032-01-01", "AzureMainHost may-hold unknown 2026-01-01"])
        #expect(result.rows.map(\.untilLatest) == [CalendarDate(year: 2032, month: 12, day: 31), nil])
        #expect(result.rows.first?.source?.document == "partnership-article.txt")
        #expect(result.rows.first?.source?.line == 12)
        let derived = Session.builtin().answer(to: "which rights hold for Microsoft in 2030 where derived?").rows
        #expect(derived.map(\.derivation) == [.correlativeOfObligation])
        #expect(derived.first?.holder == "Microsoft")
    }

    @Test func failuresAreDiagnosticsInEveryFormat() {
        let result = Session.builtin().answer(to: "which rights hold for Microsfot in 2031?")
        #expect(!result.succeeded)
        #expect(result.diagnostics.map(\.id) == [.unknownParty])
        #expect(result.rendered(.json).contains("\"id\":\"unknown-party\""))
        #expect(result.rendered(.table) == "")
        #expect(result.renderedDiagnostics().hasPrefix("<question>:1:23: error: unknown party 'Microsfot'"))
    }

    @Test func loadingReportsEveryProblem() {
        do {
            _ = try Session.loading([(name: "bad.clq", text: "party A part of Nobody.\nasset X owned by Ghost.")])
            Issue.record("a knowledge base with unknown names loaded")
        } catch {
            #expect(error.diagnostics.map(\.id) == [.unknownParty, .unknownParty])
            #expect(error.rendered().contains("bad.clq:1:17: error: unknown party 'Nobody'"))
        }
    }

    @Test func concurrentEvaluationEqualsSequential() async {
        let session = Session.builtin()
        let expected = EmbeddingTests.questions.map { session.answer(to: $0).rendered(.json) }
        let rounds = 20
        let answers = await withTaskGroup(of: (Int, String).self) { group in
            for round in 0..<rounds {
                for (index, question) in EmbeddingTests.questions.enumerated() {
                    group.addTask { (round * 100 + index, session.answer(to: question).rendered(.json)) }
                }
            }
            var answers: [Int: String] = [:]
            for await (key, answer) in group { answers[key] = answer }
            return answers
        }
        #expect(answers.count == rounds * EmbeddingTests.questions.count)
        for round in 0..<rounds {
            for index in EmbeddingTests.questions.indices {
                #expect(answers[round * 100 + index] == expected[index])
            }
        }
    }

    @Test func checkReportsWhatClqCheckReports() {
        let session = Session.builtin()
        let diagnostics = session.checkOutcome(of: "which rights hold for Microsfot?\nrights of Nobody?\n",
                                               name: "q.clq").diagnostics
        #expect(diagnostics.map(\.id) == [.unknownParty, .unknownParty])
    }
}
