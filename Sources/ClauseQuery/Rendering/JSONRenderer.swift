/// Renders answers as the JSON objects documented in the README: one object per question.
package enum JSONRenderer {
    /// The one-line JSON object for a question (`query`, `answer` for yes/no, `results`, `diagnostics`,
    /// `assumption`), without a newline.
    package static func render(query: String, answer: Answer?, diagnostics: [Diagnostic],
                              knowledgeBase kb: KnowledgeBase, sources: SourceSet) -> String {
        value(query: query, answer: answer, diagnostics: diagnostics, knowledgeBase: kb, sources: sources).serialized()
    }

    /// The JSON object `render` writes, as a value.
    package static func value(query: String, answer: Answer?, diagnostics: [Diagnostic],
                             knowledgeBase kb: KnowledgeBase, sources: SourceSet) -> JSONValue {
        var members: [(String, JSONValue)] = [("query", .string(query))]
        if let answer {
            if case .verdict(let verdict) = answer.shape { members.append(("answer", .string(verdict.identifier))) }
            members.append(("results", .array(InParts.map(answer.rows) { result($0, answer, kb) })))
        } else {
            members.append(("results", .array([])))
        }
        if let answer, case .count(let least, let most) = answer.shape {
            members.append(("count", .object([("at_least", .number(Double(least))), ("at_most", .number(Double(most)))])))
        }
        if let answer, case .total(let totals) = answer.shape { members.append(("total", total(totals, answer, kb))) }
        if let answer, case .changes = answer.shape { members.append(("changes", changes(answer, kb))) }
        if let answer, case .changes = answer.shape {
            members.append(("unstated_ends", .array(answer.unstatedEnds.map { .string(kb.id(of: kb.clauses[Int($0)])) })))
        }
        members.append(("diagnostics", .array(diagnostics.map { diagnostic($0, sources) })))
        if let answer, answer.isAssumed {
            members.append(("assumption", .string("unknown ends continue")))
        }
        return .object(members)
    }

    static func result(_ answerRow: AnswerRow, _ answer: Answer, _ kb: KnowledgeBase) -> JSONValue {
        let row = ResultRow(answerRow, kb, in: answer)
        let certainty: (String, JSONValue) = ("certainty", .string(row.certainty.identifier))
        let source: (String, JSONValue) = ("source", citation(row.source))
        var members: [(String, JSONValue)]
        switch row.details {
        case .none: members = clause(row)
        case .party(let name, let aliases, let partOf):
            members = [("type", "party"), ("id", .string(row.id)), ("name", .string(name)),
                       ("aliases", .array(aliases.map(JSONValue.string))), ("part_of", JSONValue(partOf))]
        case .asset(let name, let owner):
            members = [("type", "asset"), ("id", .string(row.id)), ("name", .string(name)), ("owner", JSONValue(owner))]
        case .source(let document, let title):
            members = [("type", "source"), ("id", .string(row.id)), ("document", .string(document)),
                       ("title", JSONValue(title))]
        case .agreement(let title, let parties, let effective, let amends):
            members = [("type", "agreement"), ("id", .string(row.id)), ("title", .string(title)),
                       ("parties", .array(parties.map(JSONValue.string))),
                       ("effective", .string(effective.text)),
                       ("effective_earliest", JSONValue(Days.date(effective.earliest)?.description)),
                       ("effective_latest", JSONValue(Days.date(effective.latest)?.description)),
                       ("amends", JSONValue(amends)), certainty, source]
        case .event(let title, let date, let involving):
            members = [("type", "event"), ("id", .string(row.id)), ("title", .string(title)),
                       ("date", .string(date.text)), ("date_earliest", JSONValue(Days.date(date.earliest)?.description)),
                       ("date_latest", JSONValue(Days.date(date.latest)?.description)),
                       ("involving", .array(involving.map(JSONValue.string))),
                       ("amounts", amounts(row.amounts)), certainty, source]
        case .prospect(let title, let involving):
            members = [("type", "prospect"), ("id", .string(row.id)), ("title", .string(title)),
                       ("involving", .array(involving.map(JSONValue.string))), certainty, source]
        }
        if row.isAssumed { members.append(("assumed", .bool(true))) }
        if case .timeline = answer.shape, let days = kb.holdingDays(of: answerRow, answer.assumption) {
            members.append(("sure", days.sure.map(dayRange) ?? .null))
            members.append(("possible", days.possible.map(dayRange) ?? .null))
        }
        if answer.explains {
            members.append(("explanation", .array(kb.explain(answerRow, in: answer).lines.map {
                .object([("label", .string($0.label)), ("text", .string($0.text))])
            })))
        }
        return .object(members)
    }

    static func clause(_ row: ResultRow) -> [(String, JSONValue)] {
        var members: [(String, JSONValue)] = [
            ("type", "clause"),
            ("id", .string(row.id)),
            ("agreement", JSONValue(row.agreement)),
            ("modality", JSONValue(row.modality?.rawValue)),
            ("holder", JSONValue(row.holder)),
            ("counterparty", JSONValue(row.counterparty)),
            ("about", .string(row.about)),
            ("from", JSONValue(row.from)),
            ("until", JSONValue(row.until)),
            ("from_earliest", JSONValue(row.fromEarliest?.description)),
            ("from_latest", JSONValue(row.fromLatest?.description)),
            ("until_earliest", JSONValue(row.untilEarliest?.description)),
            ("until_latest", JSONValue(row.untilLatest?.description)),
            ("from_inferred", JSONValue(row.start?.inferred)),
            ("until_inferred", JSONValue(row.end?.inferred)),
            ("conditions", .array(row.conditions.map(JSONValue.string))),
            ("exclusive", JSONValue(row.exclusive)),
            ("amounts", amounts(row.amounts)),
            ("certainty", .string(row.certainty.identifier)),
            ("derived", JSONValue(row.derivation?.rawValue)),
            ("via", JSONValue(row.via)),
            ("source", citation(row.source)),
            ("ended", row.ending.map { .object([("how", .string($0.how)), ("by", .string($0.by)),
                                                 ("on", JSONValue($0.on))]) } ?? .null),
        ]
        if let change = row.change { members.append(("change", .string(change.rawValue))) }
        if let reason = row.reason { members.append(("reason", .string(reason))) }
        if let boundary = row.boundary {
            members.append(("boundary", .string(boundary.text)))
            members.append(("boundary_earliest", JSONValue(boundary.earliestDate?.description)))
            members.append(("boundary_latest", JSONValue(boundary.latestDate?.description)))
            members.append(("chain", .array(row.chain.map(JSONValue.string))))
        }
        return members
    }

    /// A changes answer as its diff: per agreement, each clause replaced (with the fields that differ),
    /// ended or started, with its certainty.
    static func changes(_ answer: Answer, _ kb: KnowledgeBase) -> JSONValue {
        .array(ChangeDiff(answer, kb).groups.map { group in
            .object([("agreement", .string(group.agreement)), ("entries", .array(group.entries.map { entry in
                .object([("change", .string(entry.kind.rawValue)), ("certainty", .string(entry.certainty.identifier)),
                         ("id", .string(entry.row.id)), ("replaces", JSONValue(entry.old?.id)),
                         ("derived", JSONValue(entry.row.derivation?.rawValue)), ("via", JSONValue(entry.row.via)),
                         ("differences", .array(entry.differences.map { difference in
                             .object([("field", .string(difference.field)), ("from", .string(difference.old)),
                                      ("to", .string(difference.new))])
                         }))])
            }))])
        })
    }

    /// A total: its sums in the currency's units, with the parts and the caveats.
    static func total(_ totals: Totals, _ answer: Answer, _ kb: KnowledgeBase) -> JSONValue {
        func ids(_ indexes: [Int32]) -> JSONValue { .array(indexes.map { .string(kb.id(of: kb.clauses[Int($0)])) }) }
        let sums: [JSONValue] = totals.sums.map { sum in
            .object([("currency", .string(sum.currency)), ("period", JSONValue(sum.period?.rawValue)),
                     ("for_sure", .number(Double(sum.sure) / 100)),
                     ("at_most", sum.atMost.map { .number(Double($0) / 100) } ?? .null), ("parts", ids(sum.parts))])
        }
        return .object([("sums", .array(sums)), ("rates_not_summed", ids(totals.rates)),
                        ("figure_not_stated", ids(totals.unstated)), ("without_amount", .number(Double(totals.withoutAmount))),
                        ("basis", .string("commitments in force \(answer.period ?? "at any time"), not amounts falling due")),
                        ("overlap_stated", .bool(false))])
    }

    /// `{"from": "2026-12-31", "until": "2032-01-01"}`, null on a side without a limit.
    static func dayRange(_ days: ClosedRange<Int>) -> JSONValue {
        .object([("from", JSONValue(Days.date(days.lowerBound)?.description)),
                 ("until", JSONValue(Days.date(days.upperBound)?.description))])
    }

    static func amounts(_ amounts: [Amount]) -> JSONValue {
        .array(amounts.map { amount in
            .object([("kind", .string(amount.kind.rawValue)), ("text", JSONValue(amount.text)),
                     ("value", amount.money.map { JSONValue.number(Double($0.cents) / 100) } ?? .null),
                     ("currency", JSONValue(amount.money?.currency)), ("period", JSONValue(amount.period?.rawValue))])
        })
    }

    static func citation(_ source: SourceReference?) -> JSONValue {
        guard let source else { return .null }
        return .object([("document", .string(source.document)), ("line", .number(Double(source.line)))])
    }

    /// A diagnostic with 1-based line and column (columns count Unicode scalars).
    package static func diagnostic(_ diagnostic: Diagnostic, _ sources: SourceSet) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(diagnostic.id.rawValue)), ("severity", .string(diagnostic.severity.rawValue)),
            ("message", .string(diagnostic.message)),
        ]
        members += position(diagnostic.location, sources)
        members.append(("notes", .array(diagnostic.notes.map { note in
            .object([("message", .string(note.message))] + position(note.location, sources))
        })))
        return .object(members)
    }

    static func position(_ location: SourceLocation?, _ sources: SourceSet) -> [(String, JSONValue)] {
        guard let location, sources.contains(location.file) else { return [] }
        let text = sources[location.file]
        let start = text.position(of: location.range.start)
        let end = text.position(of: location.range.end)
        return [("file", .string(text.name)), ("line", .number(Double(start.line))),
                ("column", .number(Double(start.column))), ("end_line", .number(Double(end.line))),
                ("end_column", .number(Double(end.column)))]
    }
}

extension JSONValue: ExpressibleByStringLiteral {
    /// A JSON string holding `value`.
    package init(stringLiteral value: String) { self = .string(value) }
}
