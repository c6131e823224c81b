import ClauseQuery

/// The read-eval-print loop: reads statements and commands, answers them, and keeps the session.
public final class REPL {
    /// How a run of the loop ended.
    public enum Ending: Equatable, Sendable {
        /// `:quit` or Ctrl-D: exit with status 0.
        case finished
        /// SIGTERM or SIGHUP arrived: save what must be saved, then end by that signal.
        case terminated(Int32)
    }

    public static let prompt = "clq> "
    public static let continuationPrompt = "...> "
    /// The name diagnostics give to text typed at the prompt.
    static let inputName = "<input>"
    /// About how many bytes of an answer are written between looks for a Ctrl-C.
    static let outputChunkSize = 16 * 1024

    public internal(set) var session: Session
    public internal(set) var history: History
    public var format: RenderFormat
    public var timing = false
    /// Colour in tables (standard output) and in diagnostics (standard error).
    public var colorAnswers = false
    public var colorErrors = false
    /// Text printed when the loop starts.
    public var banner = ""
    /// The screen's width and height, asked before each answer so that a resized terminal is
    /// fitted; nil off a terminal, where tables keep one line per row.
    public var screenSize: () -> (columns: Int, rows: Int)? = { nil }
    /// Shows a long answer through the pager; true when it did. Nil when there is no pager.
    public var pager: ((String) -> Bool)?
    /// `:pager on|off`: whether answers taller than the screen go through the pager.
    public var paging = true
    /// `:columns`: the table columns to show, or nil for all of them.
    public var columns: [String]?
    /// The width, today and character set timelines are drawn for, asked each time one is printed.
    package var picture: () -> PictureSettings = { PictureSettings() }

    let editor: LineEditor
    let output: REPLOutput
    let flags: InterruptFlags
    let clock: () -> Duration
    /// What `:reload` builds the session from: the knowledge-base files loaded so far, in order (those given
    /// at start, then `:load`), on the built-in knowledge base when the session started from it.
    var configuration: SessionConfiguration
    /// True when the session started from the built-in knowledge base; `:reload` starts there again.
    var startsFromBuiltin: Bool { configuration.withBuiltin }
    /// Knowledge-base files loaded so far, in order: those given at start, then `:load`.
    public var knowledgeFiles: [String] { configuration.knowledgeFiles }
    /// The declarations typed at the prompt that loaded and were not taken back, in order, each marked
    /// once `:save` has written it.
    var typed: [(declaration: LoadedDeclaration, saved: Bool)] = []
    /// True once leaving was refused for unsaved declarations; the next `:quit` or Ctrl-D leaves.
    var warnedBeforeLeaving = false
    /// Lines of a statement that is not finished yet.
    var pending = "" {
        didSet { if pending.isEmpty { pendingBraces = PendingBraces() } }
    }
    /// The braces `pending` leaves open.
    private var pendingBraces = PendingBraces()
    /// How many times typed text was parsed to see whether its statement is finished.
    private(set) var completenessParses = 0

    /// A loop over `session`, which already holds `knowledgeFiles` loaded on top of the built-in
    /// knowledge base when `startsFromBuiltin`, or on an empty one.
    public init(session: Session, startsFromBuiltin: Bool, knowledgeFiles: [String], format: RenderFormat = .table,
                history: History = History(), editor: LineEditor, output: REPLOutput, flags: InterruptFlags,
                clock: @escaping () -> Duration = REPL.elapsedSinceStart) {
        self.session = session
        configuration = SessionConfiguration(knowledgeFiles: knowledgeFiles, withBuiltin: startsFromBuiltin,
                                             unknownEnds: session.options.unknownEnds)
        self.format = format
        self.history = history
        self.editor = editor
        self.output = output
        self.flags = flags
        self.clock = clock
        self.session.options.isCancelled = { [flags] in flags.isInterrupted || flags.terminationSignal != nil }
        editor.completion = { [unowned self] line, cursor in self.complete(line, cursor: cursor) }
    }

