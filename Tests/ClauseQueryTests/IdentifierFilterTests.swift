@testable import ClauseQuery
import PropertyBased
import Testing

/// The loader rules identifiers out with a Bloom filter before it looks them up in every kind's index: an
/// identifier added before is never taken for new, and a duplicate is reported wherever the first one is.
@Suite struct IdentifierFilterTests {
    @Test func anIdentifierAddedBeforeIsNeverTakenForNew() async {
        await propertyCheck(count: 200, input: Gen<Character>.latin1.string(of: 0...12).array(of: 1...300)) { words in
            var filter = IdentifierFilter(expecting: words.count / 4)
            for word in words { _ = filter.insert(word) }
            for word in words {
                let seen = filter.insert(word)
                #expect(seen, "\(word)")
            }
        }
    }

    /// About 8 bits an identifier: fewer than one new identifier in ten goes on to the indexes.
    @Test func mostNewIdentifiersAreRuledOut() {
        let ids = (0..<5_000).flatMap { agreement in (0..<20).map { "K\(agreement)x\($0)" } }
        var filter = IdentifierFilter(expecting: ids.count)
        var (mayBeSeen, seenAgain) = (0, 0)
        for id in ids where filter.insert(id) { mayBeSeen += 1 }
        for id in ids where filter.insert(id) { seenAgain += 1 }
        #expect(mayBeSeen < ids.count / 10, "\(mayBeSeen) of \(ids.count)")
        #expect(seenAgain == ids.count)
    }

    @Test func hashesDependOnEveryByte() {
        #expect(IdentifierFilter.hash("K1x2") != IdentifierFilter.hash("K1x3"))
        #expect(IdentifierFilter.hash("K1x2") != IdentifierFilter.hash("k1x2"))
        #expect(IdentifierFilter.hash("") != IdentifierFilter.hash("\u{0}"))
        #expect(IdentifierFilter.hash("Ω") == IdentifierFilter.hash(String(decoding: Array("Ω".utf8), as: UTF8.self)))
    }

    /// Two thousand clauses, then identifiers that each repeat one of another kind.
    static let large: String = {
        var lines = ["party A.", "party B."]
        for agreement in 0..<100 {
            lines.append("agreement G\(agreement) between A, B effective 2020 {")
            for clause in 0..<20 { lines.append("  clause K\(agreement)x\(clause): right of A against B to use.") }
            lines.append("}")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test func aDuplicateIsReportedWhateverKindDeclaredItFirst() {
        let text = Self.large + "party K57x3.\nasset G5.\nagreement H between A, B {\n  clause A: right of A against B to use.\n}\n"
        var session = Session()
        let outcome = session.load([(name: "large.clq", text: text)])
        #expect(outcome.loadFailed)
        #expect(session.rendered(outcome.diagnostics) == """
            large.clq:2203:7: error: duplicate identifier 'K57x3': a clause already uses it [duplicate-id]
             2203 | party K57x3.
                  |       ^~~~~
            large.clq:1261:3: note: 'K57x3' was first declared here
             1261 |   clause K57x3: right of A against B to use.
                  |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
            large.clq:2204:7: error: duplicate identifier 'G5': an agreement already uses it [duplicate-id]
             2204 | asset G5.
                  |       ^~
            large.clq:113:1: note: 'G5' was first declared here
             113 | agreement G5 between A, B effective 2020 {
                 | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
            large.clq:2206:10: error: duplicate identifier 'A': a party already uses it [duplicate-id]
             2206 |   clause A: right of A against B to use.
                  |          ^
            large.clq:1:1: note: 'A' was first declared here
             1 | party A.
               | ^~~~~~~~
            3 errors

            """)
    }

    @Test func aDuplicateOfWhatWasLoadedBeforeIsReported() {
        var session = Session()
        #expect(!session.load([(name: "large.clq", text: Self.large)]).loadFailed)
        let outcome = session.load([(name: "more.clq", text: "party K99x19.\nparty k99x19.\n")])
        #expect(outcome.loadFailed)
        #expect(outcome.diagnostics.map(\.id) == [.duplicateID])
        #expect(outcome.diagnostics.first?.message == "duplicate identifier 'K99x19': a clause already uses it")
        #expect(session.knowledgeBase.clauses.count == 2_000)
    }
}
