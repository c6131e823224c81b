@testable import ClauseLSP
import GrowthMeasurement
import Testing

/// Symbols, highlighting and diagnostics of large documents cost time in proportion to their size: twice
/// the document at most 2.5 times the CPU time (see `Growth`), however long its lines.
@Suite(.serialized) struct LargeDocumentTests {
    static let uri = "file:///tmp/large.clq"

    /// A server with `text` open, initialised.
    static func server(_ text: String) -> Recorder {
        let recorder = Recorder()
        _ = recorder.request(1, "initialize", .object(["capabilities": .object([:])]))
        recorder.open(uri, text)
        return recorder
    }

    @Test func clausesAreChildrenOfTheirAgreementInOrder() {
        let recorder = LargeDocumentTests.server("""
            party A.
            agreement G between A effective 2020 {
              clause K1: right of A to use.
              clause K2: right of A to use.
            }
            """)
        let reply = recorder.request(2, "textDocument/documentSymbol", .object(["textDocument": .object(["uri": .string(LargeDocumentTests.uri)])]))
        guard case .array(let symbols)? = reply?["result"] else {
            Issue.record("no symbols: \(String(describing: reply))")
            return
        }
        #expect(symbols.map { $0["name"] } == ["A", "G"])
        #expect(symbols[0]["children"] == nil)
        guard case .array(let children)? = symbols[1]["children"] else {
            Issue.record("the agreement has no children")
            return
        }
        #expect(children.map { $0["name"] } == ["K1", "K2"])
        #expect(children[1]["range"]?["start"] == .object(["line": 3, "character": 2]))
    }

    @Test func symbolsOfAnAgreementWithManyClauses() {
        let ratios = Growth.ratios("document symbols", n: 1500, input: { n in
            LargeDocumentTests.server("party A.\nagreement G between A effective 2020 {\n"
                + (0..<n).map { "  clause K\($0): right of A to use.\n" }.joined() + "}\n")
        }, work: { recorder in
            _ = recorder.request(2, "textDocument/documentSymbol", .object(["textDocument": .object(["uri": .string(LargeDocumentTests.uri)])]))
        })
        #expect(ratios.contains { $0 <= 2.5 }, "cost at 2N over cost at N: \(ratios)")
    }

    @Test func highlightingOneLongLine() {
        let ratios = Growth.ratios("semantic tokens of one line", n: 3000, input: { n in
            LargeDocumentTests.server("party Alpha. which rights hold where holder is Alpha"
                + String(repeating: " or holder is Alpha", count: n) + "?")
        }, work: { recorder in
            _ = recorder.request(2, "textDocument/semanticTokens/full", .object(["textDocument": .object(["uri": .string(LargeDocumentTests.uri)])]))
        })
        #expect(ratios.contains { $0 <= 2.5 }, "cost at 2N over cost at N: \(ratios)")
    }

    /// Each diagnostic's position is counted in one line index of the document, not in one made for it:
    /// a hundred diagnostics on a large document cost a hundred passes over it.
    @Test func diagnosticsOfALargeDocument() {
        let padding = " # " + String(repeating: "x", count: 8000) + "\n"
        let ratios = Growth.ratios("diagnostics", n: 40, input: { n in
            (count: n, text: (0..<n).map { "which rights hold for Pary\($0) in 2031?" + padding }.joined())
        }, work: { document in
            let recorder = LargeDocumentTests.server(document.text)
            #expect(recorder.lastDiagnostics.count == document.count)
        })
        #expect(ratios.contains { $0 <= 2.5 }, "cost at 2N over cost at N: \(ratios)")
    }

    /// The references to a name used on every line are located in one line index of the document, not
    /// one made for each reference.
    @Test func referencesToANameUsedOnEveryLine() {
        let ratios = Growth.ratios("references", n: 400, input: { n in
            (count: n, recorder: LargeDocumentTests.server("party Alpha.\n"
                + String(repeating: "which rights hold for Alpha in 2031?\n", count: n)))
        }, work: { document in
            let reply = document.recorder.request(2, "textDocument/references", .object([
                "textDocument": .object(["uri": .string(LargeDocumentTests.uri)]),
                "position": .object(["line": 0, "character": 7]), "context": .object(["includeDeclaration": true])]))
            guard case .array(let locations)? = reply?["result"] else {
                Issue.record("no references: \(String(describing: reply))")
                return
            }
            #expect(locations.count == document.count + 1)
        })
        #expect(ratios.contains { $0 <= 2.5 }, "cost at 2N over cost at N: \(ratios)")
    }
}