    /// Time on a monotonic clock since an arbitrary start.
    public static func elapsedSinceStart() -> Duration {
        ContinuousClock.now - processStart
    }

    private static let processStart = ContinuousClock.now

    /// Reads and answers until `:quit`, Ctrl-D or a termination signal.
    public func run() -> Ending {
        if !banner.isEmpty { output.write(banner) }
        while true {
            if let signal = flags.terminationSignal { return .terminated(signal) }
            flags.clearInterrupt()
            let input = editor.readLine(prompt: pending.isEmpty ? REPL.prompt : REPL.continuationPrompt)
            if let signal = flags.terminationSignal { return .terminated(signal) }
            switch input {
            case .endOfInput:
                if !pending.isEmpty {
                    cancelStatement()
                } else if mayLeave(force: false) {
                    return .finished
                }
            case .interrupted:
                pending = ""
            case .line(let line):
                if !handle(line) { return .finished }
            }
        }
    }

    /// Takes one line; false when the session should end.
    func handle(_ line: String) -> Bool {
        let trimmed = line.trimmingWhitespace()
        if pending.isEmpty {
            if trimmed.isEmpty { return true }
            if trimmed.hasPrefix(":") {
                remember(trimmed)
                return runCommand(trimmed)
            }
            if let command = REPL.bareCommand(trimmed) {
                remember(trimmed)
                return runCommand(command)
            }
        }
        pending += pending.isEmpty ? line : "\n" + line
        pendingBraces.add(line)
        guard pendingBraces.mayBeFinished else { return true }
        completenessParses += 1
        let parsed = Parser.parse(SourceText(name: REPL.inputName, text: pending), file: FileID(0))
        if parsed.isIncomplete { return true }
        let statement = pending
        pending = ""
        remember(statement)
        evaluate(statement, parsed: parsed)
        return true
    }

    /// The command a word typed alone at the start of a statement stands for, as in psql: `help` is
    /// `:help`, `exit` and `quit` are `:quit`; a `;` and spaces may follow.
    static func bareCommand(_ trimmed: String) -> String? {
        var word = Substring(trimmed)
        if word.hasSuffix(";") { word = word.dropLast() }
        switch String(word).trimmingWhitespace() {
        case "help": return ":help"
        case "exit", "quit": return ":quit"
        default: return nil
        }
    }

    /// Adds an entry to the history and to the editor's recall list.
    func remember(_ entry: String) {
        if history.add(entry) { editor.addToHistory(entry) }
    }

    /// Runs typed statements: declarations extend the knowledge base, questions are answered.
    /// A Ctrl-C from the moment the line was entered stops the questions.
    func evaluate(_ text: String, parsed: ParsedScript) {
        let before = KnowledgeCounts(session.knowledgeBase)
        let loadedBefore = session.declarations.count
        let started = clock()
        let outcome = session.run(text, name: REPL.inputName)
        var printer = self.printer
        let problems = printer.problems(outcome, in: session)
        let answers = printer.answers(outcome, in: session)
        let elapsed = clock() - started
        output.writeError(problems)
        let added = session.declarations.dropFirst(loadedBefore)
        typed += added.map { ($0, false) }
        if !added.isEmpty { warnedBeforeLeaving = false }
        if !outcome.loadFailed && !parsed.diagnostics.contains(where: \.isError) {
            let counts = KnowledgeCounts(session.knowledgeBase).added(since: before)
            if !counts.isEmpty { output.write("added \(counts)\n") }
        }
        show(answers)
        if timing { output.write("time: \(REPL.milliseconds(elapsed))\n") }
    }

    /// "12.345 ms": milliseconds to the microsecond.
    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let microseconds = max(0, seconds * 1_000_000 + attoseconds / 1_000_000_000_000)
        let fraction = String(microseconds % 1000)
        return "\(microseconds / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction) ms"
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
