import Foundation
import Testing

/// The clq executable: outputs, formats, exit codes, standard input and colour.
@Suite struct CommandLineTests {
    @Test func theDefiningQuestionAsATable() throws {
        let result = try clq(["-e", "which rights hold for Microsoft in 2031?"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == """
            certainty  clause         modality  holder     counterparty  about                          from  until    terms          agreement     reason
            holds      ModelAccess    right     Microsoft  OpenAI        access OpenAI models           2026  2032     not exclusive  MSOpenAI2026
            may hold   AzureMainHost  right     Microsoft  OpenAI        host OpenAI products on Azure  2026  unknown  not exclusive  MSOpenAI2026  end not stated
            2 results: 1 holds, 1 may hold (in 2031)

            """)
    }

    @Test func jsonIsOneObjectPerQuestion() throws {
        let result = try clq(["--format", "json", "-e", "which rights hold for Microsoft in 2031? which rights hold for Microsoft in 2030?"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["query"] as? String == "which rights hold for Microsoft in 2031?")
        let results = try #require(first["results"] as? [[String: Any]])
        #expect(results.map { $0["id"] as? String } == ["ModelAccess", "AzureMainHost"])
        #expect(results.map { $0["certainty"] as? String } == ["holds", "may-hold"])
        #expect(results.map { $0["until"] as? String } == ["2032", "unknown"])
        #expect(results.map { $0["until_earliest"] as? String } == ["2032-01-01", "2026-01-01"])
        #expect(results.map { $0["until_latest"] as? String } == ["2032-12-31", nil])
        #expect(results.map { $0["reason"] as? String } == [nil, "end not stated"])
    }

    @Test func csvHasOneHeader() throws {
        let result = try clq(["--format", "csv", "-e", "which rights hold for Microsoft in 2031?", "-e", "list parties?"])
        #expect(result.status == 0)
        let lines = result.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 1 + 2 + 5)
        #expect(lines[0].hasPrefix("query,type,id,certainty,"))
        #expect(lines[7] == "list parties?,party,Google,holds,,,,,,Google,,,,,,,,,,,,,,,,")
    }

    @Test func aMisspelledPartyPointsAtItAndFails() throws {
        let result = try clq(["-e", "which rights hold for Microsfot in 2031?"])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == """
            -e:1:23: error: unknown party 'Microsfot' [unknown-party]
             1 | which rights hold for Microsfot in 2031?
               |                       ^~~~~~~~~
               = did you mean 'Microsoft'?

            """)
    }

