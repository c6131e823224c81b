/// What a front end's session is built on: knowledge-base files (instead of the built-in knowledge base, or
/// as well with `withBuiltin`) and how unknown ends are read.
///
/// The command line, the REPL, the language server and the MCP server all build their sessions here. The
/// core reads no files: callers pass the files' texts.
package struct SessionConfiguration: Sendable, Equatable {
    /// The knowledge-base files, as named by the user.
    package var knowledgeFiles: [String]
    /// With `knowledgeFiles`: keep the built-in knowledge base as well.
    package var withBuiltin: Bool
    /// Whether ends the source does not give are read as unknown or as continuing.
    package var unknownEnds: UnknownEndAssumption

    package init(knowledgeFiles: [String] = [], withBuiltin: Bool = false, unknownEnds: UnknownEndAssumption = .unknown) {
        self.knowledgeFiles = knowledgeFiles
        self.withBuiltin = withBuiltin
        self.unknownEnds = unknownEnds
    }

    /// The evaluation settings of sessions built from this configuration.
    package var options: EvaluationOptions { EvaluationOptions(unknownEnds: unknownEnds) }

    /// True when sessions start from the built-in knowledge base: with `withBuiltin`, or with no knowledge
    /// files when no script declares knowledge of its own.
    package func includesBuiltin(for scripts: [[UInt8]] = []) -> Bool {
        withBuiltin || (knowledgeFiles.isEmpty && !scripts.contains(where: Session.declaresKnowledge))
    }

    /// True when sessions start from the built-in knowledge base for a script that does or does not
    /// declare knowledge of its own.
    package func includesBuiltin(declaringKnowledge: Bool) -> Bool {
        withBuiltin || (knowledgeFiles.isEmpty && !declaringKnowledge)
    }

    /// The session `scripts` start from before any file is loaded: the built-in knowledge base (`builtin`
    /// when given, a session already on it) or an empty one.
    package func baseSession(for scripts: [[UInt8]] = [], builtin: Session? = nil) -> Session {
        baseSession(includingBuiltin: includesBuiltin(for: scripts), builtin: builtin)
    }

    /// The session scripts start from: the built-in knowledge base (`builtin` when given) when
    /// `includingBuiltin`, else an empty one.
    package func baseSession(includingBuiltin: Bool, builtin: Session? = nil) -> Session {
        guard includingBuiltin else { return Session(options: options) }
        return builtin ?? Session.builtin(options: options)
    }

    /// The base session with `files` (the texts of the knowledge files, already read) loaded all or nothing,
    /// and the outcome of loading them. When `outcome.loadFailed`, the session holds none of their knowledge
    /// but has their sources, which the diagnostics point into.
    package func session(loading files: [(name: String, bytes: [UInt8])], for scripts: [[UInt8]] = [],
                         builtin: Session? = nil) -> (session: Session, outcome: ScriptOutcome) {
        session(loading: files, includingBuiltin: includesBuiltin(for: scripts), builtin: builtin)
    }

    /// The session with `files` loaded as `session(loading:for:builtin:)` loads them, on the built-in
    /// knowledge base or not as `includingBuiltin` says.
    package func session(loading files: [(name: String, bytes: [UInt8])], includingBuiltin: Bool,
                         builtin: Session? = nil) -> (session: Session, outcome: ScriptOutcome) {
        var session = baseSession(includingBuiltin: includingBuiltin, builtin: builtin)
        guard !files.isEmpty else { return (session, ScriptOutcome()) }
        let outcome = session.load(files)
        return (session, Self.failingOnErrors(outcome))
    }

    /// A session that starts from nothing, with the compiled knowledge base `file` (named `name`) and then
    /// `files` loaded all or nothing, as `session(loading:includingBuiltin:)` loads their bytes; the session
    /// keeps `file` to read its tables where they lie.
    package func session(loadingCompiled file: CompiledBytes, name: String,
                         then files: [(name: String, bytes: [UInt8])]) -> (session: Session, outcome: ScriptOutcome) {
        var session = baseSession(includingBuiltin: false)
        let outcome = session.load(compiled: file, name: name, then: files)
        return (session, Self.failingOnErrors(outcome))
    }

    /// `outcome`, failed when it reports an error.
    private static func failingOnErrors(_ outcome: ScriptOutcome) -> ScriptOutcome {
        var outcome = outcome
        outcome.loadFailed = outcome.loadFailed || outcome.diagnostics.contains(where: \.isError)
        return outcome
    }
}

extension ParsedScript {
    /// Where each statement stands, the parsed ones and those that failed, in text order.
    package var statementLocations: [SourceLocation] {
        (statements.map(\.range) + failedRanges).sorted { $0.start < $1.start }
            .map { SourceLocation(file: file, range: $0) }
    }
}
