import ClauseQuery

/// The commands typed after `:` at the prompt.
enum MetaCommand: String, CaseIterable {
    case help, load, reload, kb, format, columns, pager, timing, assume, save, undo, forget, quit

    /// How the command is written, for help and error messages.
    var usage: String {
        switch self {
        case .help: return ":help [topic]"
        case .load: return ":load FILE…"
        case .reload: return ":reload"
        case .kb: return ":kb"
        case .format: return ":format table|expanded|json|csv|svg|html"
        case .columns: return ":columns NAME,…|all"
        case .pager: return ":pager on|off"
        case .timing: return ":timing on|off"
        case .assume: return ":assume unknown-ends continue|unknown"
        case .save: return ":save FILE"
        case .undo: return ":undo"
        case .forget: return ":forget NAME"
        case .quit: return ":quit[!]"
        }
    }

    var summary: String {
        switch self {
        case .help: return "this help, or help on a topic"
        case .load: return "add knowledge-base files (all or nothing)"
        case .reload: return "read the loaded files again (all or nothing)"
        case .kb: return "what is loaded: counts, agreements, sources"
        case .format: return "how answers are printed"
        case .columns: return "which table columns to show"
        case .pager: return "whether answers taller than the screen go through a pager"
        case .timing: return "show how long each question takes"
        case .assume: return "whether ends the source omits continue"
        case .save: return "write the declarations typed in this session to FILE"
        case .undo: return "take back the last declaration typed in this session"
        case .forget: return "take back the typed declaration of NAME, unless something refers to it"
        case .quit: return "leave (Ctrl-D does too); asks once about unsaved declarations, not with !"
        }
    }

    /// The words each argument position accepts, for completion; nil where a file path or, after
    /// `:forget`, a name goes.
    func argumentWords(at position: Int) -> [String]? {
        switch (self, position) {
        case (.help, 0): return HelpText.topics.map(\.name)
        case (.format, 0): return RenderFormat.allCases.map(\.rawValue)
        case (.columns, 0): return TableColumns.all + ["all"]
        case (.pager, 0): return ["on", "off"]
        case (.timing, 0): return ["on", "off"]
        case (.assume, 0): return ["unknown-ends"]
        case (.assume, 1): return ["continue", "unknown"]
        case (.load, _), (.save, 0): return nil
        case (.forget, 0): return nil
        default: return []
        }
    }

    /// The command a name or an unambiguous prefix of one stands for (`:q` is `:quit`).
    static func named(_ name: String) -> MetaCommand? {
        if let exact = MetaCommand(rawValue: name) { return exact }
        let matches = allCases.filter { $0.rawValue.hasPrefix(name) }
        return !name.isEmpty && matches.count == 1 ? matches[0] : nil
    }

    /// Splits a command line into words; double quotes keep spaces inside a word.
    static func words(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quoted = false
        for character in line {
            if character == "\"" {
                quoted.toggle()
                inWord = true
            } else if character.isWhitespace && !quoted {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }
}
