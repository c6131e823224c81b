@testable import ClauseQuery
import PropertyBased
import Testing

/// An index of identifiers alone (the clauses') works out its names ignoring case when asked, and then
/// answers every lookup as an index that kept them as it went.
@Suite struct NameIndexTests {
    static let spellings = ["Use", "use", "USE", "Pay", "pay2", "Opt", "OPT", "Zeta", "zeta", "Ω", "ω", "Later"]

    @Test func identifiersAloneResolveAsAFullIndexDoes() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...99).array(of: 0...30)) { picks in
            var kept = NameIndex()
            var worked = NameIndex(identifiersOnly: true)
            for (entity, pick) in picks.enumerated() {
                let id = Self.spellings[pick % Self.spellings.count] + (pick >= 50 ? String(pick) : "")
                #expect(kept.addIdentifier(id, for: Int32(entity)) == worked.addIdentifier(id, for: Int32(entity)))
            }
            #expect(worked.keepsIdentifiersOnly)
            for probe in Self.spellings + ["use", "ZETA", "Nothing", "later", "pay20"] {
                #expect(worked.resolve(probe) == kept.resolve(probe), "\(probe) in \(picks)")
            }
            #expect(worked.spellings == kept.spellings)
            #expect(worked.spellingKeys == kept.spellingKeys)
            #expect(worked.folded == kept.folded)
            #expect(worked == kept)
        }
    }

    @Test func namesWorkedOutAreForgottenWhenAnIdentifierIsAdded() {
        var index = NameIndex(identifiersOnly: true)
        _ = index.addIdentifier("Use", for: 0)
        #expect(index.resolve("Use") == .found(0))
        #expect(!index.hasWorkedOutNames)
        #expect(index.resolve("USE") == .found(0))
        #expect(index.hasWorkedOutNames)
        let before = index
        _ = index.addIdentifier("USE", for: 1)
        #expect(!index.hasWorkedOutNames)
        #expect(index.resolve("use") == .ambiguous([0, 1]))
        #expect(index.spellings == ["Use"])
        #expect(before.resolve("use") == .found(0))
        #expect(before.exact.count == 1)
    }

    @Test func anIndexOfIdentifiersGivenANameKeepsItsNames() {
        var index = NameIndex(identifiersOnly: true)
        _ = index.addIdentifier("Alpha", for: 0)
        let before = index
        index.addName("The First", for: 0)
        #expect(!index.keepsIdentifiersOnly)
        #expect(index.resolve("the first") == .found(0))
        #expect(index.resolve("ALPHA") == .found(0))
        #expect(index.spellings == ["Alpha", "The First"])
        #expect(before.keepsIdentifiersOnly)
        #expect(before.resolve("the first") == .missing)
    }

    @Test func clausesKeepIdentifiersAloneThroughACompiledFile() throws {
        let session = CompiledKnowledgeTests.session(CompiledKnowledgeTests.partnership)
        #expect(session.knowledgeBase.clauseNames.keepsIdentifiersOnly)
        #expect(!session.knowledgeBase.partyNames.keepsIdentifiersOnly)
        var reopened = Session()
        let outcome = reopened.load([(name: "kb.clqx", bytes: session.compiled())])
        #expect(!outcome.loadFailed)
        #expect(reopened.knowledgeBase.clauseNames.keepsIdentifiersOnly)
        #expect(reopened.knowledgeBase == session.knowledgeBase)
        #expect(reopened.knowledgeBase.clause(named: "use2") == session.knowledgeBase.clause(named: "Use2"))
    }
}
