import ClauseQuery
import Foundation

/// The tools clq offers an MCP client, independent of any transport: each takes JSON-like
/// arguments and returns text and structured JSON. All are read-only.
public struct KnowledgeTools: Sendable {
    /// Bounds on what one call may cost or return.
    public struct Limits: Sendable {
        /// Most result rows returned; the rest are counted, not listed.
        public var maximumRows: Int
        /// Longest a question may run.
        public var timeout: Duration
        /// Longest question text accepted, in bytes.
        public var maximumQuestionLength: Int

        public init(maximumRows: Int = 200, timeout: Duration = .seconds(5), maximumQuestionLength: Int = 10_000) {
            self.maximumRows = maximumRows
            self.timeout = timeout
            self.maximumQuestionLength = maximumQuestionLength
        }
    }

    /// What a tool call returns: readable text, the JSON of the answer, and whether it failed.
    public struct Outcome: Sendable, Equatable {
        public var summary: String
        public var json: String?
        public var isError: Bool
        /// The JSON as a value, given with `json`: the structured content of the reply.
        package var structured: JSONValue? = nil
    }

    public let session: Session
    public let limits: Limits

    public init(session: Session, limits: Limits = Limits()) {
        self.session = session
        self.limits = limits
    }

    /// What a tool call asks for: a question, the overview, or nothing valid.
    enum Request {
        case question(String)
        case overview
        case invalid(Outcome)
    }

    /// Runs the tool `name` with `arguments` (string values only are read), stopping a question at
    /// `deadline` (by default, the time limit from now).
    public func call(_ name: String, _ arguments: [String: String], deadline: ContinuousClock.Instant? = nil) -> Outcome {
        switch request(name, arguments) {
        case .question(let question): return answer(question, deadline: deadline ?? .now + limits.timeout)
        case .overview: return overview()
        case .invalid(let outcome): return outcome
        }
    }

    /// What the tool `name` with `arguments` asks for.
    func request(_ name: String, _ arguments: [String: String]) -> Request {
        switch name {
        case "ask":
            guard let question = arguments["question"], !question.isEmpty else { return .invalid(failure("'question' is required")) }
            return .question(question)
        case "explain":
            guard let target = arguments["target"], !target.isEmpty else { return .invalid(failure("'target' is required")) }
            return .question(target.hasPrefix("explain ") ? target : "explain " + target)
        case "list":
            guard let kind = arguments["kind"], !kind.isEmpty else { return .overview }
            guard KnowledgeTools.listKinds.contains(kind) else {
                return .invalid(failure("'kind' must be one of: " + KnowledgeTools.listKinds.joined(separator: ", ")))
            }
            return .question("list \(kind)?")
        default:
            return .invalid(failure("unknown tool '\(name)'"))
        }
    }

    /// The answer to a call stopped at its time limit, for `query` (the question, if it had one).
    public func timedOut(_ query: String) -> Outcome {
        let stopped = [Diagnostic(.interrupted, .error, "interrupted", at: nil)]
        let text = "stopped: the question ran longer than the limit of \(limits.timeout)\n"
            + DiagnosticRenderer(color: false).render(stopped, sources: session.sources)
        let json = JSONRenderer.value(query: query, answer: nil, diagnostics: stopped, knowledgeBase: session.knowledgeBase,
                                      sources: session.sources)
        return Outcome(summary: text, json: json.serialized(), isError: true, structured: json)
    }

    static let listKinds = ["parties", "assets", "agreements", "sources", "events", "prospects", "clauses", "rights",
                            "obligations", "permissions", "prohibitions"]

    private func failure(_ message: String) -> Outcome {
        Outcome(summary: message, json: nil, isError: true)
    }

    /// Answers `question` within the limits, stopping it at `deadline`: the table and the JSON
    /// of DESIGN §5, or its diagnostics.
    func answer(_ question: String, deadline: ContinuousClock.Instant) -> Outcome {
        guard question.utf8.count <= limits.maximumQuestionLength else {
            return failure("the question is longer than \(limits.maximumQuestionLength) bytes")
        }
        var bounded = session
        bounded.options.isCancelled = { ContinuousClock.now > deadline }
        let result = bounded.answer(to: question)
        func failed() -> Outcome {
            if result.diagnostics.contains(where: { $0.id == .interrupted }) { return timedOut(question) }
            let text = result.renderedDiagnostics()
            let json = JSONRenderer.value(query: question, answer: nil, diagnostics: result.diagnostics,
                                          knowledgeBase: result.knowledgeBase, sources: result.sources)
            return Outcome(summary: text.isEmpty ? "the question could not be answered" : text,
                           json: json.serialized(), isError: true, structured: json)
        }
        guard var answer = result.answer else { return failed() }
        var summary = ""
        let hidden = answer.rows.count - limits.maximumRows
        if hidden > 0 { answer.rows = Array(answer.rows.prefix(limits.maximumRows)) }
        if case .timeline = answer.shape {
            summary = PictureSettings(width: 100, unicode: true).text(answer, query: question, knowledgeBase: result.knowledgeBase,
                                                                     color: false)
        } else {
            summary = TableRenderer(color: false).render(answer, knowledgeBase: result.knowledgeBase)
        }
        if hidden > 0 { summary += "\(hidden) more results not shown (limit \(limits.maximumRows))\n" }
        let json = JSONRenderer.value(query: question, answer: answer, diagnostics: [],
                                      knowledgeBase: result.knowledgeBase, sources: result.sources)
        // Rendering read something of a compiled file that does not read: that, not the answer.
        guard result.succeeded else { return failed() }
        return Outcome(summary: summary, json: json.serialized(), isError: false, structured: json)
    }

    /// Every kind of thing the knowledge base holds, with counts and identifiers: at most
    /// `maximumRows` identifiers of each kind, and how many more there are.
    func overview() -> Outcome {
        let kb = session.knowledgeBase
        let limit = limits.maximumRows
        let groups: [(name: String, count: Int, ids: [String])] = [
            ("parties", kb.parties.count, kb.parties.prefix(limit).map(\.id)),
            ("assets", kb.assets.count, kb.assets.prefix(limit).map(\.id)),
            ("sources", kb.sources.count, kb.sources.prefix(limit).map(\.id)),
            ("agreements", kb.agreements.count, kb.agreements.prefix(limit).map(\.id)),
            ("clauses", kb.clauses.count, kb.clauses.prefix(limit).map { kb.id(of: $0) }),
            ("events", kb.events.count, kb.events.prefix(limit).map(\.id)),
            ("prospects", kb.prospects.count, kb.prospects.prefix(limit).map(\.id)),
        ]
        let summary = groups.map { group in
            let hidden = group.count - group.ids.count
            return "\(group.name) (\(group.count)): \(group.ids.joined(separator: ", "))"
                + (hidden > 0 ? " and \(hidden) more not shown (limit \(limit))" : "")
        }.joined(separator: "\n") + "\n"
        var members = groups.map { ($0.name, JSONValue.array($0.ids.map(JSONValue.string))) }
        let hidden = groups.filter { $0.count > $0.ids.count }
        if !hidden.isEmpty {
            members.append(("not_shown", .object(hidden.map { ($0.name, .number(Double($0.count - $0.ids.count))) })))
        }
        let json = JSONValue.object(members)
        return Outcome(summary: summary, json: json.serialized(), isError: false, structured: json)
    }
}
