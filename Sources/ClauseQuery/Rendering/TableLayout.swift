/// How a table is laid out for its reader: the width to fit, whether each row becomes a block of
/// `label  value` lines, and which columns to show.
package struct TableLayout: Sendable, Hashable {
    /// When rows become blocks: never, when the table cannot fit its width, or always.
    package enum Expanded: String, Sendable, Hashable { case never, auto, always }

    /// The width to fit, in characters; nil for none (piped output keeps one line per row).
    package var width: Int?
    /// When rows become blocks.
    package var expanded: Expanded
    /// The columns to show, by header name, in the table's order; nil for all of them.
    package var columns: [String]?

    package init(width: Int? = nil, expanded: Expanded = .never, columns: [String]? = nil) {
        self.width = width
        self.expanded = expanded
        self.columns = columns
    }

    /// No fitting: one line per row, every column.
    package static let natural = TableLayout()
}

/// A table fitted to a width: the columns kept, each one's width, and the columns that gave way.
struct FittedTable {
    var columns: [Int]
    var widths: [Int]
    var dropped: [String]

    /// The columns that give way before any cell wraps, least useful first.
    static let firstToGo = ["agreement", "modality"]
    /// The columns that give way, least useful first, when even wrapped cells cannot fit.
    static let thenToGo = ["counterparty", "terms", "from", "holder", "reason", "details"]
    /// Columns whose cells may wrap at word boundaries.
    static let wrapping: Set<String> = ["about", "terms", "reason", "name", "details", "until", "from", "holder",
                                        "counterparty"]

    /// The widths that fit `rows` (header first), whose columns are `natural` wide at their widest, into
    /// `width`: the least useful columns give way first, then cells wrap, then more columns give way; nil
    /// when the kept columns still cannot fit.
    static func fit(_ rows: [[String]], natural: [Int], width: Int) -> FittedTable? {
        let header = rows.first ?? []
        var table = FittedTable(columns: Array(header.indices), widths: [], dropped: [])
        func total(_ widths: (Int) -> Int) -> Int { table.columns.map(widths).reduce(2 * max(0, table.columns.count - 1), +) }
        while total({ natural[$0] }) > width, table.drop(firstOf: firstToGo, header) {}
        let least = header.indices.map { column in
            minimum(header[column], rows.dropFirst().map { $0[column] }, natural: natural[column])
        }
        while total({ least[$0] }) > width {
            guard table.drop(firstOf: thenToGo, header) else { return nil }
        }
        var widths = table.columns.map { natural[$0] }
        let floor = table.columns.map { least[$0] }
        while widths.reduce(2 * max(0, widths.count - 1), +) > width {
            // Narrow the column with the most room to give.
            guard let widest = widths.indices.filter({ widths[$0] > floor[$0] })
                .max(by: { widths[$0] - floor[$0] < widths[$1] - floor[$1] }) else { break }
            widths[widest] -= 1
        }
        table.widths = widths
        return table
    }

    /// Drops the first column of `names` still shown; false when none is.
    private mutating func drop(firstOf names: [String], _ header: [String]) -> Bool {
        guard let name = names.first(where: { name in columns.contains { header[$0] == name } }),
              let position = columns.firstIndex(where: { header[$0] == name }) else { return false }
        columns.remove(at: position)
        dropped.append(name)
        return true
    }

    /// The narrowest a column may be: its header and, for a wrapping column, its longest word or
    /// sixteen characters, whichever is wider (and never wider than its widest cell).
    private static func minimum(_ name: String, _ cells: [String], natural: Int) -> Int {
        guard wrapping.contains(name) else { return natural }
        let longestWord = cells.flatMap { $0.split(separator: " ").map { $0.displayWidth } }.max() ?? 0
        return min(natural, max(name.displayWidth, longestWord, 16))
    }
}

extension String {
    /// The lines of this text wrapped at spaces to `width` characters; a word longer than the width
    /// is cut. Never empty: an empty text is one empty line.
    func wrapped(to width: Int) -> [String] {
        guard width > 0, displayWidth > width else { return [self] }
        var lines: [String] = []
        var line = ""
        for word in split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            if !line.isEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            while word.count > width {
                if !line.isEmpty { lines.append(line); line = "" }
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// This text wrapped at spaces to `width`, its leading spaces kept and continuation lines
    /// indented by `indent` spaces; a word longer than a line is cut. Unchanged without a width.
    func wrapped(to width: Int?, indent: Int) -> String {
        guard let width, displayWidth > width, width > indent + 8 else { return self }
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        var line = ""
        var hasWord = false
        for (gap, word) in spacedWords() {
            let separator = hasWord || lines.isEmpty ? gap : ""
            if line.count + separator.count + word.count <= width {
                line += separator + word
                hasWord = true
                continue
            }
            if hasWord {
                lines.append(line)
                line = pad
            }
            var rest = Substring(word)
            while line.count + rest.count > width {
                let room = width - line.count
                lines.append(line + rest.prefix(room))
                rest = rest.dropFirst(room)
                line = pad
            }
            line += rest
            hasWord = true
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    /// The words of the text, each with the spaces before it.
    private func spacedWords() -> [(gap: String, word: String)] {
        var result: [(gap: String, word: String)] = []
        var gap = "", word = ""
        for character in self {
            if character == " " {
                if !word.isEmpty {
                    result.append((gap, word))
                    gap = ""
                    word = ""
                }
                gap.append(character)
            } else {
                word.append(character)
            }
        }
        if !word.isEmpty { result.append((gap, word)) }
        return result
    }
}
