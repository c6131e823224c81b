/// Renders answers as aligned text tables for people.
public struct TableRenderer: Sendable {
    /// Whether certainties are coloured (green, yellow, red) and headers bold with ANSI codes.
    public var color: Bool

    /// A renderer, plain unless `color` is true.
    public init(color: Bool = false) { self.color = color }

    /// The answer as `clq` prints it: a verdict line, `when` sentences or a table with its summary, then any
    /// explanations; each line ends in a newline.
    public func render(_ answer: Answer, knowledgeBase kb: KnowledgeBase) -> String {
        var output = ""
        switch answer.shape {
        case .verdict(let verdict):
            let dated = answer.rows.contains { $0.certainty == .mayHold && $0.timing == .mayHold }
            let word = verdict == .holds ? "yes" : verdict == .doesNotHold ? "no"
                : dated ? "it depends on a date the source does not give" : "the source does not say"
            let assumed = answer.isAssumed ? ", assuming unknown ends continue" : ""
            output += paint("\(verdict.phrase) (\(word))", code(for: verdict)) + assumed + "\n"
            if answer.rows.isEmpty { output += "no clause matches \(answer.period ?? "")\n" }
        case .boundaries(let boundary):
            if answer.rows.isEmpty { return "nothing matches\n" }
            for row in answer.rows { output += describe(row, boundary, kb) + "\n" }
            return output + explanations(answer, kb)
        default:
            if answer.rows.isEmpty { return "nothing holds" + (answer.period.map { " \($0)" } ?? "") + "\n" }
        }
        if !answer.rows.isEmpty {
            output += table(answer, kb)
            if case .verdict = answer.shape {} else { output += answer.summary() + "\n" }
        }
        return output + explanations(answer, kb)
    }

    private func describe(_ row: AnswerRow, _ boundary: WhenQuestion.Boundary, _ kb: KnowledgeBase) -> String {
        let clause = kb.clauses[Int(row.entity.index)]
        let id = kb.id(of: clause)
        let verb = boundary == .end ? "ends" : "starts"
        var text: String
        switch row.boundary ?? .unknown {
        case .known(let date):
            text = boundary == .end ? "\(id) ends at the end of \(date)" : "\(id) starts at the start of \(date)"
        case .unknown: text = "\(id) \(verb) on a date the source does not give"
        case .open: text = boundary == .end ? "\(id) has no end" : "\(id) has no start"
        }
        if !row.chain.isEmpty {
            let names = row.chain.map { kb.id(of: kb.clauses[Int($0)]) }.joinedAsList()
            text += boundary == .end ? " (it replaced \(names))" : " (later replaced by \(names))"
        }
        return text + ": " + kb.aboutText(of: clause)
    }

    private func table(_ answer: Answer, _ kb: KnowledgeBase) -> String {
        var rows: [[String]]
        var header: [String]
        let first = answer.rows.first?.entity.kind ?? .clause
        if first == .clause {
            header = ["certainty", "clause", "modality", "holder", "counterparty", "about", "from", "until", "terms", "agreement"]
            if case .changes = answer.shape { header.insert("change", at: 0) }
            rows = answer.rows.map { row in
                let view = ClauseView(row.entity.index, in: kb, derivation: row.derivation)
                var cells = [row.certainty.phrase, kb.id(of: view.clause), view.modality.rawValue, kb.partyID(view.holder),
                             view.counterparty.map(kb.partyID) ?? "", kb.aboutText(of: view.clause),
                             kb.text(view.clause.from), kb.text(view.clause.until),
                             kb.terms(of: row, view.clause).joined(separator: ", "),
                             kb.agreements[Int(view.clause.agreement)].id]
                if let change = row.change { cells.insert(change.rawValue, at: 0) }
                return cells
            }
        } else {
            header = ["certainty", "id", "name", "details"]
            rows = answer.rows.map { row in
                [row.certainty.phrase, kb.identifier(of: row.entity), kb.displayName(of: row.entity), details(row, kb)]
            }
            if first == .prospect { header[0] = "status"; rows = rows.map { ["prospect"] + $0.dropFirst() } }
        }
        return align([header] + rows, certaintyColumn: header.firstIndex(of: "certainty"), answer: answer)
    }

    private func details(_ row: AnswerRow, _ kb: KnowledgeBase) -> String {
        let i = Int(row.entity.index)
        switch row.entity.kind {
        case .party:
            var parts: [String] = []
            if !kb.parties[i].aliases.isEmpty { parts.append("aka " + kb.parties[i].aliases.joined(separator: ", ")) }
            if let parent = kb.parties[i].parent { parts.append("part of \(kb.partyID(parent))") }
            return parts.joined(separator: "; ")
        case .asset: return kb.assets[i].owner.map { "owned by \(kb.partyID($0))" } ?? ""
        case .source: return kb.sources[i].document
        case .agreement:
            let agreement = kb.agreements[i]
            return "effective \(kb.text(agreement.effective)); between "
                + agreement.parties.map(kb.partyID).joinedAsList()
        case .event:
            let event = kb.events[i]
            return ([kb.text(event.date)] + event.amounts.map(kb.text)).joined(separator: "; ")
        case .prospect: return kb.prospects[i].involving.map(kb.partyID).joinedAsList()
        case .clause: return ""
        }
    }

    private func align(_ rows: [[String]], certaintyColumn: Int?, answer: Answer) -> String {
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
                } else if column == certaintyColumn, let certainty = answer.rows[number - 1].certainty as Certainty? {
                    line += paint(padded, code(for: certainty))
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
