/// Renders answers as aligned text tables for people.
package struct TableRenderer: Sendable {
    /// Whether certainties are coloured (green, yellow, red) and headers bold with ANSI codes.
    package var color: Bool
    /// The width to fit, the columns to show, and when rows become blocks.
    package var layout: TableLayout

    /// A renderer, plain unless `color` is true, laid out as `layout` says (by default one line per row).
    package init(color: Bool = false, layout: TableLayout = .natural) {
        self.color = color
        self.layout = layout
    }

    /// The answer as `clq` prints it: a verdict line, `when` sentences or a table with its summary, then any
    /// explanations; each line ends in a newline.
    package func render(_ answer: Answer, knowledgeBase kb: KnowledgeBase) -> String {
        let rows = answer.rows
        var output = ""
        switch answer.shape {
        case .verdict(let verdict):
            let dated = answer.rows.contains { $0.certainty == .mayHold && $0.validity == .mayHold }
            let conditional = answer.rows.contains { $0.certainty == .mayHold && $0.timing == .mayHold && $0.validity != .mayHold }
            let word = verdict == .holds ? "yes" : verdict == .doesNotHold ? "no"
                : dated ? "it depends on a date the source does not give"
                : conditional ? "it depends on a condition the source leaves open" : "the source does not say"
            let assumed = answer.isAssumed ? ", assuming unknown ends continue" : ""
            let line = fit("\(verdict.phrase) (\(word))\(assumed)", indent: 2)
            output += paint(verdict.phrase, code(for: verdict)) + line.dropFirst(verdict.phrase.count) + "\n"
            if rows.isEmpty { output += "no clause matches \(answer.period ?? "")\n" }
        case .boundaries(let boundary):
            if rows.isEmpty { return "nothing matches\n" }
            for row in rows { output += fit(describe(ResultRow(row, kb, in: answer), boundary), indent: 2) + "\n" }
            return output + explanations(answer, kb)
        case .changes:
            if rows.isEmpty { output += "nothing changed " + (answer.period ?? "") + "\n" }
        case .count:
            if rows.isEmpty { return "0" + (answer.period.map { " (\($0))" } ?? "") + "\n" }
        case .total:
            if rows.isEmpty { output += "nothing holds" + (answer.period.map { " \($0)" } ?? "") + "\n" }
        default:
            if rows.isEmpty { return "nothing holds" + (answer.period.map { " \($0)" } ?? "") + "\n" }
        }
        if case .changes = answer.shape, !rows.isEmpty, layout.expanded != .always {
            output += diff(answer, kb)
        } else if !rows.isEmpty {
            output += table(answer, kb)
            if case .verdict = answer.shape {} else { output += fit(answer.summary(), indent: 2) + "\n" }
        }
        if case .total(let totals) = answer.shape {
            output += totals.lines(answer, kb).map { fit($0, indent: 4) + "\n" }.joined()
        }
        if !answer.unstatedEnds.isEmpty {
            let names = answer.unstatedEnds.map { kb.id(of: kb.clauses[Int($0)]) }.joinedAsList()
            output += fit("may have ended: \(names) (in force at the end of the first period; the source gives no end)", indent: 2) + "\n"
        }
        return output + explanations(answer, kb)
    }

    private func describe(_ row: ResultRow, _ boundary: WhenQuestion.Boundary) -> String {
        let id = row.id
        var text: String
        switch row.boundary {
        case let moment? where moment.isOpen || (boundary == .start && moment.latest == Days.minus):
            text = boundary == .end ? "\(id) has no end" : "\(id) has no start"
        case let moment?:
            text = "\(id) \(boundary == .end ? "ends" : "starts") \(moment.phrase)"
        case nil:
            text = "\(id) \(boundary == .end ? "ends" : "starts") on a day the source does not give"
        }
        if !row.chain.isEmpty {
            let names = row.chain.joinedAsList()
            text += boundary == .end ? " (it replaced \(names))" : " (later replaced by \(names))"
        }
        return text + ": " + row.about
    }

    /// The rows of the answer as a table. Each row is made a `ResultRow` and its cells at once (rows are
    /// large to copy), in parts on every core for a long answer, and the cells put into the grid in order.
    private func table(_ answer: Answer, _ kb: KnowledgeBase) -> String {
        let results = answer.rows
        var certainties: [Certainty] = []
        certainties.reserveCapacity(results.count)
        for row in results { certainties.append(row.certainty) }
        let first = results.first?.entity.kind ?? .clause
        guard first == .clause else {
            var header = TableColumns.entities
            if first == .prospect { header[0] = "status" }
            var grid = TableGrid(header: header, rows: results.count)
            let rows = InParts.map(results) { answerRow in
                let row = ResultRow(answerRow, kb, in: answer)
                return TableGrid.escaped([first == .prospect ? "prospect" : row.certainty.phrase, row.id, row.about,
                                          details(row)])
            }
            for cells in rows { grid.append(escaped: cells) }
            return lay(grid, certainties: certainties)
        }
        var header = TableColumns.clauses
        let changes: Bool
        if case .changes = answer.shape { changes = true } else { changes = false }
        if changes { header.insert("change", at: 0) }
        // Every row gets a reason cell; the column is shown when some row has a reason.
        header.append("reason")
        var grid = TableGrid(header: header, rows: results.count)
        let rows = InParts.map(results) { answerRow in
            let row = ResultRow(answerRow, kb, in: answer)
            var cells = changes ? [row.change?.rawValue ?? ""] : []
            cells += [row.certainty.phrase, row.id, row.modality?.rawValue ?? "", row.holder ?? "", row.counterparty ?? "",
                      row.about, row.from ?? "", row.until ?? "", row.terms.joined(separator: ", "), row.agreement ?? "",
                      row.reason ?? ""]
            return (cells: TableGrid.escaped(cells), hasReason: row.reason != nil)
        }
        var reasons = false
        for row in rows {
            grid.append(escaped: row.cells)
            reasons = reasons || row.hasReason
        }
        return lay(grid, certainties: certainties, hiding: reasons ? nil : header.count - 1)
    }

    private func details(_ row: ResultRow) -> String {
        switch row.details {
        case .party(_, let aliases, let partOf):
            var parts: [String] = []
            if !aliases.isEmpty { parts.append("aka " + aliases.joined(separator: ", ")) }
            if let partOf { parts.append("part of \(partOf)") }
            return parts.joined(separator: "; ")
        case .asset(_, let owner): return owner.map { "owned by \($0)" } ?? ""
        case .source(let document, _): return document
        case .agreement(_, let parties, let effective, _):
            return "effective \(effective.text); between " + parties.joinedAsList()
        case .event(_, let date, _):
            return ([date.text] + row.amounts.map(\.phrase)).joined(separator: "; ")
        case .prospect(_, let involving): return involving.joinedAsList()
        case .none: return ""
        }
    }

    /// The table in the layout asked for: the chosen columns, fitted to the width by wrapping cells
    /// and letting the least useful columns give way, or one block per row when it cannot fit.
    private func lay(_ grid: TableGrid, certainties: [Certainty], hiding hidden: Int? = nil) -> String {
        var columns = Array(0..<grid.columnCount)
        if let hidden { columns.remove(at: hidden) }
        if let chosen = layout.columns { columns = columns.filter { chosen.contains(grid.cell(0, $0)) } }
        if layout.expanded == .always { return blocks(grid.rows(columns), certainties) }
        let natural = grid.naturalWidths(columns)
        guard let width = layout.width else { return align(grid, columns, natural, certainties: certainties) }
        let table = grid.rows(columns)
        guard let fitted = FittedTable.fit(table, natural: natural, width: width) else {
            if layout.expanded == .auto { return blocks(table, certainties) }
            return align(grid, columns, natural, certainties: certainties)
        }
        var output = align(grid, fitted.columns.map { columns[$0] }, fitted.widths, certainties: certainties)
        if !fitted.dropped.isEmpty {
            output += "(not shown: \(fitted.dropped.joined(separator: ", ")); choose columns, or expand rows into blocks)"
                .wrapped(to: width, indent: 1) + "\n"
        }
        return output
    }

    /// The rows of `grid` as aligned lines: `columns` of each row, cells wrapped at spaces to `widths`.
    private func align(_ grid: TableGrid, _ columns: [Int], _ widths: [Int], certainties: [Certainty]) -> String {
        let certaintyColumn = columns.firstIndex { grid.cell(0, $0) == "certainty" }
        var output: [UInt8] = []
        output.reserveCapacity(grid.rowCount * (widths.reduce(2 * columns.count, +) + 1))
        // One line of the table: each text padded to its column, the last one not, trailing spaces removed.
        func line(_ number: Int, _ cell: (Int) -> (text: String, width: Int)) {
            let start = output.count
            for position in columns.indices {
                let (text, width) = cell(position)
                let padding = position == columns.count - 1 ? 0 : max(0, widths[position] - width + 2)
                if color, number == 0 || (position == certaintyColumn && !text.isEmpty) {
                    let painted = text + String(repeating: " ", count: padding)
                    output += paint(painted, number == 0 ? "1" : code(for: certainties[number - 1])).utf8
                } else {
                    output.append(contentsOf: text.utf8)
                    for _ in 0..<padding { output.append(0x20) }
                }
            }
            while output.count > start, output.last == 0x20 { output.removeLast() }
            output.append(0x0A)
        }
        for number in 0..<grid.rowCount {
            if columns.indices.allSatisfy({ grid.width(number, columns[$0]) <= widths[$0] }) {
                line(number) { (grid.cell(number, columns[$0]), grid.width(number, columns[$0])) }
                continue
            }
            let cells = columns.enumerated().map { position, column in grid.cell(number, column).wrapped(to: widths[position]) }
            let height = cells.map { $0.count }.max() ?? 1
            for index in 0..<height {
                line(number) { position in
                    let text = index < cells[position].count ? cells[position][index] : ""
                    return (text, text.displayWidth)
                }
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// One block per row, as psql's expanded mode: a heading line, then `label  value` for each
    /// non-empty field, values wrapped to the width.
    private func blocks(_ table: [[String]], _ certainties: [Certainty]) -> String {
        let header = table.first ?? [], rows = table.dropFirst()
        let labelWidth = header.map(\.count).max() ?? 0
        let valueWidth = layout.width.map { max(20, $0 - labelWidth - 2) }
        var output = ""
        for (number, row) in rows.enumerated() {
            let name = header.firstIndex(where: { $0 == "clause" || $0 == "id" }).map { " \(row[$0])" } ?? ""
            let title = "-[ \(number + 1)\(name) ]"
            output += paint(title + String(repeating: "-", count: max(0, (layout.width ?? 40) - title.count)), "1") + "\n"
            for (column, value) in row.enumerated() where !value.isEmpty {
                let lines = valueWidth.map { value.wrapped(to: $0) } ?? [value]
                let label = header[column] + String(repeating: " ", count: labelWidth - header[column].count)
                for (index, line) in lines.enumerated() {
                    let shown = header[column] == "certainty" ? paint(line, code(for: certainties[number])) : line
                    output += (index == 0 ? label : String(repeating: " ", count: labelWidth)) + "  " + shown + "\n"
                }
            }
        }
        return output
    }

    private func explanations(_ answer: Answer, _ kb: KnowledgeBase) -> String {
        guard answer.explains else { return "" }
        var output = ""
        for row in answer.rows {
            var state = row.certainty.phrase
            if let change = row.change { state = (row.certainty == .holds ? "" : "may have ") + change.rawValue }
            let heading = "\(kb.identifier(of: row.entity))\(row.isDerived ? " (derived)" : "") \(state)"
            output += "\n" + paint(heading.controlsEscaped, "1") + "\n"
            let lines = kb.explain(row, in: answer).lines
            let width = lines.map(\.label.count).max() ?? 0
            for line in lines {
                output += fit("  \(line.label)\(String(repeating: " ", count: width - line.label.count))  \(line.text)",
                              indent: width + 4) + "\n"
            }
        }
        return output
    }

    /// A line of text, its control characters escaped, wrapped to the layout's width, continuation lines
    /// indented.
    func fit(_ text: String, indent: Int) -> String { text.controlsEscaped.wrapped(to: layout.width, indent: indent) }

    func code(for certainty: Certainty) -> String {
        switch certainty {
        case .holds: return "32"
        case .mayHold: return "33"
        case .doesNotHold: return "31"
        }
    }

    func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

extension String {
    var trailingSpacesRemoved: String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
