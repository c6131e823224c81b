import ClauseLSP
import ClauseMCP
import ClauseQuery
import Foundation
import MCP

/// libFuzzer's entry point for the MCP server's message handling: any bytes, as its standard input.
/// The transport's line handling splits them into lines, answers some itself and passes the rest on;
/// a passed `tools/call` is decoded as the MCP library decodes it, run on the built-in knowledge base
/// and its result encoded as the server's handler returns it. Every reply must be JSON. Build and run
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

    /// Handles a line passed to the MCP library as the server handles a tool call: decoded, run, and
    /// the result encoded as a reply. The line itself must be JSON.
    static func handle(_ line: [UInt8]) {
        checkJSON(line, "a line passed on")
        guard let request = try? JSONDecoder().decode(Request<CallTool>.self, from: Data(line)),
              request.method == CallTool.name else { return }
        var arguments: [String: String] = [:]
        for (key, value) in request.params.arguments ?? [:] {
            if let text = value.stringValue { arguments[key] = text }
        }
        let outcome = tools.call(request.params.name, arguments)
        if let json = outcome.json { checkJSON(Array(json.utf8), "the '\(request.params.name)' tool's JSON answer") }
        let reply = CallTool.response(id: request.id, result: MCPServer.callResult(outcome))
        guard let encoded = try? JSONEncoder().encode(reply) else {
            preconditionFailure("the reply to a tool call does not encode: \(outcome)")
        }
        checkJSON(Array(encoded), "the reply to a tool call")
    }

    /// Stops the run when `bytes`, described by `what`, are not JSON: read by the one-pass reader the
    /// language server uses, which accepts exactly what RFC 8259 allows (and is checked against
    /// Foundation's reader in ClauseLSPTests), at a fraction of the cost of building Foundation objects.
    static func checkJSON(_ bytes: [UInt8], _ what: String) {
        guard JSONParser.parse(bytes) != nil else {
            preconditionFailure("\(what) is not JSON: \(String(decoding: bytes, as: UTF8.self))")
        }
    }
}
