@testable import ClauseQuery
import Testing

/// A text loaded a part at a time, as it is parsed, gives what parsing it whole and then loading it
/// gives: the same statements and problems, the same diagnostics, and the same answers.
@Suite struct StreamingLoadTests {
    /// The parts the tests cut texts into: small, so that even a generated knowledge base has several.
    static let partSize = 48

    /// What `Parser.parse(handingOver:)` gave: the script, and the statements handed over, part by part.
    static func handedOver(_ text: String, partSize: Int = partSize,
                           isCancelled: @escaping @Sendable () -> Bool = { false }) -> (ParsedScript, [[Statement]]) {
        var parts: [[Statement]] = []
        let script = Parser.parse(SourceText(name: "t", text: text), file: FileID(0), isCancelled: isCancelled,
                                  partSize: partSize) { statements, _ in
            parts.append(statements)
            return true
        }
        return (script, parts)
    }

    static func expectSame(_ script: ParsedScript, _ parts: [[Statement]], _ whole: ParsedScript, _ comment: Comment? = nil) {
        #expect(script.statements.isEmpty, comment)
        #expect(parts.flatMap { $0 } == whole.statements, comment)
        #expect(script.diagnostics == whole.diagnostics, comment)
        #expect(script.comments == whole.comments, comment)
        #expect(script.isIncomplete == whole.isIncomplete, comment)
        #expect(script.failedInDeclaration == whole.failedInDeclaration, comment)
        #expect(script.failedIdentifiers == whole.failedIdentifiers, comment)
        #expect(script.failedRanges == whole.failedRanges, comment)
    }

    @Test func aTextHandedOverInPartsReadsAsWhole() {
        let (script, parts) = Self.handedOver(ParseInPartsTests.document, partSize: 1_024)
        #expect(parts.count > 8 && parts.count <= Parser.maximumSteps, "\(parts.count) parts")
        Self.expectSame(script, parts, ParseInPartsTests.whole(ParseInPartsTests.document))
        let (small, smallParts) = Self.handedOver("party A.\nparty B.\n")
        #expect(smallParts.count == 1)
        Self.expectSame(small, smallParts, ParseInPartsTests.whole("party A.\nparty B.\n"))
    }

    /// A problem anywhere: the parts before it are handed over, then the rest, parsed in one piece.
    @Test func aTextWithAProblemHandedOverInPartsReadsAsWhole() {
        let mistakes = [".", "}", "{", "\"", "party ", "\nagreement Z {\n", "2031-13", "@", "clause "]
        var withProblems = 0
        for seed in 0..<60 {
            var random = SeededRandom(seed: UInt64(seed))
            var bytes = Array(ParseInPartsTests.document.utf8)
            let position = random.int(0...(bytes.count - 1))
            bytes.insert(contentsOf: Array(random.pick(mistakes).utf8), at: position)
            let text = String(decoding: bytes, as: UTF8.self)
            let whole = ParseInPartsTests.whole(text)
            if !whole.diagnostics.isEmpty { withProblems += 1 }
            let (script, parts) = Self.handedOver(text, partSize: 1_024)
            Self.expectSame(script, parts, whole, "seed \(seed)")
        }
        #expect(withProblems >= 40, "\(withProblems) with problems")
    }

    /// A cancellation, or a taker that stops, ends the reading: the text reads as interrupted.
    @Test(arguments: [0, 1, 5])
    func aCancelledReadingStops(after: Int) {
        let countdown = Countdown(after: after)
        let (script, parts) = Self.handedOver(ParseInPartsTests.document, partSize: 1_024, isCancelled: { countdown.poll() })
        #expect(script.diagnostics.map(\.id) == [.interrupted])
        #expect(parts.count <= after + 1)
        var taken = 0
        let stopped = Parser.parse(SourceText(name: "t", text: ParseInPartsTests.document), file: FileID(0),
                                   partSize: 1_024) { _, _ in
            taken += 1
            return taken <= after
        }
        #expect(stopped.diagnostics.map(\.id) == [.interrupted])
        #expect(taken == after + 1)
    }

