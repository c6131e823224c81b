/// What running one script produced: the problems found, and each question's answer in order.
public struct ScriptOutcome: Sendable {
    /// Problems found reading and loading the script (syntax, unknown names, expectations without a question).
    public var diagnostics: [Diagnostic] = []
    /// One outcome per question reached, in script order; a script stopped by a failure has
    /// none for the questions after it.
    public var steps: [QuestionOutcome] = []
    /// True when the script's declarations did not load: the knowledge base is unchanged.
    public var loadFailed = false
    /// True when the text stops in the middle of a statement (the REPL then asks for more).
    public var isIncomplete = false
    /// Where each statement read stands, parsed or not, in text order: the diagnostics are grouped by them.
    package var statements: [SourceLocation] = []
    /// How many questions the script asks, once its declarations have loaded.
    package var questionCount = 0
    /// True when a question handed to a `ScriptSink` failed or missed its expectation.
    package var streamedFailure = false

    /// True when reading or loading found an error, or some question failed or missed its expectation.
    public var hasErrors: Bool {
        diagnostics.contains(where: \.isError) || streamedFailure || steps.contains { !$0.succeeded }
    }
}

/// One question of a script with its answer or failure, and the check of its expectation.
public struct QuestionOutcome: Sendable {
    /// The source the question was read from, which `range` and the diagnostics point into.
    package var file: FileID
    /// The question as written in the script, its `?` included when written.
    public var text: String
    /// The bytes of the question in its source, from its first word through its `?`.
    package var range: ByteRange
    /// The answer, or nil when the question failed.
    package var answer: Answer?
    /// Why the question failed; empty when it was answered.
    public var diagnostics: [Diagnostic]
    /// The failed expectation, if the answer differs from what the script expects.
    public var expectationFailure: Diagnostic?
    /// True when the question failed with every diagnostic id that the `expect error` after it names.
    public var wasExpected = false

    /// True when the question was answered (or, when only checked, passed its check), or failed as
    /// expected, and any expectation matched.
    public var succeeded: Bool {
        expectationFailure == nil && (diagnostics.isEmpty || wasExpected)
    }
}

/// A knowledge base together with the sources it came from and evaluation settings.
///
/// The core's entry point for front ends and embedding programs: it takes text and returns values.
public struct Session: Sendable {
    /// Everything loaded so far: the built-in knowledge base for `builtin()`, plus each load
    /// and script that loaded cleanly.
    package private(set) var knowledgeBase: KnowledgeBase
    /// Every text the session has parsed (loads, scripts, questions); diagnostics point into them by `FileID`.
    package private(set) var sources = SourceSet()
    /// How unknown ends are read and when evaluation is cancelled, for every later question.
    public var options: EvaluationOptions
    /// Continue with later questions after one fails.
    public var keepGoing = false
    /// Every declaration statement loaded so far, in the order loaded; the knowledge base is built from them.
    package private(set) var declarations = Table<LoadedDeclaration>()
    /// How many loads have added declarations; the next one is numbered this.
    private(set) var loadCount = 0
    /// The knowledge base as it stood after some loads, so that taking a declaration back rebuilds from
    /// the latest one before it instead of from nothing; one is kept each time the knowledge base has at
    /// least doubled since the last, so they take at most as much room again as the knowledge base.
    package private(set) var checkpoints: [KnowledgeCheckpoint] = []

    /// A session with an empty knowledge base.
    public init(options: EvaluationOptions = EvaluationOptions()) {
        knowledgeBase = KnowledgeBase()
        self.options = options
    }

    /// A session on the built-in knowledge base.
    public static func builtin(options: EvaluationOptions = EvaluationOptions()) -> Session {
        var session = Session(options: options)
        _ = session.load([(BuiltinKnowledgeBase.name, BuiltinKnowledgeBase.text)])
        return session
    }

