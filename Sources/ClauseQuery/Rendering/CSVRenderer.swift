/// Renders answers as CSV (RFC 4180) with one header for all questions: each row names its query.
public enum CSVRenderer {
    /// The column names in order, which `headerLine()` writes as the first line of CSV output.
    public static let header = ["query", "type", "id", "certainty", "change", "agreement", "modality", "holder",
                                "counterparty", "about", "from", "until", "from_bound", "until_bound", "exclusive",
                                "amounts", "derived", "via", "source_document", "source_line"]

    /// The header as one CSV line ending in CRLF.
    public static func headerLine() -> String { line(header) }

    /// One CSV line per row of `answer`, each ending in CRLF with `query` in its first
    /// column; the header is not included.
    public static func render(query: String, answer: Answer, knowledgeBase kb: KnowledgeBase) -> String {
        answer.rows.map { row in line(cells(query, row, answer, kb)) }.joined()
    }

    static func cells(_ query: String, _ row: AnswerRow, _ answer: Answer, _ kb: KnowledgeBase) -> [String] {
        var values = [String: String]()
        values["query"] = query
        values["type"] = row.entity.kind.rawValue
        values["id"] = kb.identifier(of: row.entity)
        values["certainty"] = row.certainty.identifier
        values["change"] = row.change?.rawValue ?? ""
        if row.entity.kind == .clause {
            let view = ClauseView(row.entity.index, in: kb, derivation: row.derivation)
            let clause = view.clause
            values["agreement"] = kb.agreements[Int(clause.agreement)].id
            values["modality"] = view.modality.rawValue
            values["holder"] = kb.partyID(view.holder)
            values["counterparty"] = view.counterparty.map(kb.partyID) ?? ""
            values["about"] = kb.aboutText(of: clause)
            values["from"] = clause.from.date?.description ?? ""
            values["until"] = (row.boundary ?? clause.until).date?.description ?? ""
            values["from_bound"] = clause.from.state
            values["until_bound"] = clause.until.state
            values["exclusive"] = clause.exclusive.map { $0 ? "true" : "false" } ?? ""
            values["amounts"] = kb.amounts(of: clause).map(kb.text).joined(separator: "; ")
            values["derived"] = row.derivation?.rawValue ?? ""
            values["via"] = row.via.map(kb.partyID) ?? ""
            if let citation = clause.citation {
                values["source_document"] = kb.sources[Int(citation.source)].document
                values["source_line"] = String(citation.line)
            }
        } else {
            values["about"] = kb.displayName(of: row.entity)
        }
        return header.map { values[$0] ?? "" }
    }

    static func line(_ cells: [String]) -> String {
        cells.map(quote).joined(separator: ",") + "\r\n"
    }

    static func quote(_ cell: String) -> String {
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
        return "\"" + cell.replacing("\"", with: "\"\"") + "\""
    }
}
