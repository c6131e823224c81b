@testable import ClauseQuery
import Testing

/// A knowledge base of a million clauses keeps a million clause nodes alive while it loads, so the
/// size of a clause node is most of the peak memory of a load from text: these bounds keep the rare
/// parts of a clause, an instant and an `about` boxed, and an agreement's clauses without spare room.
/// The knowledge base itself holds about two instants per clause, so their size counts too.
@Suite struct MemoryLayoutTests {
    @Test func clauseNodeStaysSmall() {
        // 608 bytes before its rare attributes were boxed.
        #expect(MemoryLayout<ClauseDecl>.stride <= 336)
        // 80 bytes before its offset and inference were boxed.
        #expect(MemoryLayout<InstantSyntax>.stride <= 48)
        #expect(MemoryLayout<AboutSyntax>.stride <= 72)
    }

    /// A file of a million one-line declarations is a million statements, kept twice while it loads.
    @Test func statementIsAReference() {
        // 256 bytes when a declaration was stored inline (an event's size).
        #expect(MemoryLayout<Statement>.stride <= 24)
        #expect(MemoryLayout<Declaration>.stride <= 8)
    }

    @Test func instantStaysSmall() {
        // 80 bytes before its relative form was boxed.
        #expect(MemoryLayout<Instant>.stride <= 56)
    }

    func clauses(_ text: String) -> [ClauseDecl] {
        let script = Parser.parse(SourceText(name: "t", text: text), file: FileID(0))
        guard case .declaration(.agreement(let agreement))? = script.statements.first else { return [] }
        return agreement.clauses
    }

    @Test func agreementKeepsNoSpareRoomForItsClauses() {
        let parsed = clauses("""
            agreement A { clause C1: right of P to use X. clause C2: right of P to use Y. }
            """)
        #expect(parsed.count == 2)
        #expect(parsed.capacity == 2)
    }

    @Test func boxedPartsReadBackAsWritten() {
        let parsed = clauses("""
            agreement A {
              clause C1: right of P to use X, Y on Z using W from 2026 + 90 days inferred "why"
                for 2 years if E unless F amount cap $1B replaces C0 terminated by C2 note "n".
              clause C2: right of P to use X from 2026.
            }
            """)
        #expect(parsed.count == 2)
        guard parsed.count == 2 else { return }
        let (full, plain) = (parsed[0], parsed[1])
        #expect(full.about?.objects.map(\.text) == ["X", "Y"])
        #expect(full.about?.on.map(\.text) == ["Z"])
        #expect(full.about?.using.map(\.text) == ["W"])
        #expect(full.from?.offset?.count == 90)
        #expect(full.from?.inferred == "why")
        #expect(full.duration?.count == 2)
        #expect(full.conditions.map(\.target.text) == ["E", "F"])
        #expect(full.amounts.map(\.kind) == [.cap])
        #expect(full.replaces?.text == "C0")
        #expect(full.ending?.by.text == "C2")
        #expect(full.note?.text == "n")
        #expect(plain.about?.objects.map(\.text) == ["X"])
        #expect(plain.about?.on == [])
        #expect(plain.from?.offset == nil)
        #expect(plain.from?.inferred == nil)
        #expect(plain.conditions == [])
        #expect(plain.note == nil)
    }

    @Test func partsSetAndClearedCompareEqualToPartsNeverSet() {
        let parsed = clauses("agreement A { clause C1: right of P to use X from 2026. }")
        guard let plain = parsed.first else {
            Issue.record("no clause parsed")
            return
        }
        var changed = plain
        changed.note = NoteSyntax(text: "n", range: ByteRange(0, 1))
        changed.conditions = []
        #expect(changed != plain)
        changed.note = nil
        changed.about?.on = []
        changed.about?.objects = plain.about?.objects ?? []
        changed.from?.inferred = nil
        #expect(changed == plain)
        #expect(changed.hashValue == plain.hashValue)
    }
}
