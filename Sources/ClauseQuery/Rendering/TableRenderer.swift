/// Renders answers as aligned text tables for people.
package struct TableRenderer: Sendable {
    /// Whether certainties are coloured (green, yellow, red) and headers bold with ANSI codes.
    package var color: Bool

    /// A renderer, plain unless `color` is true.
    package init(color: Bool = false) { self.color = color }

    /// The answer as `clq` prints it: a verdict line, `when` sentences or a table with its summary, then any
    /// explanations; each line ends in a newline.
    package func render(_ answer: Answer, knowledgeBase kb: KnowledgeBase) -> String {
        let rows = answer.rows.map { ResultRow($0, kb, in: answer) }
        var output = ""
        switch answer.shape {
        case .verdict(let verdict):
            let dated = answer.rows.contains { $0.certainty == .mayHold && $0.validity == .mayHold }
            let conditional = answer.rows.contains { $0.certainty == .mayHold && $0.timing == .mayHold && $0.validity != .mayHold }
            let word = verdict == .holds ? "yes" : verdict == .doesNotHold ? "no"
                : dated ? "it depends on a date the source does not give"
                : conditional ? "it depends on a condition the source leaves open" : "the source does not say"
            let assumed = answer.isAssumed ? ", assuming unknown ends continue" : ""
            output += paint("\(verdict.phrase) (\(word))", code(for: verdict)) + assumed + "\n"
            if rows.isEmpty { output += "no clause matches \(answer.period ?? "")\n" }
        case .boundaries(let boundary):
            if rows.isEmpty { return "nothing matches\n" }
            for row in rows { output += describe(row, boundary) + "\n" }
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
        if !rows.isEmpty {
            output += table(rows, answer)
            if case .verdict = answer.shape {} else { output += answer.summary() + "\n" }
        }
        if case .total(let totals) = answer.shape {
            output += totals.lines(answer, kb).map { $0 + "\n" }.joined()
        }
        if !answer.unstatedEnds.isEmpty {
            let names = answer.unstatedEnds.map { kb.id(of: kb.clauses[Int($0)]) }.joinedAsList()
            output += "may have ended: \(names) (in force at the end of the first period; the source gives no end)\n"
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

    private func table(_ results: [ResultRow], _ answer: Answer) -> String {
        var rows: [[String]]
        var header: [String]
        let first = results.first?.kind ?? .clause
        if first == .clause {
            header = ["certainty", "clause", "modality", "holder", "counterparty", "about", "from", "until", "terms", "agreement"]
            if case .changes = answer.shape { header.insert("change", at: 0) }
            let reasons = results.contains { $0.reason != nil }
            if reasons { header.append("reason") }
            rows = results.map { row in
                var cells = [row.certainty.phrase, row.id, row.modality?.rawValue ?? "", row.holder ?? "",
                             row.counterparty ?? "", row.about, row.from ?? "", row.until ?? "",
                             row.terms.joined(separator: ", "), row.agreement ?? ""]
                if reasons { cells.append(row.reason ?? "") }
                if let change = row.change { cells.insert(change.rawValue, at: 0) }
                return cells
            }
        } else {
            header = ["certainty", "id", "name", "details"]
            rows = results.map { [$0.certainty.phrase, $0.id, $0.about, details($0)] }
            if first == .prospect { header[0] = "status"; rows = rows.map { ["prospect"] + $0.dropFirst() } }
        }
        return align([header] + rows, certaintyColumn: header.firstIndex(of: "certainty"), certainties: results.map(\.certainty))
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

    private func align(_ rows: [[String]], certaintyColumn: Int?, certainties: [Certainty]) -> String {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        var output = ""
        for (number, row) in rows.enumerated() {
            var line = ""
            for (column, cell) in row.enumerated() {
                let padded = column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count + 2)
                if number == 0 {
                    line += paint(padded, "1")
                } else if column == certaintyColumn {
                    line += paint(padded, code(for: certainties[number - 1]))
                } else {
                    line += padded
                }
            }
            output += line.trailingSpacesRemoved + "\n"
        }
        return output
    }

    private func explanations(_ answer: Answer, _ kb: KnowledgeBase) -> String {
        guard answer.explains else { return "" }
        var output = ""
        for row in answer.rows {
            var state = row.certainty.phrase
            if let change = row.change { state = (row.certainty == .holds ? "" : "may have ") + change.rawValue }
            output += "\n" + paint("\(kb.identifier(of: row.entity))\(row.isDerived ? " (derived)" : "") \(state)", "1") + "\n"
            let lines = kb.explain(row, in: answer).lines
            let width = lines.map(\.label.count).max() ?? 0
            for line in lines {
                output += "  \(line.label)\(String(repeating: " ", count: width - line.label.count))  \(line.text)\n"
            }
        }
        return output
    }

    private func code(for certainty: Certainty) -> String {
        switch certainty {
        case .holds: return "32"
        case .mayHold: return "33"
        case .doesNotHold: return "31"
        }
    }

    private func paint(_ text: String, _ code: String) -> String {
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
