import ClauseQuery

extension REPL {
    /// The completions for TAB at `cursor` (a byte offset) in `line`.
    ///
    /// Statements are completed by the core's `Completer`, with the lines already typed for
    /// the same statement as context; commands, their words and file paths are completed here.
    func complete(_ line: String, cursor: Int) -> LineCompletion {
        let bytes = Array(line.utf8)
        let cursor = max(0, min(cursor, bytes.count))
        let before = String(decoding: bytes[..<cursor], as: UTF8.self)
        if pending.isEmpty, before.trimmingWhitespace().hasPrefix(":") {
            return completeCommand(before)
        }
        let context = pending.isEmpty ? "" : pending + "\n"
        let offset = context.utf8.count
        if let quote = REPL.openQuote(bytes[..<cursor]) {
            return completeQuotedName(context + String(decoding: bytes[..<quote], as: UTF8.self), quote: quote,
                                      typed: String(decoding: bytes[(quote + 1)..<cursor], as: UTF8.self))
        }
        let list = Completer.complete(context + line, cursor: offset + cursor, knowledgeBase: session.knowledgeBase)
        let start = max(0, min(cursor, list.replacing.start - offset))
        return LineCompletion(start: start, candidates: list.candidates.map(\.text))
    }

    /// Completes a name inside an open quote: the names the core offers where the quote starts,
    /// matched on what is typed after it, each in quotes.
    private func completeQuotedName(_ before: String, quote: Int, typed: String) -> LineCompletion {
        let list = Completer.complete(before, cursor: before.utf8.count, knowledgeBase: session.knowledgeBase)
        let folded = typed.lowercased()
        let names = list.candidates.filter { $0.kind != .keyword }.map { candidate in
            candidate.text.hasPrefix("\"") ? candidate.text : "\"\(candidate.text)\""
        }.filter { $0.dropFirst().lowercased().hasPrefix(folded) }
        return LineCompletion(start: quote, candidates: names)
    }

    /// The byte offset of a quote that opens a string not closed before the end of `bytes`;
    /// strings end at a line's end, and quotes in comments do not count.
    static func openQuote(_ bytes: ArraySlice<UInt8>) -> Int? {
        var opening: Int?
        var index = bytes.startIndex
        while index < bytes.endIndex {
            switch bytes[index] {
            case UInt8(ascii: "\""): opening = opening == nil ? index : nil
            case UInt8(ascii: "\\") where opening != nil: index += 1
            case UInt8(ascii: "#") where opening == nil:
                while index + 1 < bytes.endIndex && bytes[index + 1] != UInt8(ascii: "\n") { index += 1 }
            case UInt8(ascii: "\n"): opening = nil
            default: break
            }
            index += 1
        }
        return opening
    }

    /// Completes a command name, the words it accepts, a file path after `:load` and `:save`, or a typed
    /// declaration's identifier after `:forget`.
    private func completeCommand(_ before: String) -> LineCompletion {
        let cursor = before.utf8.count
        let endsInSpace = before.last?.isWhitespace ?? false
        let words = before.split(whereSeparator: \.isWhitespace).map(String.init)
        let partial = endsInSpace ? "" : words.last ?? ""
        let start = cursor - partial.utf8.count
        if words.count <= 1 && !endsInSpace {
            let names = MetaCommand.allCases.map { ":" + $0.rawValue }.filter { $0.hasPrefix(partial) }
            return LineCompletion(start: start, candidates: names)
        }
        guard let name = words.first?.dropFirst(), let command = MetaCommand.named(String(name)) else {
            return LineCompletion(start: start, candidates: [])
        }
        let position = words.count - 1 - (endsInSpace ? 0 : 1)
        if command == .forget {
            let names = typed.map(\.declaration.id).filter { position == 0 && $0.hasPrefix(partial) }
            return LineCompletion(start: start, candidates: names)
        }
        guard let choices = command.argumentWords(at: position) else {
            return LineCompletion(start: start, candidates: PathCompletion.candidates(partial))
        }
        return LineCompletion(start: start, candidates: choices.filter { $0.hasPrefix(partial) })
    }
}
