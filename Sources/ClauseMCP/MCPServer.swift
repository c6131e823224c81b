import ClauseQuery
import Foundation
import MCP

/// Serves `KnowledgeTools` over the Model Context Protocol on standard input and output.
public enum MCPServer {
    /// The tools as MCP describes them.
    static let tools: [Tool] = [
        Tool(name: "ask", title: "Ask the knowledge base",
             description: """
                 Ask clq a question about agreements, such as 'which rights hold for Microsoft in 2031?', \
                 'which obligations does OpenAI have in 2028?', 'is Microsoft's access to OpenAIModels exclusive \
                 in 2027?', 'when does Microsoft's access to OpenAIModels end?', 'what changed between 2025 \
                 and 2026?', 'how many rights hold for Microsoft in 2031?', 'how much does OpenAI owe AWS in \
                 2030?' or 'timeline of Microsoft?'. Returns a readable table (a drawing for a timeline) and the \
                 JSON answer (holds before may hold, with sources).
                 """,
             inputSchema: .object(["type": "object", "required": .array(["question"]),
                                   "properties": .object(["question": .object([
                                       "type": "string", "description": "A question in the clq language."])])]),
             annotations: .init(readOnlyHint: true, idempotentHint: true, openWorldHint: false)),
        Tool(name: "explain", title: "Explain an answer",
             description: """
                 Explain why results hold: the clause, its agreement, dates, the source line it cites and the \
                 rule applied. The target is a question ('which rights hold for Microsoft in 2030?') or a \
                 clause with a time ('ModelAccess in 2031').
                 """,
             inputSchema: .object(["type": "object", "required": .array(["target"]),
                                   "properties": .object(["target": .object([
                                       "type": "string", "description": "A question, or a clause and a time."])])]),
             annotations: .init(readOnlyHint: true, idempotentHint: true, openWorldHint: false)),
        Tool(name: "list", title: "List what the knowledge base holds",
             description: """
                 Without a kind: every party, asset, source, agreement, clause, event and prospect by \
                 identifier. With a kind: those entities in detail.
                 """,
             inputSchema: .object(["type": "object",
                                   "properties": .object(["kind": .object([
                                       "type": "string", "enum": .array(KnowledgeTools.listKinds.map { .string($0) })])])]),
             annotations: .init(readOnlyHint: true, idempotentHint: true, openWorldHint: false)),
    ]

    /// The MCP result of a tool call: the summary, then the JSON as text and as structured content.
    static func result(_ outcome: KnowledgeTools.Outcome) -> CallTool.Result {
        var content: [Tool.Content] = [.text(text: outcome.summary, annotations: nil, _meta: nil)]
        var structured: Value?
        if let json = outcome.json {
            content.append(.text(text: json, annotations: nil, _meta: nil))
            structured = outcome.structured.map(value)
        }
        return CallTool.Result(content: content, structuredContent: structured, isError: outcome.isError)
    }

    /// `json` as an MCP value, built directly rather than decoded from its text (decoding checks
    /// every string for a data URL, which costs more than the question). Whole numbers are integers,
    /// as decoding makes them.
    static func value(_ json: JSONValue) -> Value {
        switch json {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .number(let number):
            if number == number.rounded(), abs(number) < 1e15 { return .int(Int(number)) }
            return number.isFinite ? .double(number) : .null
        case .string(let text): return .string(text)
        case .array(let items): return .array(items.map(value))
        case .object(let members):
            return .object(Dictionary(members.map { ($0.0, value($0.1)) }, uniquingKeysWith: { _, last in last }))
        }
    }

    /// Longest message read, in bytes: room for the longest question with every byte escaped.
    public static let maximumMessageLength = 65_536

    /// Serves until the client closes standard input, then answers every request still in flight
    /// before returning. Standard output carries only protocol messages: the transport writes to a
    /// copy of it, and file descriptor 1 is pointed at standard error.
    public static func run(tools: KnowledgeTools, version: String) async throws {
        fflush(nil)
        let output = dup(1)
        dup2(2, 1)
        signal(SIGPIPE, SIG_IGN)
        let server = Server(
            name: "clq", version: version, title: "clq",
            instructions: "Questions about who holds which rights and owes which obligations, when, and why.",
            capabilities: .init(tools: .init(listChanged: false)))
        let runner = ToolRunner(tools: tools)
        await server.withMethodHandler(ListTools.self) { _ in ListTools.Result(tools: MCPServer.tools) }
        await server.withMethodHandler(CallTool.self) { params in
            var arguments: [String: String] = [:]
            for (key, value) in params.arguments ?? [:] {
                if let text = value.stringValue { arguments[key] = text }
            }
            return MCPServer.result(await runner.call(params.name, arguments))
        }
        let transport = LineTransport(input: 0, output: output >= 0 ? output : 1,
                                      maximumLineLength: maximumMessageLength,
                                      maximumQuestionLength: tools.limits.maximumQuestionLength)
        try await server.start(transport: transport)
        await server.waitUntilCompleted()
        await transport.drain(patience: tools.limits.timeout + .seconds(2))
        await server.stop()
    }
}
