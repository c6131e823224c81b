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
        #expect(kb.clausesByHolder.isReadInPlace && kb.clauseAssets.isReadInPlace)
        #expect(kb.clause(named: "Pay") == 1 && kb.clause(named: "Use") == 0)
        #expect(!kb.clauseNames.hasWorkedOutIdentifiers)
        // A name not found exactly is looked for ignoring case among names worked out from every identifier.
        #expect(kb.clause(named: "pay") == 1 && kb.clause(named: "Nope") == nil)
        #expect(kb.clauseNames.hasWorkedOutIdentifiers)
        #expect(kb == text.knowledgeBase)
        #expect(kb.damage == nil)
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

    /// A file changed on disk under the session no longer reads: no question is answered from it, and
    /// nothing crashes.
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
            #expect(error.diagnostics.first?.message.hasPrefix("the compiled knowledge base changed after it was opened") == true)
        }
    }

    /// The checksum of a compiled file's contents is the XXH64 of its stripes' XXH64s, worked out on several
    /// threads, which give back every byte read once.
    @Test func theChecksumIsOfStripesReadInParallel() {
        let bytes = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 7) }
        let released = Mutex<[Range<Int>]>([])
        let sum = bytes.withUnsafeBytes { raw in
            Checksum.striped(raw, stripe: 1_024, releasing: { range in released.withLock { $0.append(range) } }, every: 256)
        }
        var sums: [UInt8] = []
        for start in stride(from: 0, to: bytes.count, by: 1_024) {
            let stripe = Array(bytes[start..<min(start + 1_024, bytes.count)])
            let part = stripe.withUnsafeBytes { Checksum.xxh64($0) }
            withUnsafeBytes(of: part.littleEndian) { sums.append(contentsOf: $0) }
        }
        #expect(sum == sums.withUnsafeBytes { Checksum.xxh64($0) })
        let given = released.withLock { $0 }.sorted { $0.lowerBound < $1.lowerBound }.filter { !$0.isEmpty }
        #expect(given.first?.lowerBound == 0)
        #expect(zip(given, given.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
        #expect(given.count > 10)
        #expect(given.last.map { $0.upperBound <= bytes.count } == true)
        let small = bytes.withUnsafeBytes { Checksum.striped(UnsafeRawBufferPointer(rebasing: $0[..<100])) }
        let alone = bytes.withUnsafeBytes { Checksum.xxh64(UnsafeRawBufferPointer(rebasing: $0[..<100])) }
        #expect(small == withUnsafeBytes(of: alone.littleEndian) { Checksum.xxh64($0) })
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
