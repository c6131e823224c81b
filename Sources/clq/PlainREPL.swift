import ClauseQuery

/// A line-by-line interactive session without line editing.
struct PlainREPL {
    var runner: ScriptRunner

    mutating func run() -> ExitStatus {
        Terminal.write("clq \(Clq.configuration.version) — ask about agreements. Try: which rights hold for Microsoft in 2031?\n")
        var pending = ""
        var inputNumber = 0
        while true {
            Terminal.write(pending.isEmpty ? "clq> " : "...> ")
            Terminal.flush()
            guard let line = readLine(strippingNewline: false) else {
                Terminal.write("\n")
                return .success
            }
            if pending.isEmpty {
                let command = line.trimmingCharacters(in: [" ", "\t", "\n"])
                if command == ":quit" || command == ":q" { return .success }
                if command.isEmpty { continue }
            }
            pending += line
            var scratch = Session()
            if scratch.parse(pending, name: "<input>").isIncomplete { continue }
            inputNumber += 1
            _ = runner.run(Array(pending.utf8), name: "<input>")
            pending = ""
        }
    }
}

extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var result = Substring(self)
        while let first = result.first, set.contains(first) { result.removeFirst() }
        while let last = result.last, set.contains(last) { result.removeLast() }
        return String(result)
    }
}
