import ClauseQuery

extension REPL {
    /// Runs a line that starts with ":"; false when the session should end.
    func runCommand(_ line: String) -> Bool {
        let words = MetaCommand.words(String(line.dropFirst()))
        guard var name = words.first else {
            fail("a command name must follow ':'; type :help for the list")
            return true
        }
        let force = name.count > 1 && name.hasSuffix("!")
        if force { name.removeLast() }
        guard let command = MetaCommand.named(name) else {
            let prefixed = MetaCommand.allCases.filter { $0.rawValue.hasPrefix(name) }.map { ":" + $0.rawValue }
            if prefixed.count > 1 {
                fail("':\(name)' could be \(prefixed.joinedAsList().replacing(" and ", with: " or ")); type more of it")
                return true
            }
            let close = MetaCommand.allCases.filter { $0.rawValue.hasPrefix(String(name.prefix(1))) }
            let hint = close.count == 1 ? "did you mean :\(close[0].rawValue)? " : ""
            fail("unknown command ':\(name)'; \(hint)type :help for the list")
            return true
        }
        let arguments = Array(words.dropFirst())
        if force && command != .quit {
            fail("only :quit takes '!'")
            return true
        }
        switch command {
        case .help: help(arguments)
        case .load: load(arguments)
        case .reload: reload(arguments)
        case .kb: describeKnowledge()
        case .format: setFormat(arguments)
        case .columns: setColumns(arguments)
        case .pager: setPaging(arguments)
        case .timing: setTiming(arguments)
        case .assume: setAssumption(arguments)
        case .save: save(arguments)
        case .undo: undo(arguments)
        case .forget: forget(arguments)
        case .quit:
            guard arguments.isEmpty else {
                fail("usage: \(MetaCommand.quit.usage)")
                return true
            }
            return !mayLeave(force: force)
        }
        return true
    }

    func help(_ arguments: [String]) {
        guard arguments.count <= 1 else { return fail("usage: \(MetaCommand.help.usage)") }
        guard let text = HelpText.text(topic: arguments.first) else {
            let names = HelpText.topics.map(\.name).joined(separator: ", ")
            return fail("no help topic '\(arguments[0])'; topics: \(names)")
        }
        output.write(text)
    }

    func setFormat(_ arguments: [String]) {
        guard let word = arguments.first else { return output.write("format: \(format.rawValue)\n") }
        guard arguments.count == 1, let chosen = RenderFormat(rawValue: word) else {
            return fail("usage: \(MetaCommand.format.usage)")
        }
        format = chosen
        output.write("format: \(format.rawValue)\n")
    }

    func setColumns(_ arguments: [String]) {
        guard let word = arguments.first else {
            return output.write("columns: \(columns?.joined(separator: ",") ?? "all")\n")
        }
        if arguments == ["all"] {
            columns = nil
            return output.write("columns: all\n")
        }
        switch TableColumns.parse(arguments.joined(separator: ",")) {
        case .success(let names):
            columns = names
            output.write("columns: \(names.joined(separator: ","))\n")
        case .failure(let problem):
            fail(word.isEmpty ? "usage: \(MetaCommand.columns.usage)" : problem.description)
        }
    }

    func setPaging(_ arguments: [String]) {
        guard let word = arguments.first else { return output.write("pager: \(paging ? "on" : "off")\n") }
        guard arguments.count == 1, word == "on" || word == "off" else {
            return fail("usage: \(MetaCommand.pager.usage)")
        }
        paging = word == "on"
        output.write("pager: \(word)" + (paging && pager == nil ? " (no pager found: set CLQ_PAGER or PAGER)" : "") + "\n")
    }

    func setTiming(_ arguments: [String]) {
        guard let word = arguments.first else { return output.write("timing: \(timing ? "on" : "off")\n") }
        guard arguments.count == 1, word == "on" || word == "off" else {
            return fail("usage: \(MetaCommand.timing.usage)")
        }
        timing = word == "on"
        output.write("timing: \(word)\n")
    }

    func setAssumption(_ arguments: [String]) {
        if arguments.isEmpty { return output.write(assumptionText + "\n") }
        guard arguments.count == 2, arguments[0] == "unknown-ends",
              let assumption = UnknownEndAssumption(rawValue: arguments[1]) else {
            return fail("usage: \(MetaCommand.assume.usage)")
        }
        session.options.unknownEnds = assumption
        configuration.unknownEnds = assumption
        output.write(assumptionText + "\n")
    }

    var assumptionText: String {
        switch session.options.unknownEnds {
        case .unknown: return "unknown-ends unknown: an answer that depends on an end the source does not give may hold"
        case .continue: return "unknown-ends continue: ends the source does not give are treated as continuing"
        }
    }
}
