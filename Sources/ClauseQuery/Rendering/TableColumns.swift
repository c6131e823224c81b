/// The columns tables have, by the names their headers give them, for `--columns` and `:columns`.
package enum TableColumns {
    /// The columns of a table of clauses; a changes answer puts `change` first, and `reason` comes
    /// last when some row has one.
    package static let clauses = ["certainty", "clause", "modality", "holder", "counterparty", "about", "from", "until",
                                  "terms", "agreement"]
    /// The columns of a table of other entities; prospects show `status` for `certainty`.
    package static let entities = ["certainty", "id", "name", "details"]
    /// Every column a table can have.
    package static let all = ["change"] + clauses + ["reason", "status"] + entities.dropFirst()

    /// The names in a comma-separated list, or a message naming the first unknown one.
    package static func parse(_ list: String) -> Result<[String], TableColumnsError> {
        let names = list.split(separator: ",").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
        if names.isEmpty { return .failure(TableColumnsError("name at least one column: \(all.joined(separator: ", "))")) }
        if let unknown = names.first(where: { !all.contains($0) }) {
            let hint = Suggestions.closest(to: unknown, among: all).map { "; did you mean '\($0)'?" } ?? ""
            return .failure(TableColumnsError("unknown column '\(unknown)'\(hint) (columns: \(all.joined(separator: ", ")))"))
        }
        return .success(names)
    }
}

/// Why a list of columns cannot be used.
package struct TableColumnsError: Error, CustomStringConvertible {
    package var description: String
    init(_ description: String) { self.description = description }
}
