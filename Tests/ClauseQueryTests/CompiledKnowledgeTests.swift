@testable import ClauseQuery
import Foundation
import Synchronization
import Testing

/// Compiled knowledge bases (`clq compile`): reading one back gives the knowledge loaded from the text, and
/// a file that is cut short, damaged or in another format is refused with one diagnostic, never a crash.
@Suite struct CompiledKnowledgeTests {
    static let partnership = """
        party A "Alpha" aka Al. party B. party C part of B. asset M "Models" owned by A.
        source S "deal.txt" "The deal".
        event Signing "Signing" on 2025-10-28 involving A, B amount exactly $1.5B cites S line 3.
        prospect IPO involving A.
        agreement G "Deal" between A, B effective 2025 cites S line 1 {
          clause Use: right of A against B to use M on M from 2026-03 until after 2031 exclusive cites S line 4.
          clause Pay: obligation of B toward A to pay from Signing for 2 years amount cap €20M per year.
          clause Opt: power of A against B to renew from 2026 until 2027-06.
          clause Later: right of A to sell M from exercised Opt + 30 days unless IPO.
        }
        agreement H between A, B effective 2027 amends G {
          clause Use2: right of A against B to use M from 2028 replaces Use.
        }
        event Renewal on 2027-02-01 involving A exercises Opt.
        """

    static func session(_ text: String, name: String = "kb.clq") -> Session {
        var session = Session()
        let outcome = session.load([(name: name, text: text)])
        #expect(!outcome.loadFailed, "\(session.rendered(outcome.diagnostics))")
        return session
    }

    /// The length of the contents of the compiled file `bytes`, as its header says.
    static func contentsLength(_ bytes: [UInt8]) -> Int {
        bytes[16..<24].enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
    }

    static func reopened(_ bytes: [UInt8], name: String = "kb.clqx") -> (Session, ScriptOutcome) {
        var session = Session()
        let outcome = session.load([(name: name, bytes: bytes)])
        return (session, outcome)
    }

    @Test func checksumIsXXH64() {
        func checksum(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes { Checksum.xxh64($0) } }
        #expect(checksum([]) == 0xEF46_DB37_51D8_E999)
        #expect(checksum(Array("a".utf8)) == 0xD24E_C4F1_A98C_6E5B)
        #expect(checksum(Array("abc".utf8)) == 0x44BC_2CF5_AD77_0999)
        #expect(checksum(Array(0..<100)) == 0x6AC1_E580_3216_6597)
        #expect(checksum(Array("which rights hold for Microsoft in 2031?".utf8)) == 0x2E37_8C13_DAB0_E8C2)
    }

    @Test func readingBackGivesTheSameKnowledge() {
        for original in [Self.session(Self.partnership), Session.builtin()] {
            let (reopened, outcome) = Self.reopened(original.compiled())
            #expect(outcome.diagnostics.isEmpty)
            #expect(!outcome.loadFailed)
            #expect(reopened.knowledgeBase == original.knowledgeBase)
            #expect(reopened.declarations == original.declarations)
            #expect(reopened.sources.texts.map(\.name) == original.sources.texts.map(\.name))
            #expect(reopened.sources.texts.map(\.bytes) == original.sources.texts.map(\.bytes))
        }
    }

