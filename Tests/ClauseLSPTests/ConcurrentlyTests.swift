@testable import ClauseLSP
import ClauseQuery
import Testing

/// The caller's work and the other work are both done, each once, before `besides` returns.
@Suite struct ConcurrentlyTests {
    @Test(arguments: [true, false])
    func bothAreDoneOnceBeforeItReturns(atOnce: Bool) {
        var total = 0
        var runs = 0
        let result = Concurrently.besides({
            runs += 1
            for number in 1...100_000 { total += number }
        }, { (1...100_000).reduce(0, +) }, atOnce: atOnce)
        #expect(runs == 1)
        #expect(total == 5_000_050_000)
        #expect(result == 5_000_050_000)
    }

    /// A document's symbols and line index, worked out beside its check or after it, are those of its
    /// text.
    @Test(arguments: [0, Analysis.sizeWorkedOutAtOnce])
    func anAnalysisHasTheSymbolsAndLinesOfItsText(padding: Int) {
        let text = "party A.\nparty B.\nagreement G between A and B {\n  clause K: right of A against B to use.\n}\n"
            + String(repeating: "#", count: padding)
        let analysis = Analysis(uri: "file:///a.clq", bytes: Array(text.utf8), workspace: Workspace(configuration: SessionConfiguration()))
        #expect(analysis.diagnostics.isEmpty)
        #expect(analysis.symbols.declarations.map(\.identifier) == ["A", "B", "G", "K"])
        let clauseOffset = text.utf8.count - padding - "clause K: right of A against B to use.\n}\n".utf8.count
        #expect(analysis.lineIndex.offset(of: Position(line: 3, character: 2)) == clauseOffset)
        #expect(analysis.loaded)
    }
}
