import ClauseQuery
import Testing

@Suite struct NavigationTests {
    static let kb = """
        source memo "memo.txt".
        party Société "Société Lumière" aka SL.
        party Bureaux "Bureaux du Rhône" part of Société.
        asset Office "the office" owned by Bureaux.
        agreement Lease "Office lease" between Société and Bureaux effective 2024 cites memo line 1 {
          clause Occupy: right of SL against Bureaux to use Office from 2024 until 2030 cites memo line 4.
          clause Pay: obligation of Société toward "Bureaux du Rhône" to pay Office replaced by Occupy.
        }
        """
    static let questions = """
        which rights hold for Société in 2027?
        is Société's use of Office exclusive in 2027?
        expect does not hold: Occupy via Bureaux.
        which rights hold for Microsoft where holder is Microsoft?
        """

    static func table() -> SymbolTable {
        SymbolTable([("kb.clq", DocumentSymbols(parse(kb))), ("q.clq", DocumentSymbols(parse(questions))),
                     ("builtin.clq", DocumentSymbols(parse(BuiltinKnowledgeBase.text)))])
    }

    /// The byte offset of the `occurrence`-th appearance of `text` in `source`.
    static func offset(of text: String, in source: String, occurrence: Int = 1) -> Int {
        var searchFrom = source.startIndex
        var found = source.startIndex
        for _ in 0..<occurrence {
            guard let range = source.range(of: text, range: searchFrom..<source.endIndex) else { return -1 }
            found = range.lowerBound
            searchFrom = range.upperBound
        }
        return source.utf8.distance(from: source.startIndex, to: found)
    }

    @Test func declarationsWithContainers() {
        let symbols = DocumentSymbols(parse(NavigationTests.kb))
        #expect(symbols.declarations.map { "\($0.kind.rawValue) \($0.identifier)" } == [
            "source memo", "party Société", "party Bureaux", "asset Office", "agreement Lease", "clause Occupy",
            "clause Pay",
        ])
        #expect(symbols.declarations.filter { $0.kind == .clause }.map(\.container) == ["Lease", "Lease"])
        #expect(symbols.declarations[1].names == ["Société Lumière", "SL"])
    }

    @Test func optionsReferToTheirPower() {
        let text = """
            party A. party B.
            agreement G between A and B {
              clause Renew: power of A over B to renew from 2028 until 2028.
              clause Extra: right of A against B to use from exercised Renew + 90 days if exercised Renew.
            }
            event Notice exercises Renew.
            """
        let table = SymbolTable([("licence.clq", DocumentSymbols(parse(text)))])
        let renew = SymbolTable.Entity(kind: .clause, identifier: "Renew")
        for occurrence in 2...4 {
            #expect(table.entities(at: NavigationTests.offset(of: "Renew", in: text, occurrence: occurrence), in: "licence.clq") == [renew])
        }
    }

    @Test func resolvesAliasesQuotedNamesAndOtherDocuments() {
        let table = NavigationTests.table()
        let kb = NavigationTests.kb
        let societe = SymbolTable.Entity(kind: .party, identifier: "Société")
        let bureaux = SymbolTable.Entity(kind: .party, identifier: "Bureaux")
        #expect(table.entities(at: NavigationTests.offset(of: "SL against", in: kb), in: "kb.clq") == [societe])
        #expect(table.entities(at: NavigationTests.offset(of: "\"Bureaux du Rhône\"", in: kb, occurrence: 2) + 3, in: "kb.clq") == [bureaux])
        let questions = NavigationTests.questions
        #expect(table.entities(at: NavigationTests.offset(of: "Société", in: questions), in: "q.clq") == [societe])
        #expect(table.entities(at: NavigationTests.offset(of: "Microsoft", in: questions), in: "q.clq")
                == [SymbolTable.Entity(kind: .party, identifier: "Microsoft")])
        #expect(table.entities(at: NavigationTests.offset(of: "Occupy via", in: questions), in: "q.clq")
                == [SymbolTable.Entity(kind: .clause, identifier: "Occupy")])
        #expect(table.entities(at: 0, in: "q.clq").isEmpty)
    }

    @Test func findsDeclarationsAndReferences() {
        let table = NavigationTests.table()
        let societe = SymbolTable.Entity(kind: .party, identifier: "Société")
        #expect(table.declarations(of: societe).map(\.document) == ["kb.clq"])
        let references = table.references(to: societe, includingDeclarations: true)
        #expect(references.map(\.document) == ["kb.clq", "kb.clq", "kb.clq", "kb.clq", "kb.clq", "q.clq", "q.clq"])
        let kb = SourceText(name: "", text: NavigationTests.kb)
        #expect(references.filter { $0.document == "kb.clq" }.map { kb.text(in: $0.range) }
                == ["Société", "Société", "Société", "SL", "Société"])
        let microsoft = SymbolTable.Entity(kind: .party, identifier: "Microsoft")
        let builtin = SourceText(name: "", text: BuiltinKnowledgeBase.text)
        let inBuiltin = table.references(to: microsoft, includingDeclarations: false)
            .filter { $0.document == "builtin.clq" }.map { builtin.line(of: $0.range.start) }
        #expect(inBuiltin == [65, 74, 79, 87, 108, 114, 123, 130, 137, 203, 209, 219, 234, 244])
    }

    @Test func instantsAndConditionsReferToEventsAndProspects() {
        let table = NavigationTests.table()
        let builtin = SourceText(name: "", text: BuiltinKnowledgeBase.text)
        func lines(_ entity: SymbolTable.Entity) -> [Int] {
            table.references(to: entity, includingDeclarations: false)
                .filter { $0.document == "builtin.clq" }.map { builtin.line(of: $0.range.start) }
        }
        #expect(lines(SymbolTable.Entity(kind: .event, identifier: "Renegotiation")) == [109, 117, 133, 139])
        #expect(lines(SymbolTable.Entity(kind: .prospect, identifier: "OpenAIAchievesAGI")) == [98])
    }

    @Test func summariesOfClausesAndParties() throws {
        let session = Session.builtin()
        let kb = session.knowledgeBase
        let clause = try #require(kb.entity(.clause, identifier: "AzureMainHost"))
        #expect(kb.summary(of: clause) == """
            **clause AzureMainHost** — right of Microsoft against OpenAI to host OpenAI products on Azure

            - starts: some day in 2026
            - ends: on a day the source does not give
            - inferred: start: the week the article was written
            - agreement: MSOpenAI2026 "Renegotiated Microsoft–OpenAI agreement", effective some day in 2026, amends MSOpenAI2019
            - terms: not exclusive
            - source: partnership-article.txt line 14 — Azure stays the primary home of OpenAI products, no longer the only one; no end is given.
            """)
        let amazon = try #require(kb.entity(.party, identifier: "Amazon"))
        #expect(kb.summary(of: amazon) == """
            **party Amazon** "Amazon"

            - parts: AWS
            - clauses: 1 held, 0 as counterparty
            """)
        #expect(kb.entity(.party, identifier: "microsoft") == nil)
    }
}
