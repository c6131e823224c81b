@testable import ClauseLSP
import Testing

/// Request ids are answered exactly as they came, however large.
@Suite struct LargeRequestIDTests {
    @Test func anIdAboveTwoToThe53IsAnsweredExactly() {
        let recorder = Recorder()
        recorder.server.handle(.message(Array(
            #"{"jsonrpc":"2.0","id":9007199254740993,"method":"initialize","params":{"capabilities":{}}}"#.utf8)))
        let reply = recorder.sent.last.map { String(decoding: $0.serialized(), as: UTF8.self) } ?? ""
        #expect(reply.hasPrefix(#"{"id":9007199254740993,"jsonrpc":"2.0","result":{"#))
        recorder.server.handle(.message(Array(#"{"jsonrpc":"2.0","id":-9223372036854775808,"method":"shutdown"}"#.utf8)))
        #expect(recorder.sent.last.map { String(decoding: $0.serialized(), as: UTF8.self) }
            == #"{"id":-9223372036854775808,"jsonrpc":"2.0","result":null}"#)
    }

    @Test func anIdNoIntegerHoldsIsAnInvalidRequest() {
        let recorder = Recorder()
        for id in ["1e30", "18446744073709551617", "1.5", #"{"a":1}"#, "[1]", "true"] {
            recorder.server.handle(.message(Array(#"{"jsonrpc":"2.0","id":\#(id),"method":"shutdown"}"#.utf8)))
            #expect(recorder.sent.last == .object(["jsonrpc": "2.0", "id": .null, "error": .object([
                "code": -32600, "message": "a request id must be a string or an integer of at most 64 bits"])]), "id \(id)")
        }
    }
}
