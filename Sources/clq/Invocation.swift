import ClauseQuery
import ClauseREPL
import ClauseSystem

/// The steps every command shares: choosing the knowledge base, then running or checking scripts.
enum Invocation {
    /// The runner of the last run, kept until the process exits: freeing a large knowledge base entity by
    /// entity takes longer than answering from it, and the process ends right after.
    nonisolated(unsafe) static var keptUntilExit: ScriptRunner?

    /// A runner on the knowledge the options and scripts call for, or the exit status if it fails to load
    /// (its problems printed as the answers would be). Without the built-in knowledge base, an unknown name
    /// it has gets a note ending in `advice`.
    static func open(_ common: CommonSettings, scripts: [(name: String, bytes: [UInt8])],
                     advice: String) -> Result<ScriptRunner, ExitStatus> {
        let configuration = common.configuration
        let includesBuiltin = configuration.includesBuiltin(for: scripts.map(\.bytes))
        return configuration.openSession(includingBuiltin: includesBuiltin).flatMap { opened in
            var runner = ScriptRunner(session: opened.session, format: common.format, layout: common.layout,
                                      today: common.today)
            runner.session.keepGoing = common.keepGoing
            if !includesBuiltin { runner.builtinAdvice = advice }
            runner.show(opened.outcome)
            return opened.outcome.loadFailed ? .failure(.badData) : .success(runner)
        }
    }

    /// Runs scripts in order; with `paged` (answers to `-e` on a terminal), long answers go through the pager.
    static func run(_ scripts: [(name: String, bytes: [UInt8])], common: CommonSettings, paged: Bool = false) -> ExitStatus {
        var runner: ScriptRunner
        switch open(common, scripts: scripts, advice: "run with --with-builtin") {
        case .success(let made): runner = made
        case .failure(let status): return status
        }
        if paged, let size = Terminal.size(descriptor: 1), let command = Pager.command() {
            runner.paging = (command, size.rows)
        }
        var status = ExitStatus.success
        for script in scripts {
            status = status.combined(with: runner.run(script.bytes, name: script.name))
            if status != .success && !common.keepGoing || StandardOutput.failed { break }
        }
        keptUntilExit = runner
        return status
    }

    /// Checks each script on its own, as the language server checks each document.
    static func check(_ scripts: [(name: String, bytes: [UInt8])], common: CommonSettings) -> ExitStatus {
        let advice = "check with --with-builtin"
        let base: ScriptRunner
        switch open(common, scripts: [], advice: advice) {
        case .success(let made): base = made
        case .failure(let status): return status
        }
        let configuration = common.configuration
        // A compiled knowledge base read in place is checked a block at a time as it is read: here, whole.
        if let unreadable = base.session.checkCompiledWhole() {
            Terminal.writeError(base.diagnosticRenderer.render([unreadable], sources: base.session.sources))
            return .badData
        }
        for path in configuration.knowledgeFiles { Terminal.write("\(path): ok\n") }
        var status = ExitStatus.success
        for script in scripts {
            var runner = base
            if !configuration.includesBuiltin(for: [script.bytes]) {
                runner.builtinAdvice = advice
                if configuration.knowledgeFiles.isEmpty { runner.session = configuration.baseSession(includingBuiltin: false) }
            }
            status = status.combined(with: runner.check([script]))
        }
        keptUntilExit = base
        return status
    }

    static func interactive(common: CommonSettings) -> ExitStatus {
        let runner: ScriptRunner
        switch open(common, scripts: [], advice: "start clq with --with-builtin") {
        case .success(let made): runner = made
        case .failure(let status): return status
        }
        let status = Interactive.run(session: runner.session, configuration: common.configuration,
                                     format: common.format, today: common.today, version: clqVersion)
        return ExitStatus(rawValue: status) ?? .success
    }
}
