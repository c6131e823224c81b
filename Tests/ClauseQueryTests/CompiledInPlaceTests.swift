@testable import ClauseQuery
import Dispatch
import Synchronization
import Testing

/// Bytes given in place, as a mapped file's are: kept by this object, and changeable under a session, as
/// a file can be changed on disk while it is mapped.
final class Buffer: @unchecked Sendable {
    private let bytes: UnsafeMutableRawBufferPointer

    init(_ contents: [UInt8]) {
        bytes = .allocate(byteCount: contents.count, alignment: 16)
        contents.withUnsafeBytes { bytes.copyMemory(from: $0) }
    }

    deinit { bytes.deallocate() }

    var compiled: CompiledBytes { CompiledBytes(UnsafeRawBufferPointer(bytes), keptBy: self) }

    func compiled(releasing release: @escaping @Sendable (Range<Int>) -> Void) -> CompiledBytes {
        CompiledBytes(UnsafeRawBufferPointer(bytes), keptBy: self, releasing: release)
    }

    /// Writes `byte` over `range`.
    func overwrite(_ range: Range<Int>, with byte: UInt8) {
        for offset in range { bytes[offset] = byte }
    }
}

/// A compiled knowledge base's large tables are read record by record where they lie, and stay there as
/// the session changes.
@Suite struct CompiledInPlaceTests {
    static let text = """
        party A "Alpha". party B "Beta". asset M "Models".
        agreement First between A, B effective 2026-01-10 {
          clause Use: right of A against B to use M from 2026-01-10 until 2030.
          clause Pay: obligation of B toward A to pay M from 2026-03 for 2 years.
        }
        """

    static func session(_ text: String) -> Session {
        var session = Session()
        let outcome = session.load([(name: "kb.clq", text: text)])
        #expect(!outcome.loadFailed, "\(outcome.diagnostics)")
        return session
    }

    static func opened(_ buffer: Buffer, then files: [(name: String, bytes: [UInt8])] = []) -> (Session, ScriptOutcome) {
        var session = Session()
        let outcome = session.load(compiled: buffer.compiled, name: "kb.clqx", then: files)
        return (session, outcome)
    }

    @Test func itsLargeTablesAreReadInPlaceAndEqualTheText() {
        let text = Self.session(Self.text)
        let (session, outcome) = Self.opened(Buffer(text.compiled()))
        #expect(!outcome.loadFailed)
        let kb = session.knowledgeBase
        #expect(kb.clauses.isReadInPlace && kb.instants.isReadInPlace && kb.strings.strings.isReadInPlace)
        #expect(kb.clausesByHolder.isReadInPlace && kb.clauseAssets.isReadInPlace && kb.agreements.isReadInPlace)
        #expect(kb.clause(named: "Pay") == 1 && kb.clause(named: "Use") == 0)
        #expect(!kb.clauseNames.hasWorkedOutIdentifiers)
        // A name not found exactly is looked for ignoring case among names worked out from every identifier.
        #expect(kb.clause(named: "pay") == 1 && kb.clause(named: "Nope") == nil)
        #expect(kb.clauseNames.hasWorkedOutIdentifiers)
        #expect(kb == text.knowledgeBase)
        #expect(session.declarations.isReadInPlace && session.declarations == text.declarations)
        #expect(session.declarations.map(\.summary) == ["party A", "party B", "asset M", "agreement First"])
        #expect(kb.unreadable == nil)
    }

    /// Text loaded after it adds to the tables and changes records of them (a clause it replaces ends), and
    /// answers as the same texts loaded as text do, while the tables stay where they lie.
    @Test func textAfterItChangesRecordsInPlace() {
        let more = """
            agreement Second between A, B effective 2027-06-01 amends First {
              clause Use2: right of A against B to use M from 2027-06-01 replaces Use.
            }
            """
        let compiled = Self.session(Self.text).compiled()
        let (session, outcome) = Self.opened(Buffer(compiled), then: [(name: "more.clq", bytes: Array(more.utf8))])
        #expect(!outcome.loadFailed, "\(outcome.diagnostics)")
        let kb = session.knowledgeBase
        #expect(kb.clauses.isReadInPlace && kb.clauses.count == 3)
        var text = Session()
        text.load([(name: "kb.clq", text: Self.text), (name: "more.clq", text: more)])
        #expect(kb.clauses[0].end.cut != nil)
        let rights = session.answer(to: "which rights hold for A in 2028?").rows
        #expect(rights.map(\.id) == ["Pay", "Use2"])
        for question in ["which rights hold for A in 2028?", "which clauses hold for A at 2027-05-31?",
                         "what changed between 2026 and 2028?", "which obligations hold for B throughout 2027?"] {
            #expect(session.answer(to: question).rows == text.answer(to: question).rows, "\(question)")
        }
    }

