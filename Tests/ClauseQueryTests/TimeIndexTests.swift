@testable import ClauseQuery
import Testing

/// The time index: a question without a party judges only the clauses whose window of days may meet its
/// own, and answers exactly as judging every clause does, built from the text or read from a compiled file.
@Suite struct TimeIndexTests {
    /// The answer to `question` as JSON, judging the clauses the time index gives (`indexed`) or every
    /// clause, and how many clauses the index gives for the question's window.
    static func answer(_ question: String, in session: Session, indexed: Bool,
                       _ unknownEnds: UnknownEndAssumption) -> (json: String, candidates: Int) {
        var copy = session
        copy.options.unknownEnds = unknownEnds
        let script = copy.parse(question, name: "<question>")
        guard !script.diagnostics.contains(where: \.isError), script.statements.count == 1,
              case .question(let statement) = script.statements[0] else {
            Issue.record("\(question) does not parse: \(copy.rendered(script.diagnostics))")
            return ("", 0)
        }
        switch QuestionChecker.check(statement.question, knowledgeBase: copy.knowledgeBase, source: copy.sources[script.file],
                                     file: script.file, isCancelled: { false }) {
        case .failure(let failure): return (copy.rendered(failure.diagnostics), 0)
        case .success(let resolved):
            var evaluator = Evaluator(knowledgeBase: copy.knowledgeBase, options: copy.options)
            evaluator.usesTimeIndex = indexed
            let window = resolved.scope.window
            let candidates = copy.knowledgeBase.timeIndex.clauses(overlapping: window.firstDay, window.lastDay).count
            do throws(QueryFailure) {
                let answer = try evaluator.answer(resolved)
                let result = QueryResult(query: question, answer: answer, stoppedBy: [], knowledgeBase: copy.knowledgeBase,
                                         sources: copy.sources)
                return (result.rendered(.json), candidates)
            } catch {
                return (copy.rendered(error.diagnostics), candidates)
            }
        }
    }

    /// Generated knowledge bases with every feature, asked which clauses, rights and obligations hold, how
    /// many, their timeline and what changed, over generated windows and under both readings of unknown
    /// ends: the answers through the index, built from the text or read from the compiled file, are those
    /// of judging every clause. The index leaves clauses out of most windows.
    @Test func aQuestionWithoutAPartyAnswersAsJudgingEveryClause() {
        var (compared, narrowed, rows) = (0, 0, 0)
        for seed in UInt64(0)..<120 {
            var generator = OracleGenerator(seed: seed, features: seed % 2 == 0 ? .withOptions : .all)
            let kb = generator.knowledgeBase()
            var text = Session()
            guard !text.load([(name: "kb.clq", text: kb.text)]).loadFailed else { continue }
            let (compiled, outcome) = CompiledKnowledgeTests.reopened(text.compiled())
            #expect(!outcome.loadFailed, "seed \(seed)")
            var questions: [String] = []
            for _ in 0..<6 {
                let time = generator.time().text
                questions += ["which clauses hold \(time)?", "which rights hold \(time)?", "which obligations hold \(time)?",
                              "how many rights hold \(time)?", "timeline of clauses \(time)?"]
            }
            for _ in 0..<3 {
                var (low, high) = (generator.period(), generator.period())
                if high.firstDay < low.firstDay { swap(&low, &high) }
                if low.lastDay < high.firstDay { questions.append("what changed between \(low) and \(high)?") }
            }
            for question in questions {
                for assumption in [UnknownEndAssumption.unknown, .continue] {
                    let everyClause = Self.answer(question, in: text, indexed: false, assumption)
                    let fromText = Self.answer(question, in: text, indexed: true, assumption)
                    let fromFile = Self.answer(question, in: compiled, indexed: true, assumption)
                    #expect(fromText.json == everyClause.json, "seed \(seed), \(assumption): \(question)\n\(kb.text)")
                    #expect(fromFile.json == everyClause.json, "seed \(seed), \(assumption): \(question)")
                    #expect(fromFile.candidates == fromText.candidates, "seed \(seed): \(question)")
                    compared += 1
                    if fromText.candidates < text.knowledgeBase.clauses.count { narrowed += 1 }
                    if everyClause.json.contains("\"certainty\"") { rows += 1 }
                }
            }
        }
        #expect(compared > 6_000, "\(compared) compared")
        #expect(narrowed > compared / 3 && rows > compared / 3, "\(narrowed) narrowed, \(rows) with rows of \(compared)")
    }

