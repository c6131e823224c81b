import CClq
import Foundation
import Testing

/// Opening sessions through the C interface: the built-in knowledge base, text and files.
@Suite struct SessionTests {
    static let acme = """
        party Acme "Acme Corp".
        asset Widgets "widgets" owned by Acme.
        agreement AcmeSupply "Acme supply deal" between Acme and Microsoft effective 2027 {
          clause Deliver: obligation of Acme toward Microsoft to deliver Widgets until 2029.
        }
        """

    /// Knowledge that names no party of the built-in knowledge base, in two files.
    static let parties = "party Acme \"Acme Corp\".\nparty Beta \"Beta Ltd\".\nasset Widgets \"widgets\" owned by Acme.\n"
    static let deal = """
        agreement Deal "Deal" between Acme and Beta effective 2027 {
          clause Sell: obligation of Acme toward Beta to deliver Widgets until 2029.
        }

        """

    @Test func textAddsToTheBuiltinKnowledgeBaseWhenAsked() {
        var session: OpaquePointer? = nil
        #expect(clq_session_open_text("acme.clq", Self.acme, CUnsignedInt(CLQ_WITH_BUILTIN), &session, nil) == CLQ_OK)
        defer { clq_session_free(session) }
        let result = call { clq_ask(session, "which rights hold for Microsoft in 2028?", $0, $1) }
        #expect(rows(result.json) == ["ModelAccess holds", "RevenueShare holds", "Deliver holds", "AzureMainHost may-hold"])
    }

    @Test func textAloneKnowsOnlyItsOwnKnowledge() {
        var session: OpaquePointer? = nil
        #expect(clq_session_open_text("deal.clq", Self.parties + Self.deal, 0, &session, nil) == CLQ_OK)
        defer { clq_session_free(session) }
        #expect(rows(call { clq_ask(session, "rights of Beta in 2028?", $0, $1) }.json) == ["Sell holds"])
        let unknown = call { clq_ask(session, "rights of OpenAI?", $0, $1) }
        #expect(unknown.status == CLQ_QUESTION_FAILED)
        #expect(ids(unknown.diagnostics) == ["unknown-party"])
    }

    @Test func textThatDoesNotLoadGivesItsDiagnosticsAndNoSession() {
        var session: OpaquePointer? = OpaquePointer(bitPattern: 1)
        var error: OpaquePointer? = nil
        let status = clq_session_open_text("bad.clq", "party Acme \"Acme\".\nparty Acme \"Again\".\n", 0, &session, &error)
        defer { clq_error_free(error) }
        #expect(status == CLQ_LOAD_FAILED)
        #expect(session == nil)
        #expect(clq_error_status(error) == CLQ_LOAD_FAILED)
        #expect(String(cString: clq_error_message(error)).hasPrefix("bad.clq:2:7: error: "))
        let diagnostics = parseJSON(String(cString: clq_error_diagnostics(error))) as? [[String: Any]] ?? []
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["file"] as? String == "bad.clq")
        #expect(diagnostics.first?["line"] as? Int == 2)
    }

    @Test func filesLoadTogether() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("clq-c-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let parties = directory.appendingPathComponent("parties.clq").path
        let deal = directory.appendingPathComponent("deal.clq").path
        try Self.parties.write(toFile: parties, atomically: true, encoding: .utf8)
        try Self.deal.write(toFile: deal, atomically: true, encoding: .utf8)
        var session: OpaquePointer? = nil
        let paths = cStrings([parties, deal])
        defer { freeCStrings(paths) }
        #expect(clq_session_open_files(paths, 2, 0, &session, nil) == CLQ_OK)
        defer { clq_session_free(session) }
        #expect(rows(call { clq_ask(session, "rights of Beta in 2028?", $0, $1) }.json) == ["Sell holds"])
    }

    @Test func aFileThatCannotBeReadIsNamed() {
        var session: OpaquePointer? = nil
        let paths = cStrings(["/nonexistent/kb.clq"])
        defer { freeCStrings(paths) }
        var error: OpaquePointer? = nil
        #expect(clq_session_open_files(paths, 1, 0, &session, &error) == CLQ_UNREADABLE_FILE)
        defer { clq_error_free(error) }
        #expect(session == nil)
        #expect(String(cString: clq_error_message(error)) == "cannot read '/nonexistent/kb.clq': No such file or directory")
        #expect(String(cString: clq_error_diagnostics(error)) == "[]")
    }

    @Test func noFilesIsAnEmptySession() {
        var session: OpaquePointer? = nil
        #expect(clq_session_open_files(nil, 0, 0, &session, nil) == CLQ_OK)
        defer { clq_session_free(session) }
        #expect(rows(call { clq_ask(session, "list parties?", $0, $1) }.json) == [])
    }

    @Test func theVersionIsTheOneInTheVersionFile() throws {
        let version = try String(contentsOfFile: packageDirectory + "/VERSION", encoding: .utf8)
        #expect(String(cString: clq_version()) + "\n" == version)
    }
}