    /// Questions asked of a compiled knowledge base hash none of its names, and declaring a party
    /// hashes only the names of parties: loading makes room only in the name maps it adds to, since
    /// making room turns a map read in order into a dictionary.
    @Test func questionsAndDeclarationsHashOnlyTheNamesTheyAdd() {
        var (session, _) = Self.reopened(Self.session(Self.partnership).compiled())
        #expect(!session.knowledgeBase.clauseNames.hasWorkedOutIdentifiers)
        #expect(session.knowledgeBase.partyNames.exact.isReadInOrder)
        let asked = session.run(Array("which rights hold for A in 2027?\nlist parties?\n".utf8), name: "questions.clq")
        #expect(!asked.hasErrors)
        #expect(!session.knowledgeBase.clauseNames.hasWorkedOutIdentifiers)
        #expect(session.knowledgeBase.partyNames.exact.isReadInOrder)
        let declared = session.run(Array("party Zed.\nwhich rights hold for Zed in 2027?\n".utf8), name: "more.clq")
        #expect(!declared.hasErrors)
        #expect(session.knowledgeBase.partyNames.resolve("Zed") == .found(Int32(session.knowledgeBase.parties.count - 1)))
        #expect(!session.knowledgeBase.partyNames.exact.isReadInOrder)
        #expect(!session.knowledgeBase.clauseNames.hasWorkedOutIdentifiers)
        #expect(session.knowledgeBase.clauseNames.keepsIdentifiersOnly)
        #expect(!session.knowledgeBase.clauseNames.hasWorkedOutNames)
        #expect(session.knowledgeBase.assetNames.exact.isReadInOrder)
    }

    @Test func answersAreTheSameOnGeneratedKnowledge() {
        var compared = 0
        for seed in UInt64(1)...60 {
            var generator = OracleGenerator(seed: seed, features: .withOptions)
            let kb = generator.knowledgeBase()
            var original = Session()
            guard !original.load([(name: "kb.clq", text: kb.text)]).loadFailed else { continue }
            let (reopened, outcome) = Self.reopened(original.compiled())
            #expect(!outcome.loadFailed)
            #expect(reopened.knowledgeBase == original.knowledgeBase, "seed \(seed)")
            for question in generator.questions(about: kb) {
                let text = question.description
                #expect(reopened.answer(to: text).rendered(.json) == original.answer(to: text).rendered(.json), "seed \(seed): \(text)")
                compared += 1
            }
        }
        #expect(compared > 100)
    }

    @Test func loadWarningsAreReportedAgain() {
        var original = Session()
        let outcome = original.load([(name: "kb.clq", text: """
            party A. party B. party C.
            agreement G between A, B effective 2025 { clause K: right of C to use from 2026. }
            """)])
        let warnings = outcome.diagnostics.filter { !$0.isError }
        #expect(!warnings.isEmpty)
        let (reopened, again) = Self.reopened(original.compiled(warnings: outcome.diagnostics))
        #expect(again.diagnostics == warnings)
        #expect(reopened.rendered(again.diagnostics) == original.rendered(warnings))
    }

    @Test func afterOtherKnowledgeItLoadsFromItsTexts() {
        let compiled = Self.session(Self.partnership).compiled()
        var session = Session()
        #expect(!session.load([(name: "first.clq", text: "party Z.")]).loadFailed)
        let outcome = session.load([(name: "kb.clqx", bytes: compiled)])
        #expect(!outcome.loadFailed)
        #expect(session.knowledgeBase.parties.map(\.id) == ["Z", "A", "B", "C"])
        #expect(session.answer(to: "does Use hold in 2026?").verdict == .holds)
    }

    @Test func textAfterItLoadsAllOrNothing() {
        let compiled = Self.session(Self.partnership).compiled()
        var session = Session()
        let failed = session.load([(name: "kb.clqx", bytes: compiled), (name: "more.clq", bytes: Array("party A.".utf8))])
        #expect(failed.loadFailed)
        #expect(failed.diagnostics.map(\.id) == [.duplicateID])
        #expect(session.knowledgeBase.isEmpty)
        #expect(session.declarations.isEmpty)
        let loaded = session.load([(name: "kb.clqx", bytes: compiled), (name: "more.clq", bytes: Array("party D.".utf8))])
        #expect(!loaded.loadFailed)
        #expect(session.knowledgeBase.parties.count == 4)
    }

