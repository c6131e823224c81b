/// Compares an answer, or a failure, with what an `expect` statement says it must be.
enum ExpectationCheck {
    /// The answer in the shape expectations are written in: labelled groups of items.
    static func groups(of answer: Answer, _ kb: KnowledgeBase) -> [ExpectedGroup.Label: Set<String>] {
        var groups: [ExpectedGroup.Label: Set<String>] = [:]
        switch answer.shape {
        case .verdict(let verdict):
            groups[label(for: verdict)] = []
        case .boundaries(let boundary):
            for row in answer.rows {
                let bound = row.boundary.map(written) ?? "unknown"
                groups[boundary == .end ? .ends(bound) : .starts(bound), default: []].insert(item(row, kb))
            }
        case .changes:
            for row in answer.rows {
                groups[row.change == .ended ? .ended : .started, default: []].insert(item(row, kb))
            }
        case .clauses, .entities, .timeline:
            for row in answer.rows { groups[label(for: row.certainty), default: []].insert(item(row, kb)) }
        case .count(let least, let most):
            for row in answer.rows { groups[label(for: row.certainty), default: []].insert(item(row, kb)) }
            groups[.count(least == most ? "\(least)" : "\(least) to \(most)")] = []
        case .total(let totals):
            for row in answer.rows { groups[label(for: row.certainty), default: []].insert(item(row, kb)) }
            for sum in totals.sums { groups[.total(sum.text)] = [] }
        }
        return groups
    }

    /// A start or end as an expectation names it: a date when its days are exactly that year, month
    /// or day ("2032" for some day in 2032, "2026-12-31" for a day before one known day), otherwise as
    /// the table writes it.
    static func written(_ moment: Moment) -> String {
        guard moment.earliestDate != nil, moment.latestDate != nil else { return moment.text }
        return Days.rangeText(moment.earliest, moment.latest)
    }

    static func label(for certainty: Certainty) -> ExpectedGroup.Label {
        switch certainty {
        case .holds: return .holds
        case .mayHold: return .mayHold
        case .doesNotHold: return .doesNotHold
        }
    }

    static func item(_ row: AnswerRow, _ kb: KnowledgeBase) -> String {
        var text = kb.identifier(of: row.entity)
        if row.isDerived { text += " derived" }
        if let via = row.via { text += " via \(kb.partyID(via))" }
        return text
    }

    static func item(_ expected: ExpectedItem, _ kb: KnowledgeBase) -> String {
        var text = expected.id.text
        if expected.derived { text += " derived" }
        if let via = expected.via { text += " via \(kb.party(named: via.text).map(kb.partyID) ?? via.text)" }
        return text
    }

    /// Nil when the outcome is as expected; otherwise a diagnostic saying what differs.
    static func check(_ expectation: Expectation, answer: Answer?, failure: QueryFailure?, kb: KnowledgeBase,
                      file: FileID) -> Diagnostic? {
        let location = SourceLocation(file: file, range: expectation.range)
        let expectedErrors = expectation.groups.compactMap { group -> String? in
            if case .error(let id) = group.label { return id }
            return nil
        }
        if let failure {
            let actual = failure.diagnostics.map(\.id.rawValue)
            if !expectedErrors.isEmpty, expectedErrors.allSatisfy(actual.contains) { return nil }
            return Diagnostic(.expectationFailed, .error,
                              "expected \(describe(expectation, kb)), but the question failed with \(actual.joined(separator: ", "))",
                              at: location)
        }
        guard let answer else { return nil }
        if !expectedErrors.isEmpty {
            return Diagnostic(.expectationFailed, .error,
                              "expected error \(expectedErrors.joined(separator: ", ")), but the question was answered: \(describe(groups(of: answer, kb)))",
                              at: location)
        }
        var expected: [ExpectedGroup.Label: Set<String>] = [:]
        for group in expectation.groups where group.label != .nothing {
            expected[group.label, default: []].formUnion(group.items.map { item($0, kb) })
        }
        var actual = groups(of: answer, kb)
        if !expected.keys.contains(where: \.isAggregate) { actual = actual.filter { !$0.key.isAggregate } }
        if expected == actual { return nil }
        var notes: [DiagnosticNote] = []
        /// Each item with its label, and each count or total as itself.
        func entries(_ groups: [ExpectedGroup.Label: Set<String>]) -> Set<String> {
            Set(groups.flatMap { label, items in label.isAggregate ? [text(label)] : items.map { "\($0) (\(text(label)))" } })
        }
        let expectedItems = entries(expected)
        let actualItems = entries(actual)
        for missing in expectedItems.subtracting(actualItems).sorted() { notes.append(DiagnosticNote("missing: \(missing)")) }
        for extra in actualItems.subtracting(expectedItems).sorted() { notes.append(DiagnosticNote("not expected: \(extra)")) }
        return Diagnostic(.expectationFailed, .error,
                          "expected \(describe(expected)), got \(describe(actual))", at: location, notes: notes)
    }

    static func describe(_ expectation: Expectation, _ kb: KnowledgeBase) -> String {
        var groups: [ExpectedGroup.Label: Set<String>] = [:]
        for group in expectation.groups { groups[group.label, default: []].formUnion(group.items.map { item($0, kb) }) }
        return describe(groups)
    }

    /// "holds: A, B; may hold: C", in a fixed order of labels.
    static func describe(_ groups: [ExpectedGroup.Label: Set<String>]) -> String {
        if groups.isEmpty { return "nothing" }
        return groups.sorted { order($0.key) < order($1.key) }.map { label, items in
            items.isEmpty ? text(label) : "\(text(label)): \(items.sorted().joined(separator: ", "))"
        }.joined(separator: "; ")
    }

    static func text(_ label: ExpectedGroup.Label) -> String {
        switch label {
        case .holds: return "holds"
        case .mayHold: return "may hold"
        case .doesNotHold: return "does not hold"
        case .started: return "started"
        case .ended: return "ended"
        case .starts(let bound): return "starts \(bound)"
        case .ends(let bound): return "ends \(bound)"
        case .nothing: return "nothing"
        case .error(let id): return "error \"\(id)\""
        case .count(let range): return "count \(range)"
        case .total(let sum): return "total \(sum)"
        }
    }


    private static func order(_ label: ExpectedGroup.Label) -> String {
        switch label {
        case .holds: return "0"
        case .mayHold: return "1"
        case .doesNotHold: return "2"
        case .ended: return "3"
        case .started: return "4"
        default: return "5" + text(label)
        }
    }
}
