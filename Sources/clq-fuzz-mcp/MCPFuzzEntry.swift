import ClauseMCP
import ClauseQuery
import Foundation
import MCP

/// libFuzzer's entry point for the MCP server's message handling: any bytes, as lines of JSON-RPC. Each
/// line is decoded as the MCP library decodes a `tools/call` request; the tool runs on the built-in
/// knowledge base, its JSON answer must be JSON, and its reply is encoded as the server's would be.
/// Build and run it with `script/fuzz mcp`; an ordinary build does nothing with it.
///
/// The server's own handler is reached only through its standard-input transport, so the decoding and
/// the tool call are driven here as the server drives them.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
        MCPFuzzing.handle(Data(line))
    }
    return 0
}

/// The tools, on the built-in knowledge base loaded once per process.
enum MCPFuzzing {
    static let tools = KnowledgeTools(session: Session.builtin())

    /// Handles one line as the server handles a tool call: decoded, answered, and the reply encoded.
    static func handle(_ line: Data) {
        guard let request = try? JSONDecoder().decode(Request<CallTool>.self, from: line),
              request.method == CallTool.name else { return }
        var arguments: [String: String] = [:]
        for (key, value) in request.params.arguments ?? [:] {
            if let text = value.stringValue { arguments[key] = text }
        }
        let outcome = tools.call(request.params.name, arguments)
        var content: [Tool.Content] = [.text(text: outcome.summary, annotations: nil, _meta: nil)]
        if let json = outcome.json {
            guard (try? JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed)) != nil else {
                preconditionFailure("the '\(request.params.name)' tool answered JSON that does not parse: \(json)")
            }
            content.append(.text(text: json, annotations: nil, _meta: nil))
        }
        let reply = CallTool.response(id: request.id, result: CallTool.Result(content: content, isError: outcome.isError))
        guard let encoded = try? JSONEncoder().encode(reply),
              (try? JSONSerialization.jsonObject(with: encoded)) != nil else {
            preconditionFailure("the reply to a tool call is not JSON: \(outcome)")
        }
    }
}