    /// Given in place (as a mapped file is), a compiled knowledge base loads as its bytes do: alone, with
    /// text after it all or nothing, after other knowledge from its texts, and refused when damaged.
    @Test func givenInPlaceItLoadsAsItsBytesDo() {
        let compiled = Self.session(Self.partnership).compiled()
        func inPlace(_ session: inout Session, _ bytes: [UInt8], then files: [(name: String, bytes: [UInt8])] = [])
            -> ScriptOutcome {
            session.load(compiled: Buffer(bytes).compiled, name: "kb.clqx", then: files)
        }
        let cases: [(before: String?, bytes: [UInt8], then: [(name: String, bytes: [UInt8])])] = [
            (nil, compiled, []),
            (nil, compiled, [(name: "more.clq", bytes: Array("party D.".utf8))]),
            (nil, compiled, [(name: "more.clq", bytes: Array("party A.".utf8))]),
            ("party Z.", compiled, []),
            (nil, Array(compiled.dropLast()), []),
            (nil, Array("party Q.".utf8), []),
        ]
        for (before, bytes, then) in cases {
            var given = Session(), read = Session()
            if let before {
                given.load([(name: "first.clq", text: before)])
                read.load([(name: "first.clq", text: before)])
            }
            let givenOutcome = inPlace(&given, bytes, then: then)
            let readOutcome = read.load([(name: "kb.clqx", bytes: bytes)] + then)
            #expect(givenOutcome.loadFailed == readOutcome.loadFailed)
            #expect(givenOutcome.diagnostics == readOutcome.diagnostics)
            #expect(given.knowledgeBase.parties.map(\.id) == read.knowledgeBase.parties.map(\.id))
            #expect(given.declarations.count == read.declarations.count)
            #expect(given.answer(to: "which rights hold for A in 2028?").rows
                    == read.answer(to: "which rights hold for A in 2028?").rows)
        }
    }

    /// Read in place, a compiled knowledge base gives back what opening it has read as it goes, in order,
    /// from the start of the contents to their end (the checksums after them are read only a block at a
    /// time); and what is read is the same as without giving anything back, or with every block checked
    /// first.
    @Test func readInPlaceItGivesBackWhatItHasRead() throws {
        var text = Self.partnership
        for index in 0..<300 {
            text += "\nagreement K\(index) between A, B effective 2026 { clause K\(index)c: right of A to use M from 2026. }"
        }
        let compiled = Self.session(text).compiled()
        #expect(compiled.count > 8 * 4096)
        let released = Mutex<[Range<Int>]>([])
        let session = { (reader: inout SnapshotReader, file: CompiledBytes) throws(SnapshotError) in
            try reader.compiledSession(in: file)
        }
        let buffer = Buffer(compiled)
        let read = try CompiledKnowledge.read(buffer.compiled { range in released.withLock { $0.append(range) } },
                                              name: "kb.clqx", every: 4096, session)
        let given = released.withLock { $0 }
        let plain = try CompiledKnowledge.reading(compiled, name: "kb.clqx", session)
        #expect(read.knowledgeBase == plain.knowledgeBase)
        #expect(read.sources.map { $0.bytes } == plain.sources.map { $0.bytes })
        let header = CompiledKnowledge.headerSize
        #expect(given.first?.lowerBound == header)
        #expect(zip(given, given.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound && !$1.isEmpty })
        #expect(given.count > 3)
        #expect(given.last?.upperBound == header + Self.contentsLength(compiled))
    }

    /// The fuzzer starts from a compiled file in this clq's format, so that its inputs reach the tables
    /// rather than stopping at the version: a change of format compiles the seed again.
    @Test func theFuzzersCompiledSeedIsInThisFormat() throws {
        let path = packageDirectory + "/Tests/FuzzCorpus/core/edge-compiled.clqx"
        let bytes = try #require(FileManager.default.contents(atPath: path)).map { $0 }
        let (session, outcome) = Self.reopened(bytes)
        #expect(!outcome.loadFailed, "\(session.rendered(outcome.diagnostics))")
        #expect(session.knowledgeBase.clauses.count == 1)
    }

    @Test func runningOrCheckingItLoadsIt() {
        let compiled = Self.session(Self.partnership).compiled()
        var session = Session()
        let outcome = session.run(compiled, name: "kb.clqx")
        #expect(!outcome.hasErrors)
        #expect(session.knowledgeBase.clauses.count == 5)
    }

    static func refusal(_ bytes: [UInt8]) -> String? {
        let (session, outcome) = reopened(bytes)
        guard outcome.loadFailed else { return nil }
        #expect(outcome.diagnostics.map(\.id) == [.compiledUnreadable])
        #expect(session.knowledgeBase.isEmpty)
        return outcome.diagnostics.first?.message
    }

    @Test func aFileCutShortIsRefused() {
        let compiled = Self.session(Self.partnership).compiled()
        for length in [0, 7, 8, 12, 31, 32, 33, compiled.count / 2, compiled.count - 1] {
            let cut = Array(compiled.prefix(length))
            if length < 8 {
                #expect(!Session.isCompiled(cut))
                continue
            }
            let message = Self.refusal(cut)
            #expect(message != nil, "cut at \(length)")
        }
        #expect(Self.refusal(Array(compiled.prefix(compiled.count - 1)))
                == "'kb.clqx' is a compiled knowledge base, but it is \(compiled.count - 1) bytes long where its header "
                + "says \(compiled.count) (a copy cut short?); compile it again with 'clq compile'")
    }

    @Test func aDamagedFileIsRefused() {
        let compiled = Self.session(Self.partnership).compiled()
        for position in stride(from: 16, to: compiled.count, by: 7) {
            var damaged = compiled
            damaged[position] ^= 0x20
            #expect(Self.refusal(damaged) != nil, "byte \(position)")
        }
        var damaged = compiled
        damaged[compiled.count - 3] ^= 1
        #expect(Self.refusal(damaged) == "'kb.clqx' is a compiled knowledge base, but it is damaged (its checksum does not "
                + "match); compile it again with 'clq compile'")
    }

    @Test func anotherFormatIsRefused() {
        var compiled = Self.session(Self.partnership).compiled()
        compiled[8] = 6
        #expect(Self.refusal(compiled) == "'kb.clqx' is a compiled knowledge base, but it is in format 6, and this clq "
                + "reads format \(CompiledKnowledge.version); compile it again with this clq's 'clq compile'")
    }

    /// Damage that keeps the checksum right (the checksum recomputed after changing a byte) is found by
    /// the checks on every count, index and date, as the file is opened or as a record is read, or gives
    /// some knowledge: never a crash.
    @Test func damageWithARightChecksumNeverCrashes() {
        let compiled = Self.session(Self.partnership).compiled()
        var (tried, refused) = (0, 0)
        let end = 32 + Self.contentsLength(compiled)
        for position in 32..<end {
            for value: UInt8 in [0x00, 0xFF, compiled[position] &+ 1] where value != compiled[position] {
                var damaged = Array(compiled[32..<end])
                damaged[position - 32] = value
                let file = CompiledKnowledge.file(containing: damaged)
                let (session, outcome) = Self.reopened(file)
                tried += 1
                if outcome.loadFailed { refused += 1; continue }
                _ = session.answer(to: "which rights hold for A in 2029?").rendered(.table)
                _ = session.answer(to: "when does Pay end?").rendered(.json)
                _ = session.answer(to: "list clauses?").rendered(.csv)
                _ = session.answer(to: "which clauses hold in 2027?").rendered(.csv)
                _ = session.answer(to: "what changed between 2025 and 2028?").rendered(.csv)
                if session.knowledgeBase.unreadable != nil { refused += 1 }
            }
        }
        #expect(refused > tried / 3, "\(refused) of \(tried) refused")
    }
}
