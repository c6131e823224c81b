import CClq
import Foundation
import Testing

/// Bad input to the C interface is refused with a status and a message, never a crash.
@Suite struct RefusalTests {
    @Test func nullPointersAreRefused() {
        let session = builtinSession()
        defer { clq_session_free(session) }
        let question = call { clq_ask(session, nil, $0, $1) }
        #expect(question.status == CLQ_NULL_ARGUMENT)
        #expect(question.message == "question: NULL is not allowed")
        #expect(question.json == nil)
        #expect(call { clq_ask(nil, "list parties?", $0, $1) }.message == "session: NULL is not allowed")
        #expect(call { clq_check(session, nil, "x", $0, $1) }.message == "name: NULL is not allowed")
        #expect(call { clq_check(session, "x", nil, $0, $1) }.message == "text: NULL is not allowed")
        var error: OpaquePointer? = nil
        #expect(clq_ask(session, "list parties?", nil, &error) == CLQ_NULL_ARGUMENT)
        #expect(String(cString: clq_error_message(error)) == "out_json: NULL is not allowed")
        clq_error_free(error)
        #expect(clq_session_open_builtin(nil, nil) == CLQ_NULL_ARGUMENT)
        #expect(clq_session_open_text(nil, "party A \"A\".", 0, nil, nil) == CLQ_NULL_ARGUMENT)
        var opened: OpaquePointer? = nil
        #expect(clq_session_open_text("a.clq", nil, 0, &opened, nil) == CLQ_NULL_ARGUMENT)
        #expect(opened == nil)
        #expect(clq_session_open_files(nil, 1, 0, &opened, nil) == CLQ_NULL_ARGUMENT)
        let paths: [UnsafePointer<CChar>?] = [nil]
        #expect(call { clq_session_open_files(paths, 1, 0, &opened, $1) }.message == "paths[0]: NULL is not allowed")
        #expect(clq_session_set_unknown_ends(nil, CLQ_UNKNOWN_ENDS_CONTINUE, nil) == CLQ_NULL_ARGUMENT)
    }

    @Test func invalidUTF8IsRefused() {
        let session = builtinSession()
        defer { clq_session_free(session) }
        let bytes: [CChar] = [0x72, 0x69, CChar(bitPattern: 0xFF), 0x3F, 0]
        let result = call { clq_ask(session, bytes, $0, $1) }
        #expect(result.status == CLQ_INVALID_UTF8)
        #expect(result.message == "question: not valid UTF-8")
        #expect(result.json == nil)
        var opened: OpaquePointer? = nil
        #expect(clq_session_open_text("a.clq", bytes, 0, &opened, nil) == CLQ_INVALID_UTF8)
        #expect(call { clq_check(session, bytes, "x", $0, $1) }.message == "name: not valid UTF-8")
    }

    @Test func outOfRangeArgumentsAreRefused() {
        let session = builtinSession()
        defer { clq_session_free(session) }
        var opened: OpaquePointer? = nil
        let flags = call { clq_session_open_text("a.clq", "", 6, &opened, $1) }
        #expect(flags.status == CLQ_INVALID_ARGUMENT)
        #expect(flags.message == "flags: unknown flags 6")
        #expect(opened == nil)
        #expect(clq_session_open_files(nil, -1, 0, &opened, nil) == CLQ_INVALID_ARGUMENT)
        let assumption = call { clq_session_set_unknown_ends(session, clq_unknown_ends(rawValue: 7), $1) }
        #expect(assumption.status == CLQ_INVALID_ARGUMENT)
        #expect(assumption.message == "assumption: 7 is not a clq_unknown_ends value")
    }

    @Test func errorFunctionsAndFreeFunctionsAcceptNull() {
        #expect(clq_error_status(nil) == CLQ_OK)
        #expect(String(cString: clq_error_message(nil)) == "")
        #expect(String(cString: clq_error_diagnostics(nil)) == "[]")
        clq_error_free(nil)
        clq_string_free(nil)
        clq_session_free(nil)
    }

    @Test func successClearsTheErrorArgument() {
        var session: OpaquePointer? = nil
        var error: OpaquePointer? = OpaquePointer(bitPattern: 1)
        #expect(clq_session_open_builtin(&session, &error) == CLQ_OK)
        #expect(error == nil)
        clq_session_free(session)
    }

    @Test func hugeAndOddQuestionsAreAnsweredOrRefusedWithDiagnostics() {
        let session = builtinSession()
        defer { clq_session_free(session) }
        for question in ["", "?", String(repeating: "(", count: 5000), String(repeating: "é", count: 100_000), "which rights hold for \u{0}"] {
            let result = call { clq_ask(session, question, $0, $1) }
            #expect(result.status == CLQ_OK || result.status == CLQ_QUESTION_FAILED)
            #expect(result.json != nil)
        }
    }
}
