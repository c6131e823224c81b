/// Renders answers as CSV (RFC 4180) with one header for all questions: each row names its query.
package enum CSVRenderer {
    /// The column names in order, which `headerLine()` writes as the first line of CSV output.
    package static let header = ["query", "type", "id", "certainty", "change", "agreement", "modality", "holder",
                                "counterparty", "about", "from", "until", "from_earliest", "from_latest",
                                "until_earliest", "until_latest", "conditions", "exclusive", "amounts", "derived", "via",
                                "reason", "source_document", "source_line", "for_sure", "at_most"]

    /// The header as one CSV line ending in CRLF.
    package static func headerLine() -> String {
        var bytes: [UInt8] = []
        append(header, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One CSV line per row of `answer`, each ending in CRLF with `query` in its first
    /// column; the header is not included.
    /// A total adds one row of type `total` per sum: the currency as its id, the sum as its amounts,
    /// the parts as its conditions, and the figures in the currency's units in `for_sure` and `at_most`.
    package static func render(query: String, answer: Answer, knowledgeBase kb: KnowledgeBase) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(answer.rows.count * (query.utf8.count + 160))
        for row in answer.rows { append(cells(query, ResultRow(row, kb, in: answer)), to: &output) }
        if case .total(let totals) = answer.shape {
            for sum in totals.sums {
                let values: [String: String] = [
                    "query": query, "type": "total", "id": sum.currency, "amounts": sum.text,
                    "conditions": sum.parts.map { kb.id(of: kb.clauses[Int($0)]) }.joined(separator: "; "),
                    "reason": "commitments in force \(answer.period ?? "at any time"), not amounts falling due; overlap not stated",
                    "for_sure": figure(sum.sure), "at_most": sum.atMost.map(figure) ?? "unbounded",
                ]
                append(header.map { values[$0] ?? "" }, to: &output)
            }
        }
        return String(decoding: output, as: UTF8.self)
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

    /// The cells as one CSV line ending in CRLF, added to `bytes`.
    static func append(_ cells: [String], to bytes: inout [UInt8]) {
        for (position, cell) in cells.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            appendQuoted(cell, to: &bytes)
        }
        bytes.append(0x0D)
        bytes.append(0x0A)
    }

    /// The cell as it is, or in double quotes with its own doubled when it holds a comma, a quote or a
    /// line break.
    static func appendQuoted(_ cell: String, to bytes: inout [UInt8]) {
        var cell = cell
        cell.withUTF8 { utf8 in
            let quoted = utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
            guard quoted else {
                bytes.append(contentsOf: utf8)
                return
            }
            bytes.append(UInt8(ascii: "\""))
            for byte in utf8 {
                bytes.append(byte)
                if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            }
            bytes.append(UInt8(ascii: "\""))
        }
    }
}
