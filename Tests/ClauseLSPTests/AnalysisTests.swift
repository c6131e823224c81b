@testable import ClauseLSP
import ClauseQuery
import Testing

/// An analysis says whether the document's declarations are in its knowledge base: after a check
/// without errors it knows they are, and after one with errors it looks for each of them; either way
/// it says what looking for each of them would.
@Suite struct AnalysisTests {
    static let documents: [(text: String, loaded: Bool)] = [
        ("party A.\nparty B.\nagreement G between A and B {\n  clause K: right of A against B to use.\n}\n", true),
        ("party A. party B. party C.\nagreement G between A and B { clause K: right of C against A. }\n", true),
        ("party A.\nagreement G between A and X { clause K: right of A. }\n", false),
        ("party A.\nparty A.\n", false),
        ("party A.\nagreement G between A { clause K: right of A against }\nparty B.\n", false),
        ("party A.\nagreement G between A { clause K: right of A from 2030 until 2020. }\n", false),
        ("which rights hold for Microsoft in 2031?\n", true),
        ("", true),
    ]

    @Test(arguments: 0..<documents.count)
    func loadedSaysWhetherTheDeclarationsAreThere(case index: Int) {
        let (text, loaded) = Self.documents[index]
        let analysis = Analysis(uri: "file:///a.clq", bytes: Array(text.utf8),
                                workspace: Workspace(configuration: SessionConfiguration()))
        let kb = analysis.knowledgeBase
        let found = analysis.symbols.declarations.allSatisfy { kb.entity($0.kind, identifier: $0.identifier) != nil }
        #expect(analysis.loaded == found, "\(text)")
        #expect(analysis.loaded == loaded, "\(text)")
        #expect(analysis.diagnostics.contains(where: \.isError) == !loaded, "\(text)")
    }
}
