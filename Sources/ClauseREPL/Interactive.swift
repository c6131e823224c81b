import CLibEdit
import ClauseQuery
import ClauseSystem
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Starts the interactive session on the process's terminal and ends it the way it must end.
public enum Interactive {
    /// Runs the loop over `session`, built from `configuration`, on standard input and output, then saves
    /// the history. Returns the exit status (0); after SIGTERM or SIGHUP it ends the process by that signal.
    package static func run(session: Session, configuration: SessionConfiguration,
                            format: RenderFormat, today: CalendarDate? = nil, version: String) -> Int32 {
        let startsFromBuiltin = configuration.includesBuiltin()
        let knowledgeFiles = configuration.knowledgeFiles
        useUTF8Locale()
        SignalFlags.shared.install()
        let output = StandardStreams()
        let historyFile = HistoryFile.location(environment: HistoryFile.processEnvironment)
        let (history, warning) = historyFile?.load() ?? (History(), nil)
        if let warning { output.writeError("clq: \(warning)\n") }
        var banner = "clq \(version) — type a question, :help for help, Ctrl-D to leave.\n"
        if startsFromBuiltin { banner += "Try: which rights hold for Microsoft in 2031?\n" }
        let (ending, finalHistory) = loop(session: session, startsFromBuiltin: startsFromBuiltin,
                                          knowledgeFiles: knowledgeFiles, format: format, history: history,
                                          banner: banner, output: output, today: today)
        if let historyFile, let warning = historyFile.save(finalHistory) { output.writeError("clq: \(warning)\n") }
        if case .terminated(let signal) = ending { SignalFlags.shared.resend(signal) }
        return 0
    }

    /// Runs the loop; the line editor is released on return, which gives the terminal back.
    private static func loop(session: Session, startsFromBuiltin: Bool, knowledgeFiles: [String],
                             format: RenderFormat, history: History, banner: String,
                             output: StandardStreams, today: CalendarDate?) -> (REPL.Ending, History) {
        let editor: LineEditor
        if isatty(0) == 1 && isatty(1) == 1, let libedit = LibEditLineEditor(entries: history.entries) {
            editor = libedit
        } else {
            editor = PlainLineReader(input: 0, promptOutput: isatty(0) == 1 && isatty(2) == 1 ? 2 : nil)
        }
        let repl = REPL(session: session, startsFromBuiltin: startsFromBuiltin, knowledgeFiles: knowledgeFiles,
                        format: format, history: history, editor: editor, output: output, flags: SignalFlags.shared)
        repl.colorAnswers = StandardStreams.colorAllowed(descriptor: 1)
        repl.colorErrors = StandardStreams.colorAllowed(descriptor: 2)
        repl.picture = { Terminal.pictureSettings(today: today) }
        if isatty(1) == 1 {
            repl.banner = banner
            repl.screenSize = { Terminal.size(descriptor: 1) }
            if let command = Pager.command() { repl.pager = { text in Pager.show(text, command: command) } }
        }
        let ending = repl.run()
        return (ending, repl.history)
    }

    /// Non-ASCII input is dropped unless the C library decodes UTF-8; use the user's locale
    /// for that when it does, and C.UTF-8 otherwise.
    static func useUTF8Locale() {
        setlocale(LC_CTYPE, "")
        if clq_locale_is_utf8() == 0 { setlocale(LC_CTYPE, "C.UTF-8") }
    }
}