    /// The days of an instant read from its record alone are those of the instant read whole, for every
    /// form an instant takes (dates, ranges, unknown, open, counted from an event or an exercise, which
    /// may never come, inferred), and for one that changes after it is read.
    @Test func anInstantsDaysAreThoseOfTheWholeInstant() throws {
        let text = """
            party A. party B. asset M. event Signing on 2025-10-28.
            agreement G between A, B effective 2025 {
              clause Opt: power of A against B to renew from 2026 until 2027-06.
              clause U1: right of A against B to use M from 2026-03 until after 2031.
              clause U2: right of A against B to use M from before 2026 until between 2029 and 2030.
              clause U3: right of A against B to use M from Signing + 30 days until unknown.
              clause U4: right of A against B to use M from exercised Opt + 90 days.
              clause U5: right of A against B to use M from open until open.
              clause U6: right of A against B to use M from 2026-05-01 inferred "the article's week" until 2027.
            }
            """
        let (session, outcome) = Self.opened(Buffer(Self.session(text).compiled()))
        #expect(!outcome.loadFailed)
        let kb = session.knowledgeBase
        #expect(kb.instants.isReadInPlace && kb.compiledFile.instantDays.count == kb.instants.count)
        #expect(kb.instants.count >= 14)
        for index in kb.instants.indices {
            #expect(kb.days(of: Int32(index)) == InstantDays(kb.instants[index]), "instant \(index)")
        }
        #expect(Set(kb.instants.map(\.isOpen)) == [true, false] && Set(kb.instants.map(\.isUnknown)) == [true, false])
        #expect(Set(kb.instants.map(\.coming)).count > 1)
        var changed = kb
        changed.instants[0].earliest -= 400
        #expect(changed.days(of: 0).earliest == kb.instants[0].earliest - 400)
        #expect(kb.days(of: 0).earliest == kb.instants[0].earliest)
    }

    /// The identifier of an agreement read from its body alone is that of the agreement read whole, and
    /// follows a change to the agreement and one added after the compiled ones.
    @Test func anAgreementsIdentifierIsThatOfTheWholeAgreement() throws {
        let text = """
            party A. party B. party C. asset M.
            agreement First between A, B effective 2025 { clause U1: right of A against B to use M from 2026. }
            agreement Second "the second" between A, B, C effective 2026-03 amends First {
              clause U2: right of B against C to use M from 2027.
            }
            agreement Third between B, C effective 2027 { clause U3: obligation of C toward B to use M. }
            """
        let (session, outcome) = Self.opened(Buffer(Self.session(text).compiled()))
        #expect(!outcome.loadFailed)
        let kb = session.knowledgeBase
        #expect(kb.agreements.isReadInPlace && kb.compiledFile.agreementIDs.count == kb.agreements.count)
        #expect(kb.agreements.indices.map { kb.agreementID(Int32($0)) } == ["First", "Second", "Third"])
        #expect(kb.agreements.indices.map { kb.agreementID(Int32($0)) } == kb.agreements.map(\.id))
        var changed = kb
        changed.agreements[1].id = "Renamed"
        changed.agreements.append(changed.agreements[2])
        changed.agreements[3].id = "Fourth"
        #expect(changed.agreements.indices.map { changed.agreementID(Int32($0)) } == ["First", "Renamed", "Third", "Fourth"])
        #expect(kb.agreementID(1) == "Second")
    }

    /// A declaration read in place is taken back as one loaded from text is: the knowledge is built again
    /// from the others, read from the compiled file's texts, and what refers to a declaration keeps it.
    @Test func aDeclarationReadInPlaceIsTakenBack() throws {
        let text = Self.text + "\nagreement Spare between A, B effective 2027 { clause Extra: right of B to use M from 2027. }"
        var (session, outcome) = Self.opened(Buffer(Self.session(text).compiled()))
        #expect(!outcome.loadFailed && session.declarations.isReadInPlace)
        let spare = try #require(session.declarations.first { $0.id == "Spare" })
        #expect(session.remove(spare) == [])
        #expect(session.declarations.map(\.summary) == ["party A", "party B", "asset M", "agreement First"])
        #expect(session.answer(to: "list clauses?").rows.map(\.id) == ["Use", "Pay"])
        let party = try #require(session.declarations.first { $0.id == "A" })
        #expect(session.remove(party).map(\.id) == [.stillReferenced])
        #expect(session.declarations.count == 4)
    }

    /// A file changed on disk under the session, after the blocks it changed were checked, no longer reads:
    /// no question is answered from it, and nothing crashes.
    @Test func aFileChangedUnderTheSessionAnswersNothing() throws {
        let compiled = Self.session(Self.text).compiled()
        let buffer = Buffer(compiled)
        var (session, outcome) = Self.opened(buffer)
        #expect(!outcome.loadFailed)
        buffer.overwrite(CompiledKnowledge.headerSize..<compiled.count, with: 0xFF)
        #expect(throws: QueryFailure.self) { try session.ask("which rights hold for A in 2028?") }
        do {
            _ = try session.ask("which rights hold for A in 2028?")
        } catch {
            #expect(error.diagnostics.map(\.id) == [.compiledUnreadable])
            #expect(error.diagnostics.first?.message.hasPrefix("'kb.clqx' is a compiled knowledge base, but it is damaged (") == true)
        }
    }

