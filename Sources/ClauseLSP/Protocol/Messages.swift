/// JSON-RPC error codes used by the server.
public enum ErrorCode: Int, Sendable {
    case parseError = -32700
    case invalidRequest = -32600
    case methodNotFound = -32601
    case invalidParams = -32602
    case internalError = -32603
    case serverNotInitialized = -32002
    case requestFailed = -32803
}

/// An error answered to a request.
public struct ResponseError: Error, Sendable, Equatable {
    public var code: ErrorCode
    public var message: String

    public init(_ code: ErrorCode, _ message: String) {
        self.code = code
        self.message = message
    }

    var json: JSON { .object(["code": .number(Double(code.rawValue)), "message": .string(message)]) }
}

/// One JSON-RPC message received: a request (with an id), a notification, or a response.
enum IncomingMessage {
    case request(id: JSON, method: String, params: JSON)
    case notification(method: String, params: JSON)
    case response

    /// Classifies a parsed message; throws `invalidRequest` (with the id when there is one) otherwise.
    static func classify(_ json: JSON) -> Result<IncomingMessage, InvalidMessage> {
        guard case .object(let members) = json else {
            return .failure(InvalidMessage(id: .null, error: ResponseError(.invalidRequest, "a message must be a JSON object")))
        }
        let id = members["id"]
        if let id, !isValidID(id) {
            return .failure(InvalidMessage(id: .null, error: ResponseError(.invalidRequest,
                                                                             "a request id must be a string or an integer of at most 64 bits")))
        }
        guard let method = members["method"] else {
            if id != nil, members["result"] != nil || members["error"] != nil { return .success(.response) }
            return .failure(InvalidMessage(id: id ?? .null, error: ResponseError(.invalidRequest, "a request needs a 'method'")))
        }
        guard let name = method.string else {
            return .failure(InvalidMessage(id: id ?? .null, error: ResponseError(.invalidRequest, "'method' must be a string")))
        }
        let params = members["params"] ?? .null
        if let id { return .success(.request(id: id, method: name, params: params)) }
        return .success(.notification(method: name, params: params))
    }

    /// A string, an integer read exactly, or a whole number a `Double` holds exactly (below 2^53):
    /// an id is answered as it came, never rounded.
    private static func isValidID(_ id: JSON) -> Bool {
        switch id {
        case .integer, .string: return true
        case .number(let value): return value == value.rounded() && abs(value) < 9_007_199_254_740_992
        default: return false
        }
    }
}

/// A message that is not a valid request, notification or response.
struct InvalidMessage: Error {
    var id: JSON
    var error: ResponseError
}

/// A request's result: a value, or its JSON text when the result is large enough that the text is
/// written directly (semantic tokens, document symbols).
enum Reply {
    case value(JSON)
    case text([UInt8])
}

/// Builders for the messages the server sends.
enum OutgoingMessage {
    /// The text of a response whose result is written already, in three pieces: what comes before
    /// the result, the result, and what comes after it. `id` is a string or an integer.
    static func response(id: JSON, text result: [UInt8]) -> [[UInt8]] {
        var writer = JSONWriter()
        writer.bytes.append(contentsOf: #"{"id":"#.utf8)
        if !writer.append(id) { writer.bytes.append(contentsOf: "null".utf8) }
        writer.bytes.append(contentsOf: #","jsonrpc":"2.0","result":"#.utf8)
        return [writer.bytes, result, [UInt8(ascii: "}")]]
    }

    static func response(id: JSON, result: JSON) -> JSON {
        .object(["jsonrpc": "2.0", "id": id, "result": result])
    }

    static func error(id: JSON, _ error: ResponseError) -> JSON {
        .object(["jsonrpc": "2.0", "id": id, "error": error.json])
    }

    static func notification(_ method: String, _ params: JSON) -> JSON {
        .object(["jsonrpc": "2.0", "method": .string(method), "params": params])
    }
}
