import ClauseQuery

// Knowledge of your own, added to the built-in knowledge base. Read it from a file with
// Foundation (String(contentsOfFile:encoding:)); the library itself reads no files.
let knowledge = """
    source memo "supply-memo.txt".
    party Acme "Acme Corp".
    asset Widgets "widgets" owned by Acme.
    agreement AcmeSupply "Acme supply deal" between Acme and Microsoft effective 2027 {
      clause Deliver: obligation of Acme toward Microsoft to deliver Widgets until 2029
          cites memo line 3 note "Acme delivers widgets for three years.".
    }
    """

let session: Session
do {
    session = try Session.loading([(name: "acme.clq", text: knowledge)], includingBuiltin: true)
} catch {
    print(error.rendered())
    fatalError("the knowledge did not load")
}

// Ask a question: typed rows with certainty, derivation and source.
let result = session.answer(to: "which rights hold for Microsoft in 2028?")
for row in result.rows {
    let source = row.source.map { "\($0.document) line \($0.line)" } ?? "no source"
    print(row.id, row.certainty.phrase, row.derivation?.rawValue ?? "stated", source, separator: " | ")
}

// Render the same answer as a table, JSON or CSV.
print(result.rendered(.table), terminator: "")

// A question that cannot be answered comes back with diagnostics, not an error thrown.
let typo = session.answer(to: "which rights hold for Microsfot in 2031?")
print(typo.renderedDiagnostics(), terminator: "")

// A Session is a Sendable value: share it between tasks and ask at once.
let years = Array(2026...2033)
let counts = await withTaskGroup(of: (Int, Int).self) { group in
    for year in years {
        group.addTask { (year, session.answer(to: "which rights hold for Microsoft in \(year)?").rows.count) }
    }
    var counts: [Int: Int] = [:]
    for await (year, count) in group { counts[year] = count }
    return counts
}
print(years.map { "\($0): \(counts[$0] ?? 0)" }.joined(separator: ", "))
