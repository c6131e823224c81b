@testable import ClauseQuery
import Testing

/// An answer long enough to be rendered in parts, on several cores, reads as its rows rendered one by
/// one, in order, in every format that renders in parts.
@Suite struct InPartsTests {
    static let query = "which clauses hold for A in 2026?"

    /// A knowledge base of one agreement with more clauses than three parts hold, and the answer to `query`.
    static func longAnswer() throws -> (Session, Answer) {
        var text = "party A. party B. asset M. asset N.\nagreement G between A, B effective 2025 {\n"
        for index in 0..<(3 * InParts.rowsPerPart + 17) {
            let assets = index % 3 == 0 ? "M, N" : "M"
            text += "  clause C\(index): right of A against B to use \(assets) from 20\(20 + index % 10) until unknown.\n"
        }
        text += "}\n"
        var session = Session()
        #expect(!session.run(text, name: "kb.clq").loadFailed)
        let answer = try #require(session.run(query, name: "-e").steps.first?.answer)
        #expect(InParts.ranges(answer.rows.count).count > 1)
        return (session, answer)
    }

    @Test func partsCoverEveryIndexOnceInOrder() {
        for count in [0, 1, 2_047, 2_048, 4_095, 4_096, 10_000, 100_000] {
            let ranges = InParts.ranges(count)
            #expect(ranges.flatMap { Array($0) } == Array(0..<count), "\(count)")
            #expect(ranges.count == max(min(count / InParts.rowsPerPart, InParts.maximumParts), 1))
        }
        #expect(InParts.map(Array(0..<10_000)) { $0 * 2 } == (0..<10_000).map { $0 * 2 })
    }

    @Test func csvInPartsIsItsRowsOneByOne() throws {
        let (session, answer) = try Self.longAnswer()
        let whole = CSVRenderer.render(query: Self.query, answer: answer, knowledgeBase: session.knowledgeBase)
        let oneByOne = CSVLines(capacity: 0)
        for row in answer.rows {
            CSVRenderer.write(CSVLines.encoded(Self.query), ResultRow(row, session.knowledgeBase, in: answer), to: oneByOne)
        }
        #expect(whole == CSVLines.text(of: [oneByOne]))
        #expect(whole.split(separator: "\r\n").count == answer.rows.count)
    }

    @Test func jsonInPartsIsItsRowsOneByOne() throws {
        let (session, answer) = try Self.longAnswer()
        let value = JSONRenderer.value(query: Self.query, answer: answer, diagnostics: [],
                                       knowledgeBase: session.knowledgeBase, sources: session.sources)
        guard case .object(let members) = value, case .array(let results)? = members.first(where: { $0.0 == "results" })?.1 else {
            Issue.record("no results in \(value)")
            return
        }
        #expect(results == answer.rows.map { JSONRenderer.result($0, answer, session.knowledgeBase) })
    }

    @Test func aTableInPartsListsItsRowsInOrder() throws {
        let (session, answer) = try Self.longAnswer()
        let table = TableRenderer().render(answer, knowledgeBase: session.knowledgeBase)
        let ids = table.split(separator: "\n").dropFirst().compactMap { line in
            line.split(separator: " ").first { $0.hasPrefix("C") && $0.dropFirst().allSatisfy(\.isNumber) }
        }
        #expect(ids.map(String.init) == answer.rows.map { session.knowledgeBase.identifier(of: $0.entity) })
    }
}