    /// Adds the declarations in `files` to the knowledge base, all or nothing.
    /// Questions in these files are reported as errors: a knowledge-base file only declares.
    @discardableResult
    public mutating func load(_ files: [(name: String, text: String)]) -> ScriptOutcome {
        load(files.map { ($0.name, Array($0.text.utf8)) })
    }

    /// Adds the declarations in `files`, given as UTF-8 bytes, to the knowledge base, all or nothing.
    ///
    /// A file may be a compiled knowledge base (`compiled(warnings:)`): the first file, loaded into a session
    /// that knows nothing yet, is read as it is, without checking it again; any other is loaded from the
    /// texts it was compiled from, like the text files.
    @discardableResult
    public mutating func load(_ files: [(name: String, bytes: [UInt8])]) -> ScriptOutcome {
        var outcome = ScriptOutcome()
        let before = self
        var files = files
        if let first = files.first, CompiledKnowledge.isCompiled(first.bytes), knowledgeBase.isEmpty,
           declarations.isEmpty {
            files.removeFirst()
            guard open(compiled: first.bytes, name: first.name, into: &outcome) else { return outcome }
            guard !files.isEmpty else { return outcome }
        }
        return loadRest(files, before: before, after: outcome)
    }

    /// Loads `files` after what `outcome` reports, compiled ones from the texts they were compiled from;
    /// when they fail, the knowledge goes back to what `before` held.
    mutating func loadRest(_ files: [(name: String, bytes: [UInt8])], before: Session, after outcome: ScriptOutcome)
        -> ScriptOutcome {
        var outcome = outcome
        guard let texts = texts(of: files, into: &outcome) else { return outcome }
        let loaded = loadTexts(texts, after: outcome)
        if loaded.loadFailed { restoreKnowledge(of: before) }
        return loaded
    }

    /// Makes a compiled knowledge base the knowledge of this session, which knows nothing yet.
    mutating func adopt(_ compiled: CompiledSession) {
        for source in compiled.sources { _ = sources.add(source) }
        knowledgeBase = compiled.knowledgeBase
        // Read as of load 0: shared, not copied, unless earlier loads failed.
        declarations = compiled.declarations
        if loadCount != 0 { for index in declarations.indices { declarations[index].load = loadCount } }
        loadCount += 1
        checkpoints.append(KnowledgeCheckpoint(loads: loadCount, knowledgeBase: knowledgeBase))
    }

    /// Takes the knowledge back to what `before` held, keeping the sources read since for their diagnostics.
    private mutating func restoreKnowledge(of before: Session) {
        knowledgeBase = before.knowledgeBase
        declarations = before.declarations
        loadCount = before.loadCount
        checkpoints = before.checkpoints
    }

    /// Adds the declarations in text `files` to the knowledge base, all or nothing, after what `outcome`
    /// already reports. Each file is parsed a part at a time, and each part loaded while the next is
    /// parsed (`stream`): the whole syntax tree of a large knowledge base is never held.
    private mutating func loadTexts(_ files: [(name: String, bytes: [UInt8])], after start: ScriptOutcome) -> ScriptOutcome {
        var outcome = start
        var loader = Loader(streamingInto: knowledgeBase, expectingBytes: files.reduce(0) { $0 + $1.bytes.count })
        var declared: [LoadedDeclaration] = []
        var failedIdentifiers: Set<String> = []
        for (name, bytes) in files {
            let text = stream(SourceText(name: name, bytes: bytes), into: &loader)
            let script = text.script
            outcome.diagnostics += script.diagnostics
            outcome.isIncomplete = outcome.isIncomplete || script.isIncomplete
            failedIdentifiers.formUnion(script.failedIdentifiers)
            outcome.statements += text.locations
            declared += text.declared
            // Questions are errors here, reported as far as the file's hundred diagnostics allow.
            var room = Parser.maximumDiagnostics - script.diagnostics.count
            for statement in script.statements where room > 0 {
                if case .declaration = statement { continue }
                room -= 1
                outcome.diagnostics.append(Diagnostic(
                    .questionInKnowledgeBase, .error, "a knowledge-base file only declares; run questions with 'clq run' or -e",
                    at: SourceLocation(file: script.file, range: statement.range)))
            }
        }
        outcome.loadFailed = !end(loader, adding: declared, failedIdentifiers: failedIdentifiers, into: &outcome)
        return outcome
    }

