import ArgumentParser
@testable import clq
import ClauseQuery
import Testing

/// The command lines clq reads without the argument parser read as the argument parser reads them; the
/// others are left to it.
@Suite struct QuickCommandLineTests {
    /// Pieces of command lines: options of clq with good and bad values, and things only the argument
    /// parser reads.
    static let pieces: [[String]] = [
        ["-e", "which rights hold for Microsoft in 2031?"], ["-e", "party A."], ["--kb", "kb.clqx"], ["--kb", "more.clq"],
        ["--with-builtin"], ["--assume-unknown-ends-continue"], ["--no-pager"], ["--keep-going"],
        ["--format", "csv"], ["--format", "json"], ["--format", "expanded"], ["--format", "nonsense"],
        ["--columns", "clause,holder"], ["--columns", "clause,nothing"], ["--today", "2026-01-02"],
        ["--today", "2026-13-40"], ["-e"], ["--kb"], ["-e", "-x"], ["-e", ""], ["-e", "run"], ["--kb=kb.clq"],
        ["--format=csv"], ["run"], ["check", "kb.clq"], ["--help"], ["-h"], ["--version"], ["-x"], ["stray"], ["--"],
    ]

    static func same(_ quick: CommonSettings, _ parsed: CommonSettings) -> Bool {
        quick.configuration.knowledgeFiles == parsed.configuration.knowledgeFiles
            && quick.configuration.withBuiltin == parsed.configuration.withBuiltin
            && quick.configuration.unknownEnds == parsed.configuration.unknownEnds
            && quick.format == parsed.format && quick.columns == parsed.columns && quick.noPager == parsed.noPager
            && quick.today == parsed.today && quick.keepGoing == parsed.keepGoing
    }

    /// Every command line of one or two of those pieces, and hundreds of three to five of clq's own
    /// options chosen at random (seeded): each one read without the argument parser gives the texts and
    /// settings the argument parser gives it.
    @Test func whatItReadsTheArgumentParserReadsAlike() {
        var (read, left) = (0, 0)
        var lines: [[String]] = [[]] + Self.pieces + Self.pieces.flatMap { first in Self.pieces.map { first + $0 } }
        let good = Self.pieces.filter { piece in
            piece.count == 1 && piece[0].hasPrefix("--with") || piece.count == 2 && !["nonsense", "clause,nothing",
                "2026-13-40", "-x", "", "run"].contains(piece[1]) || ["--no-pager", "--keep-going", "--assume-unknown-ends-continue"].contains(piece[0])
        }
        var state: UInt64 = 20_261_130
        func next(_ count: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(count))
        }
        for _ in 0..<400 { lines.append((0..<3 + next(3)).flatMap { _ in good[next(good.count)] }) }
        for arguments in lines {
            guard let quick = QuickCommandLine.read(arguments) else {
                left += 1
                continue
            }
            read += 1
            guard let command = (try? Clq.parseAsRoot(arguments)) as? Clq else {
                Issue.record("read \(arguments), which the argument parser does not read as clq's own options")
                continue
            }
            #expect(quick.expressions == command.expressions, "\(arguments)")
            #expect(Self.same(quick.settings, command.common.settings), "\(arguments)")
        }
        #expect(read > 350 && left > 900, "\(read) read, \(left) left")
    }

    @Test func theDefiningQuestionIsReadWithoutTheArgumentParser() throws {
        let line = try #require(QuickCommandLine.read(["-e", "which rights hold for Microsoft in 2031?"]))
        #expect(line.expressions == ["which rights hold for Microsoft in 2031?"])
        #expect(line.settings.configuration.knowledgeFiles.isEmpty && line.settings.format == .table)
        let compiled = try #require(QuickCommandLine.read(["--kb", "kb.clqx", "--format", "csv", "-e", "list parties?"]))
        #expect(compiled.settings.configuration.knowledgeFiles == ["kb.clqx"] && compiled.settings.format == .csv)
        #expect(QuickCommandLine.read([])?.expressions == [])
        #expect(QuickCommandLine.read(["--format", "csv", "--format", "json"]) == nil)
        #expect(QuickCommandLine.read(["run", "script.clq"]) == nil)
    }
}
