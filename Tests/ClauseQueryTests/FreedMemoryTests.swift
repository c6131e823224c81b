@testable import ClauseQuery
import Synchronization
import Testing

/// A large load gives the memory of the syntax it lets go back as it goes, through what the front end
/// installed, and once more when it is done.
@Suite struct FreedMemoryTests {
    static let calls = Atomic<Int>(0)

    @Test func aLargeLoadGivesFreedMemoryBack() {
        FreedMemory.install { FreedMemoryTests.calls.add(1, ordering: .relaxed) }
        var text = "party A. party B.\n"
        // Each agreement weighs two: itself and its clause.
        for index in 0..<(3 * Loader.releaseEvery / 2) {
            text += "agreement G\(index) between A, B effective 2026 { clause C\(index): right of A to use X\(index % 7) from 2026. }\n"
        }
        text += (0..<7).map { "asset X\($0)." }.joined(separator: " ")
        let before = Self.calls.load(ordering: .relaxed)
        var session = Session()
        let outcome = session.load([(name: "large.clq", text: text)])
        #expect(!outcome.loadFailed)
        #expect(session.knowledgeBase.agreements.count == 3 * Loader.releaseEvery / 2)
        // Three times while resolving, once at the end; other tests' loads can only add to the count.
        #expect(Self.calls.load(ordering: .relaxed) - before >= 4)
    }

    @Test func aDeclarationWeighsItselfAndItsClauses() {
        let agreement = Parser.parse(SourceText(name: "a", text: "agreement G { clause C1: right of A to use X. clause C2: right of A to use X. }"),
                                     file: FileID(0))
        guard case .declaration(let declaration)? = agreement.statements.first else {
            Issue.record("no declaration")
            return
        }
        #expect(Loader.syntaxSize(of: declaration) == 3)
    }
}
