import CClq
import Foundation
import Testing

/// Asking and checking through the C interface, as a C program does.
@Suite struct QuestionTests {
    @Test func answersTheDefiningQuestionWithTheJSONDocument() {
        let session = builtinSession()
        defer { clq_session_free(session) }
        let result = call { clq_ask(session, "which rights hold for Microsoft in 2031?", $0, $1) }
        #expect(result.status == CLQ_OK)
        #expect(result.json?["query"] as? String == "which rights hold for Microsoft in 2031?")
        #expect(rows(result.json) == ["ModelAccess holds", "AzureMainHost may-hold"])
        #expect((result.json?["diagnostics"] as? [Any])?.isEmpty == true)
        #expect(result.message == "")
        #expect(result.diagnostics.isEmpty)
    }

    @Test func aQuestionThatFailsGivesItsDocumentAndAnErrorWithItsDiagnostics() {
        let session = builtinSession()
        defer { clq_session_free(session) }
        let result = call { clq_ask(session, "which rights hold for Microsfot in 2031?", $0, $1) }
        #expect(result.status == CLQ_QUESTION_FAILED)
        #expect(rows(result.json) == [])
        #expect(ids(result.json?["diagnostics"] as? [[String: Any]] ?? []) == ["unknown-party"])
        #expect(result.message == """
            <question>:1:23: error: unknown party 'Microsfot' [unknown-party]
             1 | which rights hold for Microsfot in 2031?
               |                       ^~~~~~~~~
               = did you mean 'Microsoft'?
            """)
        #expect(ids(result.diagnostics) == ["unknown-party"])
        #expect(result.diagnostics.first?["line"] as? Int == 1)
        #expect(result.diagnostics.first?["column"] as? Int == 23)
    }

    @Test func aYesNoQuestionCarriesItsAnswer() {
        let session = builtinSession()
        defer { clq_session_free(session) }
        let result = call { clq_ask(session, "does ModelAccess hold in 2033?", $0, $1) }
        #expect(result.status == CLQ_OK)
        #expect(result.json?["answer"] as? String == "does-not-hold")
    }

    @Test func unknownEndsContinueOnceAssumed() {
        let session = builtinSession()
        defer { clq_session_free(session) }
        #expect(clq_session_set_unknown_ends(session, CLQ_UNKNOWN_ENDS_CONTINUE, nil) == CLQ_OK)
        let assumed = call { clq_ask(session, "which rights hold for Microsoft in 2031?", $0, $1) }
        #expect(rows(assumed.json) == ["ModelAccess holds", "AzureMainHost holds"])
        #expect(assumed.json?["assumption"] as? String == "unknown ends continue")
        #expect(clq_session_set_unknown_ends(session, CLQ_UNKNOWN_ENDS_UNKNOWN, nil) == CLQ_OK)
        let plain = call { clq_ask(session, "which rights hold for Microsoft in 2031?", $0, $1) }
        #expect(rows(plain.json) == ["ModelAccess holds", "AzureMainHost may-hold"])
        #expect(plain.json?["assumption"] == nil)
    }

    @Test func checkGivesTheDiagnosticsOfClqCheck() {
        let session = builtinSession()
        defer { clq_session_free(session) }
        let bad = call { clq_check(session, "notes.clq", "party Acme \"Acme\".\nrights of Acmee?\n", $0, $1) }
        #expect(bad.status == CLQ_OK)
        #expect(bad.json?["name"] as? String == "notes.clq")
        #expect(bad.json?["ok"] as? Bool == false)
        #expect(bad.json?["load_failed"] as? Bool == false)
        let diagnostics = bad.json?["diagnostics"] as? [[String: Any]] ?? []
        #expect(ids(diagnostics) == ["unknown-party"])
        #expect(diagnostics.first?["file"] as? String == "notes.clq")
        #expect(diagnostics.first?["line"] as? Int == 2)
        #expect(diagnostics.first?["column"] as? Int == 11)
        let good = call { clq_check(session, "good.clq", "rights of Microsoft in 2031?\n", $0, $1) }
        #expect(good.status == CLQ_OK)
        #expect(good.json?["ok"] as? Bool == true)
        #expect((good.json?["diagnostics"] as? [Any])?.isEmpty == true)
    }

    @Test func checkingDoesNotChangeTheSession() {
        let session = builtinSession()
        defer { clq_session_free(session) }
        _ = call { clq_check(session, "acme.clq", "party Acme \"Acme\".\n", $0, $1) }
        let result = call { clq_ask(session, "list parties for Acme?", $0, $1) }
        #expect(result.status == CLQ_QUESTION_FAILED)
        #expect(ids(result.diagnostics) == ["unknown-party"])
    }

    @Test func threadsAskWhileTheAssumptionChanges() {
        let shared = SharedSession(pointer: builtinSession())
        defer { clq_session_free(shared.pointer) }
        let expected: Set<[String]> = [["ModelAccess holds", "AzureMainHost may-hold"], ["ModelAccess holds", "AzureMainHost holds"]]
        let answers = Answers()
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            if index % 8 == 0 {
                _ = clq_session_set_unknown_ends(shared.pointer, index % 16 == 0 ? CLQ_UNKNOWN_ENDS_CONTINUE : CLQ_UNKNOWN_ENDS_UNKNOWN, nil)
            }
            answers.add(rows(call { clq_ask(shared.pointer, "which rights hold for Microsoft in 2031?", $0, $1) }.json))
        }
        #expect(answers.all.count == 64)
        #expect(Set(answers.all).isSubset(of: expected))
    }
}

/// A session pointer shared between threads, as the C interface allows.
struct SharedSession: @unchecked Sendable {
    let pointer: OpaquePointer?
}

/// Answers collected from several threads.
final class Answers: @unchecked Sendable {
    private let lock = NSLock()
    private var rows: [[String]] = []

    func add(_ answer: [String]) { lock.withLock { rows.append(answer) } }
    var all: [[String]] { lock.withLock { rows } }
}
