@testable import ClauseMCP
import Foundation
import Testing

/// Reads `text` whole with a skimmer.
private func skim(_ text: String) -> MessageSkimmer {
    var skimmer = MessageSkimmer()
    Array(text.utf8).withUnsafeBytes { skimmer.read($0) }
    return skimmer
}

private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

/// The skimmer finds each message's id and method without keeping the message.
@Suite struct MessageSkimmerTests {
    @Test func findsTheIdAndMethodOfAnObject() {
        let message = #"{"jsonrpc":"2.0", "id" : 12 ,"method":"tools/call","params":{"id":99,"text":"a \"id\": 5 } here"}}"#
        let skimmer = skim(message)
        #expect(skimmer.shape == .object)
        #expect(skimmer.envelopes.count == 1)
        let envelope = skimmer.envelopes[0]
        #expect(envelope.id.map(text) == "12")
        #expect(envelope.method.map(text) == #""tools/call""#)
        #expect(envelope.idRange.map { text(Array(Array(message.utf8)[$0])) } == "12")
        #expect(envelope.isRequest)
    }

    @Test func keepsAnIdThatIsAnObjectWhole() {
        let skimmer = skim(#"{"id":{"a":[1,2]},"method":"ping"}"#)
        #expect(skimmer.envelopes.map { $0.id.map(text) } == [#"{"a":[1,2]}"#])
    }

    @Test func readsEachMessageOfABatch() {
        let skimmer = skim(#"[{"id":1,"method":"a"},{"method":"b"},{"id":"x","result":{"id":3}}]"#)
        #expect(skimmer.shape == .batch)
        #expect(skimmer.envelopes.map { $0.id.map(text) } == ["1", nil, #""x""#])
        #expect(skimmer.envelopes.map(\.isRequest) == [true, false, false])
        #expect(skimmer.envelopes.map(\.isResponse) == [false, false, true])
    }

    @Test func aLongIdIsMarkedAndCut() {
        let skimmer = skim(#"{"id":""# + String(repeating: "x", count: 1000) + #"","method":"ping"}"#)
        #expect(skimmer.envelopes[0].idIsLong)
        #expect(skimmer.envelopes[0].id?.count == MessageSkimmer.maximumValueLength)
    }

    @Test func isSettledOnceTheIdAndMethodAreRead() {
        var skimmer = MessageSkimmer()
        Array(#"{"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"#.utf8).withUnsafeBytes { skimmer.read($0) }
        #expect(skimmer.firstEnvelopeIsSettled)
        #expect(skimmer.firstEnvelope?.id.map(text) == "4")
    }
}

/// Request ids: strings and integers of at most 64 bits, written back as they were meant.
@Suite struct RequestIDTests {
    @Test func acceptsStringsAndExactIntegers() {
        let cases: [(String, String?)] = [
            (#""abc""#, #""abc""#), ("7", "7"), ("-7", "-7"), ("0", "0"), ("-0", "0"), ("7.0", "7"), ("7.000", "7"),
            ("7e0", "7"), ("70e-1", "7"), ("1.5e1", "15"), ("9007199254740993", "9007199254740993"),
            ("9223372036854775807", "9223372036854775807"), ("-9223372036854775808", "-9223372036854775808"),
            ("9223372036854775808", nil), ("1e30", nil), ("1000000000000000000000000000000", nil), ("1.5", nil),
            ("1.00000000000000000001", nil), ("null", nil), ("true", nil), ("{}", nil), ("[1]", nil), ("01", nil),
            ("1e", nil), ("1e9999999", nil), ("", nil),
        ]
        for (raw, expected) in cases {
            #expect(RequestID.canonical(Array(raw.utf8)).map(text) == expected, "id \(raw)")
        }
    }
}

/// What the server does with a line before the MCP library sees it.
@Suite struct MessageGateTests {
    let gate = MessageGate(maximumLineLength: 100, maximumQuestionLength: 40)

    func verdict(_ line: String) -> MessageGate.Verdict {
        gate.inspect(Array(line.utf8), skim(line))
    }

    @Test func passesValidMessagesCountingRequests() {
        let request = #"{"jsonrpc":"2.0","id":"a","method":"ping"}"#
        #expect(verdict(request) == .pass(Array(request.utf8), requests: 1))
        let notification = #"{"jsonrpc":"2.0","method":"notifications/initialized"}"#
        #expect(verdict(notification) == .pass(Array(notification.utf8), requests: 0))
        #expect(verdict("  \r") == .ignore)
    }

    @Test func writesAWholeNumberIdInDigits() {
        #expect(verdict(#"{"jsonrpc":"2.0","id":7.0,"method":"ping"}"#)
            == .pass(Array(#"{"jsonrpc":"2.0","id":7,"method":"ping"}"#.utf8), requests: 1))
    }

    @Test func refusesInvalidIdsWithANullId() {
        let invalid = #"{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"Invalid Request: an id must be a string or an integer of at most 64 bits"}}"#
        for id in [#"{"a":1}"#, "[1]", "1e30", "1000000000000000000000000000000", "1.5", "null", "true"] {
            #expect(verdict(#"{"jsonrpc":"2.0","id":\#(id),"method":"ping"}"#) == .answer(Array(invalid.utf8)), "id \(id)")
        }
        #expect(verdict(#"[{"jsonrpc":"2.0","id":1,"method":"ping"},{"jsonrpc":"2.0","id":[2],"method":"ping"}]"#)
            == .answer(Array(invalid.utf8)))
    }

    @Test func answersJSONThatIsNoMessage() {
        let invalid = #"{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"Invalid Request: a message must be a request, a notification or a response"}}"#
        for line in ["5", #""ping""#, "[]", "[[[]]]", #"[{"jsonrpc":"2.0","method":"a"},1]"#, #"{"jsonrpc":"2.0"}"#,
                     #"{"jsonrpc":"2.0","id":1,"method":5}"#] {
            #expect(verdict(line) == .answer(Array(invalid.utf8)), "message \(line)")
        }
    }

    @Test func answersTextThatIsNotJSON() {
        #expect(verdict(#"{"id":1,"method":"ping""#)
            == .answer(Array(#"{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"Parse error: the message is not JSON"}}"#.utf8)))
    }

    @Test func refusesALongToolCallAsALongQuestion() {
        let call = skim(#"{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"ask","arguments":{"question":"xxxx"#)
        #expect(gate.refuse(call) == .answer(Array(
            #"{"jsonrpc":"2.0","id":3,"result":{"content":[{"type":"text","text":"the question is longer than 40 bytes"}],"isError":true}}"#.utf8)))
        let other = skim(#"{"jsonrpc":"2.0","id":"p","method":"ping","params":{"x":"xxxx"#)
        #expect(gate.refuse(other) == .answer(Array(
            #"{"jsonrpc":"2.0","id":"p","error":{"code":-32600,"message":"Invalid Request: the message is longer than 100 bytes"}}"#.utf8)))
        #expect(gate.refuse(skim(#"{"jsonrpc":"2.0","method":"notifications/x","params":{}}"#)) == .ignore)
        #expect(gate.refuse(skim(#"[{"jsonrpc":"2.0","id":1,"method":"ping"}"#)) == .answer(Array(
            #"{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"Invalid Request: the message is longer than 100 bytes"}}"#.utf8)))
    }
}
