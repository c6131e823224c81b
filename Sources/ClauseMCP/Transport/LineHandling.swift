import MCP

/// What the stdio transport makes of the bytes it reads, without descriptors or threads: the lines
/// `LineReader` splits off and `MessageGate` either hands to the MCP library or answers at once, as
/// `LineTransport`'s reading loop does. The MCP fuzz target drives the server's message handling
/// through it.
package struct LineHandling {
    /// What becomes of one line.
    package enum Outcome: Equatable {
        /// Bytes handed to the MCP library.
        case pass([UInt8])
        /// A reply the transport writes itself.
        case answer([UInt8])
    }

    private var lines: LineReader
    private let gate: MessageGate

    /// Handling with the server's limits: lines of at most `MCPServer.maximumMessageLength` bytes, and
    /// `maximumQuestionLength` named when a tool call is refused as too long.
    package init(maximumQuestionLength: Int) {
        gate = MessageGate(maximumLineLength: MCPServer.maximumMessageLength, maximumQuestionLength: maximumQuestionLength)
        lines = LineReader(maximumLineLength: gate.maximumLineLength)
    }

    /// The outcomes of the lines `bytes`, the next part of the input, completes.
    package mutating func read(_ bytes: UnsafeRawBufferPointer) -> [Outcome] {
        outcomes(lines.read(bytes))
    }

    /// The outcome of a last line the input ended without a newline.
    package mutating func finish() -> [Outcome] {
        outcomes(lines.finish())
    }

    private func outcomes(_ events: [LineReader.Event]) -> [Outcome] {
        events.compactMap { event in
            let verdict: MessageGate.Verdict
            switch event {
            case .line(let bytes, let skim): verdict = gate.inspect(bytes, skim)
            case .oversized(let skim): verdict = gate.refuse(skim)
            }
            switch verdict {
            case .pass(let bytes, _): return .pass(bytes)
            case .answer(let reply): return .answer(reply)
            case .ignore: return nil
            }
        }
    }
}

extension MCPServer {
    /// The result the server's `tools/call` handler returns for a tool's outcome.
    package static func callResult(_ outcome: KnowledgeTools.Outcome) -> CallTool.Result {
        result(outcome)
    }
}