    /// The index read from a compiled file is the one built from the knowledge base it was compiled from,
    /// entry for entry; declaring more after opening the file builds it again, over every clause, when a
    /// second question needs it.
    @Test func aCompiledFileHoldsTheIndexItsKnowledgeBuilds() {
        let original = CompiledKnowledgeTests.session(CompiledKnowledgeTests.partnership)
        var (reopened, _) = CompiledKnowledgeTests.reopened(original.compiled())
        let built = TimeIndex(building: original.knowledgeBase)
        func entries(_ order: TimeIndex.Entries) -> [TimeIndex.Entry] { (0..<order.count).map { order[$0] } }
        let read = reopened.knowledgeBase.timeIndex
        #expect(entries(read.byFirst) == entries(built.byFirst))
        #expect(entries(read.byLast) == entries(built.byLast))
        #expect(entries(built.byFirst).map(\.clause) == [1, 2, 0, 3, 4])
        #expect(reopened.knowledgeBase.clauses(overlapping: Self.day("2026-01-01"), Self.day("2026-02-28")) == [1, 2])
        let outcome = reopened.load([(name: "more.clq", text: """
            agreement J between A, B effective 2020 { clause Old: right of A to use M from 2020 until 2021. }
            """)])
        #expect(!outcome.loadFailed)
        // Asked once, every clause is judged; asked again, the index is built, over every clause.
        let june = Self.day("2021-06-01")
        #expect(reopened.knowledgeBase.clauses(overlapping: june, june) == nil)
        #expect(reopened.knowledgeBase.clauses(overlapping: june, june) == [5])
        #expect(reopened.knowledgeBase.timeIndex.clauseCount == 6)
    }

    /// A compiled file whose time index names a clause it does not have (its checksums made right again)
    /// opens, and answers what does not read the index; a question without a party that reads the entry is
    /// refused with `compiled-kb-unreadable` instead of answered without the clause.
    @Test func anIndexEntryThatDoesNotReadRefusesTheQuestion() throws {
        let original = CompiledKnowledgeTests.session(CompiledKnowledgeTests.partnership)
        let compiled = original.compiled()
        var contents = Array(compiled[32..<32 + CompiledKnowledgeTests.contentsLength(compiled)])
        // The entries by first day as the file writes them: first day, last day and clause, little-endian.
        let built = TimeIndex(building: original.knowledgeBase)
        var entries: [UInt8] = []
        for position in 0..<built.byFirst.count {
            let entry = built.byFirst[position]
            for value in [entry.first, entry.last, entry.clause] { withUnsafeBytes(of: value.littleEndian) { entries += $0 } }
        }
        let at = try #require(contents.indices.first { contents[$0..<min($0 + entries.count, contents.count)].elementsEqual(entries) })
        #expect(built.byFirst[0].clause == 1)
        contents[at + 8] = 99
        let (session, outcome) = CompiledKnowledgeTests.reopened(CompiledKnowledge.file(containing: contents))
        #expect(!outcome.loadFailed)
        #expect(session.answer(to: "which clauses hold for A in 2026?").succeeded)
        let refused = session.answer(to: "which clauses hold in 2026?")
        #expect(!refused.succeeded)
        #expect(refused.diagnostics.map(\.id) == [.compiledUnreadable])
    }

    /// The day number of a date written `yyyy-mm-dd`.
    static func day(_ text: String) -> Int {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        return DayNumber.of(year: parts[0], month: parts[1], day: parts[2])
    }
}