    /// Checks declarations and, when nothing at all is wrong, adds them; returns whether they were added.
    /// Declarations are checked even after syntax errors, so one run reports every problem.
    /// The caller's only copy of `batches`, given, lets the loader drop each declaration's syntax as it goes.
    mutating func check(_ batches: consuming [(FileID, [Declaration])], failedIdentifiers: Set<String>,
                                into outcome: inout ScriptOutcome) -> Bool {
        let syntaxFailed = outcome.diagnostics.contains(where: \.isError)
        guard batches.contains(where: { !$0.1.isEmpty }) else { return !syntaxFailed }
        let added = batches.flatMap { file, batch in batch.map { LoadedDeclaration($0, file: file, load: loadCount) } }
        let (loaded, diagnostics) = Loader.load(consume batches, into: knowledgeBase, ignoring: failedIdentifiers,
                                                isCancelled: options.isCancelled)
        outcome.diagnostics += diagnostics
        guard let loaded, !syntaxFailed else { return false }
        commit(loaded, adding: added)
        return true
    }

    /// Makes `loaded` the session's knowledge, with `added` the declarations of this load.
    mutating func commit(_ loaded: KnowledgeBase, adding added: [LoadedDeclaration]) {
        knowledgeBase = loaded
        declarations += added
        loadCount += 1
        if knowledgeBase.entityCount > 2 * (checkpoints.last?.knowledgeBase.entityCount ?? 0) {
            checkpoints.append(KnowledgeCheckpoint(loads: loadCount, knowledgeBase: knowledgeBase))
        }
    }

    /// Makes `knowledgeBase`, built from `declarations` alone, the session's knowledge, keeping only the
    /// checkpoints of the first `validLoads` loads; used to take declarations back.
    mutating func replaceKnowledge(_ knowledgeBase: KnowledgeBase, builtFrom declarations: [LoadedDeclaration],
                                   checkpointsThrough validLoads: Int) {
        self.knowledgeBase = knowledgeBase
        self.declarations = Table(declarations)
        checkpoints.removeAll { $0.loads > validLoads }
    }

    static func declarations(of script: ParsedScript) -> [Declaration] {
        script.statements.compactMap { statement in
            if case .declaration(let declaration) = statement { return declaration }
            return nil
        }
    }

    /// Adds `text` to the session's sources without parsing it; returns its identifier.
    mutating func add(_ text: SourceText) -> FileID { sources.add(text) }

    /// Parses `text` as a new source of this session.
    package mutating func parse(_ text: String, name: String) -> ParsedScript {
        parse(Array(text.utf8), name: name)
    }

    /// Parses UTF-8 bytes as a new source of this session; invalid bytes are reported, not replaced.
    package mutating func parse(_ bytes: [UInt8], name: String) -> ParsedScript {
        let file = sources.add(SourceText(name: name, bytes: bytes))
        return Parser.parse(sources[file], file: file, isCancelled: options.isCancelled)
    }

    /// Runs a script: loads its declarations together, then answers its questions in order,
    /// checking each `expect`. Stops at the first failure unless `keepGoing` is set.
    public mutating func run(_ text: String, name: String) -> ScriptOutcome {
        run(Array(text.utf8), name: name)
    }

    /// Runs a script given as UTF-8 bytes; a compiled knowledge base is loaded as `load(_:)` loads it.
    public mutating func run(_ bytes: [UInt8], name: String) -> ScriptOutcome {
        run(bytes, name: name, answering: true)
    }
}
