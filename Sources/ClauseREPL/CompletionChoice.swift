import ClauseQuery

/// What TAB does with the candidates for a word: nothing, replace it, or list the choices.
enum CompletionChoice: Equatable {
    case nothing
    case replace(String)
    case list([String])

    /// Most candidates listed at once.
    static let listLimit = 200

    /// One candidate replaces the word and is followed by a space (not after a directory);
    /// several replace it with their common prefix when that is longer, and are listed otherwise.
    /// A word typed without a quote is completed from the candidates without quotes first: quoted
    /// names (display names, aliases) are offered only when those do not complete it.
    static func choose(word: String, candidates: [String]) -> CompletionChoice {
        var seen: Set<String> = []
        let unique = candidates.filter { seen.insert($0).inserted }
        guard !unique.isEmpty else { return .nothing }
        if !word.isEmpty && !word.hasPrefix("\"") {
            let bare = unique.filter { !$0.hasPrefix("\"") }
            if bare.count < unique.count, let completed = completion(of: word, from: bare) { return completed }
        }
        return completion(of: word, from: unique) ?? .list(unique)
    }

    /// The one candidate followed by a space (not after a directory), or the candidates' common prefix
    /// when it is longer than the word; nil when neither completes the word.
    private static func completion(of word: String, from candidates: [String]) -> CompletionChoice? {
        guard let first = candidates.first else { return nil }
        if candidates.count == 1 { return .replace(first.hasSuffix("/") ? first : first + " ") }
        let common = candidates.dropFirst().reduce(first) { commonPrefix($0, $1) }
        return common.unicodeScalars.count > word.unicodeScalars.count ? .replace(common) : nil
    }

    static func commonPrefix(_ a: String, _ b: String) -> String {
        var result = String.UnicodeScalarView()
        for (x, y) in zip(a.unicodeScalars, b.unicodeScalars) {
            guard x == y else { break }
            result.append(x)
        }
        return String(result)
    }

    /// The candidates in columns down then across, like `ls`, fitting `width`; control characters escaped.
    static func columns(_ items: [String], width: Int) -> String {
        let shown = items.prefix(listLimit).map(\.controlsEscaped)
        let cellWidth = (shown.map(\.count).max() ?? 0) + 2
        let columnCount = max(1, width / max(1, cellWidth))
        let rowCount = (shown.count + columnCount - 1) / columnCount
        var output = ""
        for row in 0..<rowCount {
            var line = ""
            for column in 0..<columnCount {
                let index = column * rowCount + row
                guard index < shown.count else { break }
                let item = shown[index]
                let isLast = column == columnCount - 1 || index + rowCount >= shown.count
                line += isLast ? item : item + String(repeating: " ", count: cellWidth - item.count)
            }
            output += line + "\n"
        }
        if items.count > shown.count { output += "… and \(items.count - shown.count) more\n" }
        return output
    }
}
