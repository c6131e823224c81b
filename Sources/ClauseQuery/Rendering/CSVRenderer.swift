/// Renders answers as CSV (RFC 4180) with one header for all questions: each row names its query.
package enum CSVRenderer {
    /// The column names in order, which `headerLine()` writes as the first line of CSV output.
    package static let header = ["query", "type", "id", "certainty", "change", "agreement", "modality", "holder",
                                "counterparty", "about", "from", "until", "from_earliest", "from_latest",
                                "until_earliest", "until_latest", "conditions", "exclusive", "amounts", "derived", "via",
                                "reason", "source_document", "source_line", "for_sure", "at_most"]

    /// The header as one CSV line ending in CRLF.
    package static func headerLine() -> String { line(header) }

    /// One CSV line per row of `answer`, each ending in CRLF with `query` in its first
    /// column; the header is not included.
    /// A total adds one row of type `total` per sum: the currency as its id, the sum as its amounts,
    /// the parts as its conditions, and the figures in the currency's units in `for_sure` and `at_most`.
    package static func render(query: String, answer: Answer, knowledgeBase kb: KnowledgeBase) -> String {
        var output = ""
        for row in answer.rows { output += line(cells(query, ResultRow(row, kb, in: answer))) }
        if case .total(let totals) = answer.shape {
            for sum in totals.sums {
                let values: [String: String] = [
                    "query": query, "type": "total", "id": sum.currency, "amounts": sum.text,
                    "conditions": sum.parts.map { kb.id(of: kb.clauses[Int($0)]) }.joined(separator: "; "),
                    "reason": "commitments in force \(answer.period ?? "at any time"), not amounts falling due; overlap not stated",
                    "for_sure": figure(sum.sure), "at_most": sum.atMost.map(figure) ?? "unbounded",
                ]
                output += line(header.map { values[$0] ?? "" })
            }
        }
        return output
    }

    /// Cents as the currency's units: "100000000000", "99.99".
    private static func figure(_ cents: Int) -> String {
        let units = String(cents / 100)
        let rest = cents % 100
        return rest == 0 ? units : units + "." + (rest < 10 ? "0\(rest)" : String(rest))
    }

    /// The cells of a result row, in the header's order.
    static func cells(_ query: String, _ row: ResultRow) -> [String] {
        [query, row.kind.rawValue, row.id, row.certainty.identifier, row.change?.rawValue ?? "", row.agreement ?? "",
         row.modality?.rawValue ?? "", row.holder ?? "", row.counterparty ?? "", row.about, row.from ?? "", row.until ?? "",
         row.fromEarliest?.description ?? "", row.fromLatest?.description ?? "",
         row.untilEarliest?.description ?? "", row.untilLatest?.description ?? "",
         row.conditions.joined(separator: "; "), row.exclusive.map { $0 ? "true" : "false" } ?? "",
         row.amounts.map(\.phrase).joined(separator: "; "), row.derivation?.rawValue ?? "", row.via ?? "",
         row.reason ?? "", row.source?.document ?? "", row.source.map { String($0.line) } ?? "", "", ""]
    }

    static func line(_ cells: [String]) -> String {
        var line = ""
        line.reserveCapacity(cells.reduce(2) { $0 + $1.utf8.count + 3 })
        for (position, cell) in cells.enumerated() {
            if position > 0 { line.append(",") }
            line.append(quote(cell))
        }
        line.append("\r\n")
        return line
    }

    static func quote(_ cell: String) -> String {
        guard cell.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n")
                                          || $0 == UInt8(ascii: "\r") }) else { return cell }
        return "\"" + cell.replacing("\"", with: "\"\"") + "\""
    }
}