    /// The text loaded a part at a time; the loader, to see what waited.
    static func streamed(_ text: String) -> (KnowledgeBase?, [Diagnostic], waited: Int, parts: Int) {
        var loader = Loader(streamingInto: KnowledgeBase(), expectingBytes: text.utf8.count)
        var parts = 0
        let script = Parser.parse(SourceText(name: "t", text: text), file: FileID(0), partSize: partSize) { statements, size in
            parts += 1
            let declarations = statements.compactMap { statement -> Declaration? in
                if case .declaration(let declaration) = statement { return declaration }
                return nil
            }
            return loader.add(declarations, of: FileID(0), bytes: size, isCancelled: { false })
        }
        let waited = loader.waiting.count
        let (kb, diagnostics) = loader.end(ignoring: script.failedIdentifiers, isCancelled: { false })
        return (kb, diagnostics, waited, parts)
    }

    /// The text parsed whole, then loaded as a whole.
    static func whole(_ text: String) -> (KnowledgeBase?, [Diagnostic]) {
        let script = Parser.parseWhole(SourceText(name: "t", text: text), file: FileID(0))
        return Loader.load([(FileID(0), Session.declarations(of: script))], into: KnowledgeBase(),
                           ignoring: script.failedIdentifiers)
    }

    /// A session whose knowledge is `kb`, read from `text`.
    static func session(_ kb: KnowledgeBase, _ text: String) -> Session {
        var session = Session()
        _ = session.add(SourceText(name: "t", text: text))
        session.replaceKnowledge(kb, builtFrom: [], checkpointsThrough: 0)
        return session
    }

    /// `text` with its statements in the opposite order, so that most references point forward.
    static func reversed(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let script = Parser.parseWhole(SourceText(name: "t", text: text), file: FileID(0))
        return script.statements.reversed().map { String(decoding: bytes[$0.range.start..<$0.range.end], as: UTF8.self) }
            .joined(separator: "\n") + "\n"
    }

    /// Generated knowledge bases with every feature, as written, with their statements reversed, and with
    /// a mistake (a reference to nothing, a duplicate, an end before the start) or clauses about assets,
    /// named by identifier and by name: the diagnostics are
    /// those of the whole load, and the answers to every question the generator asks, and to lists of
    /// every clause, are the same.
    @Test func aKnowledgeBaseLoadedInPartsAnswersAsOneLoadedWhole() {
        var (compared, eager, waited, failed, parts) = (0, 0, 0, 0, 0)
        for seed in 0..<240 {
            var generator = OracleGenerator(seed: UInt64(seed), features: seed % 2 == 0 ? .withOptions : .today)
            let kb = generator.knowledgeBase()
            var random = SeededRandom(seed: UInt64(seed))
            let mistakes = ["", "party A.\n", "agreement Late between Z effective 2030 { clause Zk: right of Z to use. }\n",
                            "agreement Bad effective 2030 { clause Bk: right of A to use from 2031 until 2029. }\n",
                            "asset M \"Model\".\nagreement X between A effective 2030 {\n  clause Xk: right of A to use M on M, Model using M.\n"
                                + "  clause Xl: right of A to use M, M from 2031.\n  clause Xm: right of A to use Model.\n}\n",
                            "agreement U between A effective 2030 { clause Uk: right of A to use Nothing. }\n"]
            let texts = [kb.text, Self.reversed(kb.text), Self.reversed(kb.text + random.pick(mistakes)),
                         random.pick(mistakes) + kb.text]
            let questions = generator.questions(about: kb).map(\.description)
                + ["list clauses?", "which clauses hold for A in 2021?", "which obligations hold for B in 2022?",
                   "which rights hold for A in 2031?"]
            for text in texts {
                let streamed = Self.streamed(text)
                let whole = Self.whole(text)
                #expect(streamed.1 == whole.1, "seed \(seed):\n\(text)")
                #expect((streamed.0 == nil) == (whole.0 == nil), "seed \(seed)")
                parts += streamed.parts
                waited += streamed.waited
                guard let streamedKB = streamed.0, let wholeKB = whole.0 else {
                    failed += 1
                    continue
                }
                eager += streamedKB.parties.count + streamedKB.agreements.count - streamed.waited
                let (first, second) = (Self.session(streamedKB, text), Self.session(wholeKB, text))
                for question in questions {
                    #expect(first.answer(to: question).rendered(.csv) == second.answer(to: question).rendered(.csv),
                            "seed \(seed): \(question)\n\(text)")
                }
                compared += 1
            }
        }
        #expect(compared > 450 && failed > 300, "\(compared) compared, \(failed) failed")
        #expect(eager > 300 && waited > 1_000 && parts > 2_000, "\(eager) at once, \(waited) waited, \(parts) parts")
    }
}
