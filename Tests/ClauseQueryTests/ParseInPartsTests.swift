@testable import ClauseQuery
import Testing

/// A large text parsed in parts reads exactly as it does parsed whole, problems included.
@Suite struct ParseInPartsTests {
    /// Declarations of every kind, comments, strings, amounts and conditions, then questions: many
    /// generated knowledge bases one after the other (their identifiers repeat, which parsing allows).
    static let document: String = {
        var text = """
            # Declarations of every kind.
            source article "partnership-article.txt" "The article".
            party Microsoft "Microsoft Corporation" aka MSFT, "Microsoft Corp.".
            party OpenAI "OpenAI" aka "OpenAI Group PBC".
            asset Models "OpenAI models" owned by OpenAI.
            agreement Deal "The deal" between Microsoft and OpenAI effective 2025-10-28 cites article line 4 {
              clause Access: right of Microsoft against OpenAI to use Models from 2025-10 until 2032 cites article line 5. # why
              clause Spend: obligation of OpenAI toward Microsoft to spend on Models amount at least $250B until after 2030.
            }

            """
        for seed in 0..<120 {
            var generator = OracleGenerator(seed: UInt64(seed), features: .withOptions)
            text += "# Knowledge base \(seed).\n" + generator.knowledgeBase().text
        }
        return text + "which rights hold for Microsoft in 2031?\nexplain Access in 2030?\n"
    }()

    /// The parts a test cuts the document into: small, so that it has many.
    static let partSize = 1_024

    static func inParts(_ text: String) -> ParsedScript? {
        Parser.parseInParts(SourceText(name: "t", text: text), file: FileID(0), isCancelled: { false }, partSize: partSize)
    }

    static func whole(_ text: String) -> ParsedScript {
        Parser.parseWhole(SourceText(name: "t", text: text), file: FileID(0))
    }

    static func expectSame(_ parts: ParsedScript, _ whole: ParsedScript, _ comment: Comment? = nil) {
        #expect(parts.statements == whole.statements, comment)
        #expect(parts.diagnostics == whole.diagnostics, comment)
        #expect(parts.comments == whole.comments, comment)
        #expect(parts.isIncomplete == whole.isIncomplete, comment)
        #expect(parts.failedInDeclaration == whole.failedInDeclaration, comment)
        #expect(parts.failedIdentifiers == whole.failedIdentifiers, comment)
        #expect(parts.failedRanges == whole.failedRanges, comment)
    }

