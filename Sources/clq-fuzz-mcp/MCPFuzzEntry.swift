import ClauseLSP
import ClauseMCP
import ClauseQuery
import Foundation
import MCP

/// libFuzzer's entry point for the MCP server's message handling: any bytes, as its standard input.
/// The transport's line handling splits them into lines, answers some itself and passes the rest on;
/// a passed `tools/call` is read as the MCP library reads it, run on the built-in knowledge base and
/// its result made into the server's reply. Every reply must be JSON, and encodable. Build and run
/// it with `script/fuzz mcp`; an ordinary build does nothing with it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = UnsafeRawBufferPointer(start: data, count: size)
    var handling = LineHandling(maximumQuestionLength: MCPFuzzing.tools.limits.maximumQuestionLength)
    var outcomes: [LineHandling.Outcome] = []
    var offset = 0
    var piece = 1
    while offset < size {
        let end = min(size, offset + piece)
        outcomes += handling.read(UnsafeRawBufferPointer(rebasing: input[offset..<end]))
        (offset, piece) = (end, min(piece * 2, 4096))
    }
    outcomes += handling.finish()
    for outcome in outcomes {
        switch outcome {
        case .answer(let reply): MCPFuzzing.checkJSON(reply, "the transport's reply")
        case .pass(let line): MCPFuzzing.handle(line)
        }
    }
    return 0
}

/// The tools on the built-in knowledge base, loaded once per process, and what is checked of replies.
enum MCPFuzzing {
    static let tools = KnowledgeTools(session: Session.builtin())

    /// Handles a line passed to the MCP library as the server handles a tool call: read, run, and the
    /// result encoded as a reply. The line is read once, by Foundation's reader as the library reads it
    /// (which allows control characters in strings); any object whose method is `tools/call` is run,
    /// whether or not the library would accept the rest of the message.
    static func handle(_ line: [UInt8]) {
        guard let message = try? JSONSerialization.jsonObject(with: Data(line), options: .fragmentsAllowed) else {
            preconditionFailure("a line passed on is not JSON: \(String(decoding: line, as: UTF8.self))")
        }
        guard let message = message as? [String: Any], message["method"] as? String == CallTool.name,
              let params = message["params"] as? [String: Any], let name = params["name"] as? String else { return }
        var arguments: [String: String] = [:]
        for (key, value) in params["arguments"] as? [String: Any] ?? [:] {
            if let text = value as? String { arguments[key] = text }
        }
        let outcome = tools.call(name, arguments)
        if let json = outcome.json { checkJSON(Array(json.utf8), "the '\(name)' tool's JSON answer") }
        // The library's encoder refuses a number that is not finite, and would send no reply.
        _ = MCPServer.callResult(outcome)
        if let structured = outcome.structured, !isFinite(structured) {
            preconditionFailure("the reply to a tool call holds a number that is not finite: \(outcome)")
        }
    }

    /// True when every number in `value` is finite.
    static func isFinite(_ value: JSONValue) -> Bool {
        switch value {
        case .number(let number): return number.isFinite
        case .array(let values): return values.allSatisfy(isFinite)
        case .object(let members): return members.allSatisfy { isFinite($0.1) }
        case .null, .bool, .string: return true
        }
    }

    /// Stops the run when `bytes`, a reply described by `what`, are not JSON as RFC 8259 has it: read by
    /// the one-pass reader the language server uses (checked against Foundation's reader in
    /// ClauseLSPTests, and stricter: no control character in a string), at a fraction of the cost of
    /// building Foundation objects.
    static func checkJSON(_ bytes: [UInt8], _ what: String) {
        guard JSONParser.isJSON(bytes) else {
            preconditionFailure("\(what) is not JSON: \(String(decoding: bytes, as: UTF8.self))")
        }
    }
}