    /// The checksum of each block of a compiled file's contents is the XXH64 of its 4,096 bytes (the last
    /// block shorter), and a block is checked when something is first read from it, not before.
    @Test func eachBlockIsCheckedWhenItIsFirstRead() throws {
        let bytes = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 7) }
        let sums = bytes.withUnsafeBytes { BlockChecks.sums(of: $0) }
        #expect(sums == [0..<4_096, 4_096..<8_192, 8_192..<10_000].map { range in
            Array(bytes[range]).withUnsafeBytes { Checksum.xxh64($0) }
        })
        var damaged = bytes
        damaged[9_000] ^= 1
        let written = sums.flatMap { sum in withUnsafeBytes(of: sum.littleEndian) { Array($0) } }
        try damaged.withUnsafeBytes { contents in
            try written.withUnsafeBytes { sums in
                let checks = BlockChecks(name: "kb.clqx", contents: contents, sums: sums)
                #expect(checks.verify(0..<4_096) && checks.verify(4_000..<8_192) && checks.verify(8_000..<8_000))
                #expect(checks.damage == nil)
                #expect(!checks.verify(8_191..<8_193))
                #expect(checks.damage == "it is damaged (its bytes 8224..<10032 do not match their checksum); "
                        + "compile it again with 'clq compile'")
                #expect(!checks.verify(9_999..<10_001))
                #expect(checks.verifyAll() == 2)
                #expect(throws: SnapshotError.self) { try checks.require(9_000..<9_001) }
            }
        }
        let empty: [UInt8] = []
        #expect(empty.withUnsafeBytes { BlockChecks.sums(of: $0) } == [])
    }

    /// Whichever block of a compiled file is damaged, a session on it opens and answers as the undamaged
    /// one does, or refuses: when it opens, when it answers, or when the answer is rendered. Blocks no
    /// question reads are never checked, so some damage leaves every answer standing.
    @Test func aDamagedBlockGivesTheSameAnswerOrARefusal() throws {
        var text = Self.text
        for index in 0..<200 {
            text += "\nagreement K\(index) between A, B effective 2026 { clause K\(index)c: right of B to use M from 2027 cites S line \(index). }"
        }
        text += "\nsource S \"deal.txt\"."
        let compiled = Self.session(text).compiled()
        let questions = ["which rights hold for A in 2028?", "why does K150c hold in 2028?", "list clauses of B?"]
        let (whole, _) = Self.opened(Buffer(compiled))
        let expected = questions.map { whole.answer(to: $0).rendered(.table) }
        let blocks = BlockChecks.blocks(of: CompiledKnowledgeTests.contentsLength(compiled))
        #expect(blocks > 8)
        var (atOpening, inAnswers, standing) = (0, 0, 0)
        for block in 0..<blocks {
            let buffer = Buffer(compiled)
            let at = CompiledKnowledge.headerSize + block * BlockChecks.blockSize + 100
            buffer.overwrite(at..<at + 1, with: compiled[at] ^ 0x10)
            let (session, outcome) = Self.opened(buffer)
            if outcome.loadFailed {
                #expect(outcome.diagnostics.map(\.id) == [.compiledUnreadable])
                atOpening += 1
                continue
            }
            let results = questions.map { session.answer(to: $0) }
            let rendered = results.map { $0.rendered(.table) }
            if session.knowledgeBase.unreadable == nil {
                #expect(rendered == expected, "block \(block)")
                standing += 1
            } else {
                #expect(results.contains { !$0.succeeded && $0.diagnostics.map(\.id) == [.compiledUnreadable] })
                #expect(zip(rendered, expected).allSatisfy { $0 == $1 || $0.isEmpty }, "block \(block)")
                inAnswers += 1
            }
        }
        #expect(atOpening > 0 && inAnswers > 0 && standing > 0, "\(atOpening) \(inAnswers) \(standing)")
    }

    /// Records read about twice over are decoded once and kept: the same values, from then on without
    /// decoding, whichever threads read them.
    @Test func recordsReadOverAndOverAreDecodedOnceAndKept() {
        let decoded = Mutex(0)
        let records = Records<Int>(count: 10, readsBeforeHolding: 25) { index in
            decoded.withLock { $0 += 1 }
            return index * 3
        }
        var seen: [Int] = []
        for _ in 0..<5 { for index in 0..<10 { seen.append(records[index]) } }
        #expect(seen == (0..<5).flatMap { _ in (0..<10).map { $0 * 3 } })
        #expect(records.isHeld)
        // 24 reads one by one, then all ten at the 25th and that one again; the last 25 reads decode nothing.
        #expect(decoded.withLock { $0 } == 35)

        let shared = Records<Int>(count: 1_000, readsBeforeHolding: 3_000) { $0 &* 7 }
        let wrong = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            for pass in 0..<4 {
                for index in 0..<1_000 where shared[(index + thread * 97 + pass) % 1_000] != ((index + thread * 97 + pass) % 1_000) &* 7 {
                    wrong.add(1, ordering: .relaxed)
                }
            }
        }
        #expect(wrong.load(ordering: .relaxed) == 0)
        #expect(shared.isHeld)
    }
}