    @Test func questionsOnStandardInputRunAsAScript() throws {
        let result = try clq([], input: "which obligations does OpenAI have in 2028?\nexpect holds: RevenueShare, Spend100B, ModelAccess derived; may hold: Commitment38B, AzureMainHost derived.\n")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("certainty  clause"))
        #expect(!result.stdout.contains("clq>"))
        #expect(!result.stdout.contains("\u{1B}"))
    }

    /// Answers are printed on a thread of their own, yet standard output and standard error keep the
    /// script's order: in one merged stream, an error comes between the answers before and after it.
    @Test func answersAndErrorsKeepTheScriptsOrderInOneStream() throws {
        let questions = (0..<600).map { number in
            number == 300 ? "which rights hold for Nobody in 2300?" : "which rights hold for Microsoft in \(2000 + number)?"
        }
        let path = try temporaryFile(questions.joined(separator: "\n") + "\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let merged = try clq(["-c", "\"$0\" run --keep-going \"$1\" 2>&1", clqBinary, path], executable: "/bin/sh")
        #expect(merged.status == 1)
        let text = merged.stdout
        let echoes = (0..<600).filter { $0 != 300 }.compactMap { number in
            text.range(of: "» which rights hold for Microsoft in \(2000 + number)?\n")?.lowerBound
        }
        #expect(echoes.count == 599)
        #expect(echoes == echoes.sorted())
        guard let error = text.range(of: "Nobody")?.lowerBound, echoes.count == 599 else { return }
        #expect(echoes[299] < error && error < echoes[300])
    }

    /// However the answers of a long script are rendered (a run of them may be rendered on two threads),
    /// each is printed as the question alone prints it, echoed, in the script's order.
    @Test func everyAnswerOfALongScriptIsTheAnswerToItsQuestionAlone() throws {
        let block = ["which rights hold for Microsoft in 2031?", "which obligations does OpenAI have in 2028?",
                     "which rights hold for Google in 2031?", "list parties?", "does ModelAccess hold in 2027?",
                     "which clauses hold for Amazon in 2026?", "how many rights hold for Microsoft in 2030?",
                     "when does Microsoft's access to OpenAIModels start?", "list events?",
                     "which prohibitions hold in 2027?"]
        var alone: [String] = []
        for question in block {
            let result = try clq(["-e", question])
            #expect(result.status == 0, "\(question): \(result.stderr)")
            alone.append(result.stdout)
        }
        let questions = (0..<60).flatMap { _ in block }
        let path = try temporaryFile(questions.joined(separator: "\n") + "\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try clq(["run", path])
        #expect(result.status == 0)
        let expected = questions.indices.map { index in
            (index == 0 ? "" : "\n") + "» \(questions[index])\n" + alone[index % block.count]
        }.joined()
        #expect(result.stdout == expected)
    }

    @Test func runFilesAndExpectations() throws {
        #expect(try clq(["run", "Samples/questions.clq"]).status == 0)
        #expect(try clq(["run", "Samples/tour.clq"]).status == 0)
        let wrong = try temporaryFile("which rights hold for Microsoft in 2031?\nexpect holds: ModelAccess.\n")
        let result = try clq(["run", wrong])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: expected holds: ModelAccess, got holds: ModelAccess; may hold: AzureMainHost [expectation-failed]"))
    }

    @Test func aKnowledgeBaseWithFiveErrorsReportsThemAllAndExits65() throws {
        let path = try temporaryFile("""
            party A.
            party B part of Nobody.
            asset X owned by Ghost.
            agreement G between A and B effective 2026-02-30 {
              clause K: right of A against B to use X from 2027 until 2026.
              clause L: right of A against B to use Y.
            }

            """)
        let result = try clq(["--kb", path, "-e", "list parties?"])
        #expect(result.status == 65)
        #expect(result.stdout == "")
        let errors = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.map { $0.replacingOccurrences(of: path, with: "kb.clq") } == [
            "kb.clq:4:39: error: February 2026 has 28 days [invalid-date]",
            "kb.clq:2:17: error: unknown party 'Nobody' [unknown-party]",
            "kb.clq:3:18: error: unknown party 'Ghost' [unknown-party]",
            "kb.clq:5:59: error: clause 'K' ends (2026) before it starts (2027) [end-before-start]",
            "kb.clq:6:41: error: unknown asset 'Y' [unknown-asset]",
        ])
        #expect(result.stderr.hasSuffix("5 errors\n"))
        let check = try clq(["check", path])
        #expect(check.status == 65)
        #expect(check.stderr.hasSuffix("5 errors\n"))
    }

    @Test func checkReportsCleanFiles() throws {
        let result = try clq(["check", "Samples/partnership.clq", "Samples/tour.clq"])
        #expect(result.status == 0)
        #expect(result.stdout == "Samples/partnership.clq: ok\nSamples/tour.clq: ok\n")
        let knowledgeOnly = try clq(["check", "--kb", "Samples/partnership.clq"])
        #expect(knowledgeOnly.status == 0)
        #expect(knowledgeOnly.stdout == "Samples/partnership.clq: ok\n")
        let withQuestions = try clq(["check", "--kb", "Samples/partnership.clq", "Samples/questions.clq"])
        #expect(withQuestions.stdout == "Samples/partnership.clq: ok\nSamples/questions.clq: ok\n")
    }

    @Test func knowledgeBaseChoice() throws {
        let own = try temporaryFile("party Solo.\n")
        #expect(try clq(["--kb", own, "-e", "list parties?"]).stdout.contains("Solo"))
        let alone = try clq(["--kb", own, "-e", "list parties?"])
        #expect(alone.status == 0 && alone.stdout.contains("Solo") && !alone.stdout.contains("Microsoft"))
        let both = try clq(["--kb", own, "--with-builtin", "-e", "list parties?"]).stdout
        #expect(both.contains("Solo") && both.contains("Microsoft"))
        let selfContained = try clq(["-e", "party Solo. list parties?"]).stdout
        #expect(selfContained.contains("Solo") && !selfContained.contains("Microsoft"))
    }

    @Test func invalidUTF8IsBadInputData() throws {
        let path = try temporaryFile([UInt8]("party A \"x".utf8) + [0xFF] + [UInt8]("\".\n".utf8))
        let result = try clq(["check", path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("error: invalid UTF-8 byte 0xFF in string [invalid-utf8]"))
    }

    @Test func exitCodesForUsageAndMissingFiles() throws {
        let missing = try clq(["run", "/nonexistent/file.clq"])
        #expect(missing.status == 66)
        #expect(missing.stderr == "clq: cannot read '/nonexistent/file.clq': No such file or directory\n")
        let unknownOption = try clq(["--bogus"])
        #expect(unknownOption.status == 2)
        #expect(unknownOption.stderr.hasPrefix("Error: Unknown option '--bogus'"))
        #expect(try clq(["run"]).status == 2)
        #expect(try clq(["--format", "xml", "-e", "list parties?"]).status == 2)
        let help = try clq(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: clq"))
    }

    @Test func assumptionOfContinuingEndsIsStatedInTheAnswer() throws {
        let result = try clq(["--assume-unknown-ends-continue", "-e", "which rights hold for Microsoft in 2031?"])
        #expect(result.stdout.hasSuffix("2 results: 2 holds, 0 may hold (in 2031); assuming unknown ends continue\n"))
    }

    @Test func colourOnlyOnATerminalAndNeverWithNoColor() throws {
        let command = "\(clqBinary) -e 'which rights hold for Microsoft in 2031?'"
        let colored = try clq(["-q", "-e", "-c", command, "/dev/null"], executable: "/usr/bin/script")
        #expect(colored.stdout.contains("\u{1B}[32mholds"))
        let plain = try clq(["-q", "-e", "-c", command, "/dev/null"], environment: ["NO_COLOR": "1"], executable: "/usr/bin/script")
        #expect(plain.stdout.contains("holds"))
        #expect(!plain.stdout.contains("\u{1B}["))
    }
}

/// `clq lsp` and `clq mcp` run the server programs installed beside clq.
@Suite struct ServerLauncherTests {
    @Test func optionsPassThroughToTheServers() throws {
        let help = try clq(["lsp", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: clq lsp [--kb <file> ...]"))
        let version = try clq(["mcp", "--version"])
        #expect(version.status == 0)
        #expect(version.stdout == VersionTests.version)
    }

    @Test func aMissingServerIsReportedWithHowToBuildIt() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("clq-alone-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.copyItem(atPath: clqBinary, toPath: directory + "/clq")
        let result = try clq(["mcp"], executable: directory + "/clq")
        #expect(result.status == 69)
        #expect(result.stderr == "clq: cannot run '\(directory)/clq-mcp': No such file or directory; build it with 'swift build --product clq-mcp'\n")
    }
}

/// `clq check` reports answers that differ from their expectations, like `clq run`.
@Suite struct CheckExpectationTests {
    @Test func aWrongExpectationFailsTheCheck() throws {
        let path = try temporaryFile("which rights hold for Microsoft in 2031?\nexpect holds: ModelAccess.\n")
        let result = try clq(["check", path])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("error: expected holds: ModelAccess, got holds: ModelAccess; may hold: AzureMainHost [expectation-failed]"))
    }
}

extension CheckExpectationTests {
    @Test func knowledgeBaseWarningsAreReportedOnceWhateverTheNumberOfFiles() throws {
        let kb = try temporaryFile("party A. party B. party C.\nagreement G between A and B { clause K: right of C against A. }\n")
        let first = try temporaryFile("list parties?\n")
        let second = try temporaryFile("which rights hold for C?\nexpect holds: K.\n")
        let result = try clq(["check", "--kb", kb, first, second])
        #expect(result.status == 0)
        #expect(result.stdout == "\(kb): ok\n\(first): ok\n\(second): ok\n")
        #expect(result.stderr.components(separatedBy: "warning: 'C' is not a party to agreement 'G'").count == 2)
    }
}