    @Test func theDocumentIsCutAtTheStartsOfDeclarationLines() {
        let bytes = Array(Self.document.utf8)
        let starts = Parser.partStarts(bytes, partSize: Self.partSize)
        #expect(starts.count > 8 && starts.count <= Parser.maximumParts, "\(starts.count) parts")
        #expect(starts.first == 0)
        #expect(zip(starts, starts.dropFirst()).allSatisfy { $0 < $1 })
        for start in starts.dropFirst() {
            #expect(bytes[start - 1] == UInt8(ascii: "\n"))
            let line = String(decoding: bytes[start...].prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
            #expect(["agreement ", "party ", "asset ", "source ", "event ", "prospect "].contains { line.hasPrefix($0) }, "\(line)")
        }
        #expect(Parser.partStarts(Array("party A.\n".utf8)) == [0])
    }

    @Test func aTextWithoutProblemsParsesInPartsAsWhole() throws {
        let whole = Self.whole(Self.document)
        #expect(whole.diagnostics.isEmpty)
        #expect(whole.statements.count > 500)
        #expect(!whole.comments.isEmpty)
        Self.expectSame(try #require(Self.inParts(Self.document)), whole)
    }

    @Test func aLargeTextIsParsedInPartsByDefault() throws {
        let text = String(repeating: Self.document, count: Parser.bytesPerPart * 3 / Self.document.utf8.count + 1)
        let source = SourceText(name: "t", text: text)
        #expect(Parser.partStarts(source.bytes).count >= 3)
        let inParts = Parser.parseInParts(source, file: FileID(0), isCancelled: { false })
        let parts = try #require(inParts)
        Self.expectSame(parts, Parser.parseWhole(source, file: FileID(0)))
        Self.expectSame(Parser.parse(source, file: FileID(0)), parts)
    }

    /// A problem anywhere (a missing terminator, a stray brace or quote, a declaration keyword inside an
    /// agreement, a question without its `?` before a declaration, a bad date, a cut line) gives the
    /// diagnostics, recovery and statements of the whole parse, as does a change that leaves the text
    /// without a problem (a shorter identifier, a blank line).
    @Test func aTextWithAProblemAnywhereParsesAsWhole() throws {
        let mistakes: [String] = [".", "}", "{", "\"", "#", "party ", "\nparty X.\n", "\nagreement Z {\n",
                                  "which rights hold for A in 2031\n", "2031-13", "@", "clause ", "\n", " to ", "1"]
        var (clean, withProblems) = (0, 0)
        for seed in 0..<80 {
            var random = SeededRandom(seed: UInt64(seed))
            var bytes = Array(Self.document.utf8)
            for _ in 0..<random.int(1...3) {
                let position = random.int(0...(bytes.count - 1))
                switch random.int(0...2) {
                case 0: bytes.remove(at: position)
                case 1: bytes.insert(contentsOf: Array(random.pick(mistakes).utf8), at: position)
                default:
                    let lineEnd = bytes[position...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                    bytes.removeSubrange(position..<lineEnd)
                }
            }
            let text = String(decoding: bytes, as: UTF8.self)
            let whole = Self.whole(text)
            if whole.diagnostics.isEmpty { clean += 1 } else { withProblems += 1 }
            Self.expectSame(try #require(Self.inParts(text)), whole, "seed \(seed)")
        }
        #expect(clean >= 5 && withProblems >= 40, "\(clean) clean, \(withProblems) with problems")
    }

    /// The statements of the parts before the first problem are kept, and the text is parsed on from
    /// the part where the problem is: what follows reads as in the whole parse.
    @Test func aTextIsParsedOnFromThePartWithAProblem() throws {
        var lines = Self.document.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let last = try #require(lines.lastIndex { $0.hasPrefix("agreement ") })
        lines[last] = "@ " + lines[last]
        let text = lines.joined(separator: "\n")
        let whole = Self.whole(text)
        #expect(whole.diagnostics.map(\.id) == [.unexpectedCharacter])
        Self.expectSame(try #require(Self.inParts(text)), whole)
    }

    /// A cancellation stops every part: the text reads as interrupted, and `isCancelled` is not asked
    /// again once it has said so (the parts ask it one at a time).
    @Test(arguments: [0, 1, 5])
    func aCancelledParseStopsEveryPart(after: Int) throws {
        let text = String(repeating: Self.document, count: 8)
        let countdown = Countdown(after: after)
        let parsed = Parser.parseInParts(SourceText(name: "t", text: text), file: FileID(0), isCancelled: { countdown.poll() },
                                         partSize: text.utf8.count / 4)
        let interrupted = try #require(parsed)
        #expect(interrupted.diagnostics.map(\.id) == [.interrupted])
        #expect(interrupted.statements.isEmpty)
        #expect(countdown.polls == after + 1)
    }

    /// A part's lexing and parsing end at its first problem, as the text is then parsed whole.
    @Test func aPartStopsAtItsFirstProblem() {
        let text = "party A. @ party B. @ party C.\nparty D party E.\n"
        let source = SourceText(name: "t", text: text)
        let lexed = Lexer.lex(source, file: FileID(0), in: 0..<text.utf8.count, stoppingAtFirstProblem: true)
        #expect(lexed.diagnostics.count == 1)
        #expect(lexed.tokens.map(\.kind) == [.keyword(.party), .identifier, .dot, .malformed, .endOfInput])
        let line = "party D party E.\nparty F party G.\n"
        var parser = Parser(source: SourceText(name: "t", text: line), file: FileID(0),
                            tokens: Lexer.lex(SourceText(name: "t", text: line), file: FileID(0)).tokens)
        parser.stopsAtFirstProblem = true
        _ = parser.parseScript()
        #expect(parser.diagnostics.count == 1)
        #expect(Self.whole(line).diagnostics.count == 2)
    }

    /// A statement running on past a cut (an agreement left open before a line that starts a declaration)
    /// is read, and reported, as in the whole parse.
    @Test func aStatementRunningIntoTheNextPartReadsAsWhole() throws {
        let agreement = "agreement G between A and B {\n" + String(repeating: "  clause K: right of A to use.\n", count: 20)
        let text = String(repeating: "party A.\n", count: 200) + agreement + "party C.\n" + String(repeating: "party B.\n", count: 300)
        let whole = Self.whole(text)
        #expect(!whole.diagnostics.isEmpty)
        Self.expectSame(try #require(Self.inParts(text)), whole)
    }
}
