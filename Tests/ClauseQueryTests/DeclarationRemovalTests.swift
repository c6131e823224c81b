@testable import ClauseQuery
import Testing

/// Taking declarations back: the session keeps what it loaded, in order, and rebuilds without one,
/// all or nothing.
@Suite struct DeclarationRemovalTests {
    static let typed = """
        party Ada "Ada Lovelace".
        party Bob part of Ada.
        asset Engine "Analytical Engine" owned by Ada.
        agreement Build "Build the engine" between Ada and Bob effective 2027 {
          clause Pay: obligation of Bob toward Ada to fund Engine until 2030 cites article line 1.
        }
        party Cy "Cy".

        """

    func session() -> Session {
        var session = Session.builtin()
        let outcome = session.run(Self.typed, name: "typed.clq")
        #expect(!outcome.hasErrors)
        return session
    }

    func loaded(_ session: Session, _ summary: String) -> LoadedDeclaration? {
        session.declarations.last { $0.summary == summary }
    }

    @Test func theSessionKeepsEachDeclarationItLoadedInOrder() throws {
        let session = session()
        let builtin = Session.builtin().declarations
        #expect(session.declarations.count == builtin.count + 5)
        #expect(session.declarations.dropFirst(builtin.count).map(\.summary)
            == ["party Ada", "party Bob", "asset Engine", "agreement Build", "party Cy"])
        #expect(Set(builtin.map(\.load)) == [0])
        #expect(session.declarations.dropFirst(builtin.count).allSatisfy { $0.load == 1 })
        let build = try #require(loaded(session, "agreement Build"))
        #expect(session.text(of: build).hasPrefix("agreement Build \"Build the engine\" between Ada and Bob"))
        #expect(session.text(of: build).hasSuffix("cites article line 1.\n}"))
    }

    @Test func removingADeclarationNothingRefersToRebuildsWithoutIt() throws {
        var session = session()
        let cy = try #require(loaded(session, "party Cy"))
        #expect(session.remove(cy) == [])
        #expect(!session.knowledgeBase.parties.map(\.id).contains("Cy"))
        #expect(loaded(session, "party Cy") == nil)
        var never = Session.builtin()
        _ = never.run(Self.typed.replacing("party Cy \"Cy\".\n", with: ""), name: "typed.clq")
        #expect(session.knowledgeBase.parties == never.knowledgeBase.parties)
        #expect(session.knowledgeBase.clauses == never.knowledgeBase.clauses)
        #expect(session.knowledgeBase.instants == never.knowledgeBase.instants)
        #expect(session.declarations == never.declarations)
        let again = session.run("party Cy \"Cy again\".", name: "again.clq")
        #expect(!again.hasErrors)
        #expect(session.knowledgeBase.parties.last?.name == "Cy again")
    }

    @Test func removingAnAgreementTakesItsClausesAndAnswersChange() throws {
        var session = session()
        let build = try #require(loaded(session, "agreement Build"))
        let before = session.knowledgeBase.clauses.count
        #expect(session.remove(build) == [])
        #expect(session.knowledgeBase.clauses.count == before - 1)
        #expect(session.knowledgeBase.clause(named: "Pay") == nil)
        let outcome = session.run("which obligations hold for Bob in 2028?", name: "q.clq")
        #expect(outcome.steps.first?.answer?.rows.isEmpty == true)
    }

    @Test func somethingThatIsReferredToIsNotRemovedAndTheSessionIsUnchanged() throws {
        var session = session()
        let ada = try #require(loaded(session, "party Ada"))
        let declarations = session.declarations
        let parties = session.knowledgeBase.parties
        let diagnostics = session.remove(ada)
        #expect(session.rendered(diagnostics) == """
            typed.clq:2:19: error: cannot take back party 'Ada': party 'Bob', asset 'Engine', agreement 'Build' and \
            clause 'Pay' of agreement 'Build' refer to it [still-referenced]
             2 | party Bob part of Ada.
               |                   ^~~
            typed.clq:3:43: note: also referred to here
             3 | asset Engine "Analytical Engine" owned by Ada.
               |                                           ^~~
            typed.clq:4:44: note: also referred to here
             4 | agreement Build "Build the engine" between Ada and Bob effective 2027 {
               |                                            ^~~
            typed.clq:5:40: note: also referred to here
             5 |   clause Pay: obligation of Bob toward Ada to fund Engine until 2030 cites article line 1.
               |                                        ^~~

            """)
        #expect(session.declarations == declarations)
        #expect(session.knowledgeBase.parties == parties)
    }

    @Test func aDeclarationOfTheBuiltInKnowledgeBaseIsRefusedLikeAnyOther() throws {
        var session = Session.builtin()
        let google = try #require(loaded(session, "party Google"))
        let diagnostics = session.remove(google)
        #expect(diagnostics.map(\.id) == [.stillReferenced])
        #expect(diagnostics.first?.message == "cannot take back party 'Google': prospect 'GoogleCollaboration' refers to it")
        #expect(session.knowledgeBase.party(named: "Google") != nil)
    }

    @Test func aNameFindsTheDeclarationOfWhatItNames() throws {
        let session = session()
        let ada = try #require(loaded(session, "party Ada"))
        let build = try #require(loaded(session, "agreement Build"))
        #expect(session.declaration(declaring: "Ada") == .found(ada, kind: .party, id: "Ada"))
        #expect(session.declaration(declaring: "ada lovelace") == .found(ada, kind: .party, id: "Ada"))
        #expect(session.declaration(declaring: "Pay") == .found(build, kind: .clause, id: "Pay"))
        #expect(session.declaration(declaring: "Nobody") == .missing)
        #expect(session.declaration(declaring: "Microsoft") != .missing)
        var twice = session
        _ = twice.run("asset Lovelace \"Ada Lovelace\".", name: "more.clq")
        #expect(twice.declaration(declaring: "ada lovelace") == .ambiguous(["party Ada", "asset Lovelace"]))
    }

    @Test func aCheckpointIsKeptEachTimeTheKnowledgeBaseDoublesAndRemovalRebuildsFromIt() throws {
        var session = Session.builtin()
        #expect(session.checkpoints.map(\.loads) == [1])
        var big = "party P0 \"Zero\".\nagreement G \"Big\" between P0 and Microsoft effective 2020 {\n"
        for index in 0..<200 { big += "  clause C\(index): obligation of P0 toward Microsoft to pay until 2030.\n" }
        big += "}\n"
        #expect(!session.run(big, name: "big.clq").hasErrors)
        #expect(!session.run("party Ada \"Ada\". party Bob part of P0.", name: "typed.clq").hasErrors)
        #expect(session.checkpoints.map(\.loads) == [1, 2])
        let ada = try #require(loaded(session, "party Ada"))
        #expect(session.remove(ada) == [])
        #expect(session.checkpoints.map(\.loads) == [1, 2])
        var never = Session.builtin()
        _ = never.run(big, name: "big.clq")
        _ = never.run("party Bob part of P0.", name: "typed.clq")
        #expect(session.knowledgeBase.parties.map(\.id) == never.knowledgeBase.parties.map(\.id))
        #expect(session.knowledgeBase.clauses.count == never.knowledgeBase.clauses.count)

        let p0 = try #require(loaded(session, "party P0"))
        let refused = session.remove(p0)
        #expect(refused.map(\.message) == ["cannot take back party 'P0': agreement 'G', clause 'C0' of agreement 'G', "
            + "clause 'C1' of agreement 'G' and 199 others refer to it"])
        #expect(refused.first?.notes.map(\.message) == Array(repeating: "also referred to here", count: 4)
            + ["and 197 more references"])
        #expect(session.checkpoints.map(\.loads) == [1, 2])
        let agreement = try #require(loaded(session, "agreement G"))
        #expect(session.remove(agreement) == [])
        #expect(session.checkpoints.map(\.loads) == [1])
        #expect(session.knowledgeBase.clauses.count == Session.builtin().knowledgeBase.clauses.count)
    }
}
