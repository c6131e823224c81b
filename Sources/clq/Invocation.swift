import ClauseQuery
import ClauseREPL
import ClauseSystem

/// The steps every command shares: choosing the knowledge base, then running or checking scripts.
enum Invocation {
    /// Options as evaluation settings.
    static func options(_ common: CommonOptions) -> EvaluationOptions {
        EvaluationOptions(unknownEnds: common.unknownEndsContinue ? .continue : .unknown)
    }

    /// True when any script declares knowledge of its own.
    static func declaresKnowledge(_ scripts: [(name: String, bytes: [UInt8])]) -> Bool {
        scripts.contains { Session.declaresKnowledge($0.bytes) }
    }

    /// A session on the knowledge base the options and scripts call for, or the exit status if it fails to load.
    static func session(_ common: CommonOptions, scripts: [(name: String, bytes: [UInt8])]) -> Result<ScriptRunner, ExitStatus> {
        let useBuiltin = common.withBuiltin || (common.knowledgeBases.isEmpty && !declaresKnowledge(scripts))
        var session = useBuiltin ? Session.builtin(options: options(common)) : Session(options: options(common))
        session.keepGoing = common.keepGoing
        var runner = ScriptRunner(session: session, format: common.format)
        if !common.knowledgeBases.isEmpty {
            switch InputFiles.readAll(common.knowledgeBases) {
            case .success(let files):
                let status = runner.load(files)
                if status != .success { return .failure(status) }
            case .failure(let status):
                return .failure(status)
            }
        }
        return .success(runner)
    }

    static func run(_ scripts: [(name: String, bytes: [UInt8])], common: CommonOptions) -> ExitStatus {
        var runner: ScriptRunner
        switch session(common, scripts: scripts) {
        case .success(let made): runner = made
        case .failure(let status): return status
        }
        var status = ExitStatus.success
        for script in scripts {
            status = status.combined(with: runner.run(script.bytes, name: script.name))
            if status != .success && !common.keepGoing { break }
        }
        return status
    }

    /// Checks each script on its own, as the language server checks each document.
    static func check(_ scripts: [(name: String, bytes: [UInt8])], common: CommonOptions) -> ExitStatus {
        let base: ScriptRunner
        switch session(common, scripts: []) {
        case .success(let made): base = made
        case .failure(let status): return status
        }
        for path in common.knowledgeBases { Terminal.write("\(path): ok\n") }
        var status = ExitStatus.success
        for script in scripts {
            var runner = base
            if common.knowledgeBases.isEmpty && !common.withBuiltin && Session.declaresKnowledge(script.bytes) {
                runner = ScriptRunner(session: Session(options: options(common)), format: common.format)
            }
            status = status.combined(with: runner.check([script]))
        }
        return status
    }

    static func interactive(common: CommonOptions) -> ExitStatus {
        let runner: ScriptRunner
        switch session(common, scripts: []) {
        case .success(let made): runner = made
        case .failure(let status): return status
        }
        let status = Interactive.run(
            session: runner.session, startsFromBuiltin: common.withBuiltin || common.knowledgeBases.isEmpty,
            knowledgeFiles: common.knowledgeBases, format: AnswerFormat(rawValue: common.format.rawValue) ?? .table,
            version: clqVersion)
        return ExitStatus(rawValue: status) ?? .success
    }
}
