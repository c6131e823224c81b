/// Renders answers as CSV (RFC 4180) with one header for all questions: each row names its query.
package enum CSVRenderer {
    /// The column names in order, which `headerLine()` writes as the first line of CSV output.
    package static let header = ["query", "type", "id", "certainty", "change", "agreement", "modality", "holder",
                                "counterparty", "about", "from", "until", "from_earliest", "from_latest",
                                "until_earliest", "until_latest", "conditions", "exclusive", "amounts", "derived", "via",
                                "reason", "source_document", "source_line", "for_sure", "at_most"]

    /// The header as one CSV line ending in CRLF.
    package static func headerLine() -> String {
        let lines = CSVLines(capacity: 256)
        for name in header { lines.add(name) }
        lines.endLine()
        return CSVLines.text(of: [lines])
    }

    /// One CSV line per row of `answer`, each ending in CRLF with `query` in its first
    /// column; the header is not included.
    /// A total adds one row of type `total` per sum: the currency as its id, the sum as its amounts,
    /// the parts as its conditions, and the figures in the currency's units in `for_sure` and `at_most`.
    package static func render(query: String, answer: Answer, knowledgeBase kb: KnowledgeBase) -> String {
        let ranges = InParts.ranges(answer.rows.count)
        let lineSize = query.utf8.count + 224
        let pieces = ranges.map { CSVLines(capacity: $0.count * lineSize) }
        let queryCell = CSVLines.encoded(query)
        InParts.forEach(answer.rows.count) { part, range in
            for index in range { write(queryCell, ResultRow(answer.rows[index], kb, in: answer), to: pieces[part]) }
        }
        if case .total(let totals) = answer.shape, let lines = pieces.last {
            for sum in totals.sums {
                let values: [String: String] = [
                    "query": query, "type": "total", "id": sum.currency, "amounts": sum.text,
                    "conditions": sum.parts.map { kb.id(of: kb.clauses[Int($0)]) }.joined(separator: "; "),
                    "reason": "commitments in force \(answer.period ?? "at any time"), not amounts falling due; overlap not stated",
                    "for_sure": figure(sum.sure), "at_most": sum.atMost.map(figure) ?? "unbounded",
                ]
                for name in header { lines.add(values[name]) }
                lines.endLine()
            }
        }
        return CSVLines.text(of: pieces)
    }

    /// Cents as the currency's units: "100000000000", "99.99".
    private static func figure(_ cents: Int) -> String {
        let units = String(cents / 100)
        let rest = cents % 100
        return rest == 0 ? units : units + "." + (rest < 10 ? "0\(rest)" : String(rest))
    }

    /// The cells of a result row, in the header's order, as one CSV line ending in CRLF; `query` is the
    /// first cell, encoded.
    static func write(_ query: [UInt8], _ row: ResultRow, to line: CSVLines) {
        line.add(encoded: query)
        line.add(row.kind.rawValue)
        line.add(row.id)
        line.add(row.certainty.identifier)
        line.add(row.change?.rawValue)
        line.add(row.agreement)
        line.add(row.modality?.rawValue)
        line.add(row.holder)
        line.add(row.counterparty)
        line.add(row.about)
        line.add(row.from)
        line.add(row.until)
        line.add(date: row.fromEarliest)
        line.add(date: row.fromLatest)
        line.add(date: row.untilEarliest)
        line.add(date: row.untilLatest)
        line.add(row.conditions.joined(separator: "; "))
        line.add(row.exclusive.map { $0 ? "true" : "false" })
        line.add(row.amounts.map(\.phrase).joined(separator: "; "))
        line.add(row.derivation?.rawValue)
        line.add(row.via)
        line.add(row.reason)
        line.add(row.source?.document)
        line.add(row.source.map { String($0.line) })
        line.add(nil)
        line.add(nil)
        line.endLine()
    }
}
