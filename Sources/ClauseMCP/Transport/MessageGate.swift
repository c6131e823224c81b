import Foundation

/// What the server does with each line it reads, before the MCP library sees it: passes a message
/// on, with its ids written as the server writes them back, or answers it at once because it is not
/// JSON, a request id is not valid, or it is longer than the limit.
struct MessageGate: Sendable {
    /// What becomes of a line.
    enum Verdict: Equatable {
        /// Hand these bytes to the MCP library; they hold `requests` requests, each to be answered.
        case pass([UInt8], requests: Int)
        /// Write this reply and drop the line.
        case answer([UInt8])
        /// Drop the line without a word (blank, or a notification too long to read).
        case ignore
    }

    /// Longest line read whole, in bytes.
    let maximumLineLength: Int
    /// Longest question accepted, in bytes: the refusal of a tool call that is too long names it.
    let maximumQuestionLength: Int

    /// The verdict on a whole line no longer than the limit, skimmed by `skim`.
    func inspect(_ line: [UInt8], _ skim: MessageSkimmer) -> Verdict {
        guard line.contains(where: { !MessageGate.isSpace($0) }) else { return .ignore }
        guard let parsed = try? JSONSerialization.jsonObject(with: Data(line), options: .fragmentsAllowed) else {
            return .answer(MessageGate.error(id: nil, code: -32700, "Parse error: the message is not JSON"))
        }
        let objects = parsed is [String: Any] ? 1 : (parsed as? [Any])?.count ?? 0
        guard objects > 0, skim.envelopes.count == objects, !skim.hasMoreEnvelopes,
              skim.envelopes.allSatisfy({ ($0.method ?? [UInt8(ascii: "\"")]).first == UInt8(ascii: "\"") }),
              skim.envelopes.allSatisfy({ $0.method != nil || $0.id != nil }) else {
            return .answer(MessageGate.error(id: nil, code: -32600,
                                             "Invalid Request: a message must be a request, a notification or a response"))
        }
        var bytes = line
        var requests = 0
        for envelope in skim.envelopes.reversed() where envelope.method != nil {
            guard let raw = envelope.id, let range = envelope.idRange else { continue }
            if envelope.idIsLong && raw.first == UInt8(ascii: "\"") {
                requests += 1
                continue
            }
            guard !envelope.idIsLong, let id = RequestID.canonical(raw) else {
                return .answer(MessageGate.error(id: nil, code: -32600,
                                                 "Invalid Request: an id must be a string or an integer of at most 64 bits"))
            }
            requests += 1
            if id != raw { bytes.replaceSubrange(range, with: id) }
        }
        return .pass(bytes, requests: requests)
    }

    /// The verdict on a line longer than the limit, from what `skim` read of it: a tool call is told
    /// its question is too long, another request gets an Invalid Request error, a notification nothing.
    func refuse(_ skim: MessageSkimmer) -> Verdict {
        let tooLong = "Invalid Request: the message is longer than \(maximumLineLength) bytes"
        guard skim.shape == .object, let envelope = skim.firstEnvelope else {
            return .answer(MessageGate.error(id: nil, code: -32600, tooLong))
        }
        if envelope.method != nil && envelope.id == nil { return .ignore }
        guard let raw = envelope.id, !envelope.idIsLong, let id = RequestID.canonical(raw) else {
            return .answer(MessageGate.error(id: nil, code: -32600, tooLong))
        }
        if envelope.method == Array(#""tools/call""#.utf8) {
            return .answer(MessageGate.toolError(id: id, "the question is longer than \(maximumQuestionLength) bytes"))
        }
        return .answer(MessageGate.error(id: id, code: -32600, tooLong))
    }

    /// A JSON-RPC error reply; a nil id is written `null`.
    static func error(id: [UInt8]?, code: Int, _ message: String) -> [UInt8] {
        Array(#"{"jsonrpc":"2.0","id":"#.utf8) + (id ?? Array("null".utf8))
            + Array(#","error":{"code":\#(code),"message":\#(quoted(message))}}"#.utf8)
    }

    /// A tool call's result that is an error with `text`.
    static func toolError(id: [UInt8], _ text: String) -> [UInt8] {
        Array(#"{"jsonrpc":"2.0","id":"#.utf8) + id
            + Array(#","result":{"content":[{"type":"text","text":\#(quoted(text))}],"isError":true}}"#.utf8)
    }

    /// `text` as a JSON string.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case _ where scalar.value < 0x20: result += String(format: "\\u%04x", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
