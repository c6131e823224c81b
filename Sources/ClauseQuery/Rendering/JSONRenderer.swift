/// Renders answers as the JSON objects documented in the README: one object per question.
public enum JSONRenderer {
    /// The one-line JSON object for a question (`query`, `answer` for yes/no, `results`, `diagnostics`,
    /// `assumption`), without a newline.
    public static func render(query: String, answer: Answer?, diagnostics: [Diagnostic],
                              knowledgeBase kb: KnowledgeBase, sources: SourceSet) -> String {
        var members: [(String, JSONValue)] = [("query", .string(query))]
        if let answer {
            if case .verdict(let verdict) = answer.shape { members.append(("answer", .string(verdict.identifier))) }
            members.append(("results", .array(answer.rows.map { result($0, answer, kb) })))
        } else {
            members.append(("results", .array([])))
        }
        members.append(("diagnostics", .array(diagnostics.map { diagnostic($0, sources) })))
        if let answer, answer.isAssumed {
            members.append(("assumption", .string("unknown ends continue")))
        }
        return JSONValue.object(members).serialized()
    }

    static func result(_ row: AnswerRow, _ answer: Answer, _ kb: KnowledgeBase) -> JSONValue {
        var members: [(String, JSONValue)]
        let i = Int(row.entity.index)
        switch row.entity.kind {
        case .clause: members = clause(row, kb)
        case .party:
            let party = kb.parties[i]
            members = [("type", "party"), ("id", .string(party.id)), ("name", .string(party.name)),
                       ("aliases", .array(party.aliases.map(JSONValue.string))),
                       ("part_of", JSONValue(party.parent.map(kb.partyID)))]
        case .asset:
            let asset = kb.assets[i]
            members = [("type", "asset"), ("id", .string(asset.id)), ("name", .string(asset.name)),
                       ("owner", JSONValue(asset.owner.map(kb.partyID)))]
        case .source:
            let source = kb.sources[i]
            members = [("type", "source"), ("id", .string(source.id)), ("document", .string(source.document)),
                       ("title", JSONValue(source.title))]
        case .agreement:
            let agreement = kb.agreements[i]
            members = [("type", "agreement"), ("id", .string(agreement.id)), ("title", .string(agreement.title)),
                       ("parties", .array(agreement.parties.map { .string(kb.partyID($0)) })),
                       ("effective", JSONValue(agreement.effective.date?.description)),
                       ("effective_bound", .string(agreement.effective.state)),
                       ("amends", JSONValue(agreement.amends.map { kb.agreements[Int($0)].id })),
                       ("certainty", .string(row.certainty.identifier)), ("source", citation(agreement.citation, kb))]
        case .event:
            let event = kb.events[i]
            members = [("type", "event"), ("id", .string(event.id)), ("title", .string(event.title)),
                       ("date", .string(kb.text(event.date))),
                       ("involving", .array(event.involving.map { .string(kb.partyID($0)) })),
                       ("amounts", amounts(event.amounts)), ("certainty", .string(row.certainty.identifier)),
                       ("source", citation(event.citation, kb))]
        case .prospect:
            let prospect = kb.prospects[i]
            members = [("type", "prospect"), ("id", .string(prospect.id)), ("title", .string(prospect.title)),
                       ("involving", .array(prospect.involving.map { .string(kb.partyID($0)) })),
                       ("certainty", .string(row.certainty.identifier)), ("source", citation(prospect.citation, kb))]
        }
        if row.isAssumed { members.append(("assumed", .bool(true))) }
        if answer.explains {
            members.append(("explanation", .array(kb.explain(row, in: answer).lines.map {
                .object([("label", .string($0.label)), ("text", .string($0.text))])
            })))
        }
        return .object(members)
    }

    static func clause(_ row: AnswerRow, _ kb: KnowledgeBase) -> [(String, JSONValue)] {
        let view = ClauseView(row.entity.index, in: kb, derivation: row.derivation)
        let clause = view.clause
        var members: [(String, JSONValue)] = [
            ("type", "clause"),
            ("id", .string(kb.id(of: clause))),
            ("agreement", .string(kb.agreements[Int(clause.agreement)].id)),
            ("modality", .string(view.modality.rawValue)),
            ("holder", .string(kb.partyID(view.holder))),
            ("counterparty", JSONValue(view.counterparty.map(kb.partyID))),
            ("about", .string(kb.aboutText(of: clause))),
            ("from", JSONValue(clause.from.date?.description)),
            ("until", JSONValue(clause.until.date?.description)),
            ("from_bound", .string(clause.from.state)),
            ("until_bound", .string(clause.until.state)),
            ("exclusive", JSONValue(clause.exclusive)),
            ("amounts", amounts(kb.amounts(of: clause))),
            ("certainty", .string(row.certainty.identifier)),
            ("derived", JSONValue(row.derivation?.rawValue)),
            ("via", JSONValue(row.via.map(kb.partyID))),
            ("source", citation(clause.citation, kb)),
            ("ended", ending(clause, kb)),
        ]
        if let change = row.change { members.append(("change", .string(change.rawValue))) }
        if let boundary = row.boundary {
            members.append(("boundary", .string(boundary.date?.description ?? boundary.state)))
            members.append(("boundary_bound", .string(boundary.state)))
            members.append(("chain", .array(row.chain.map { .string(kb.id(of: kb.clauses[Int($0)])) })))
        }
        return members
    }

    static func amounts(_ amounts: [Amount]) -> JSONValue {
        .array(amounts.map { amount in
            .object([("kind", .string(amount.kind.rawValue)), ("text", JSONValue(amount.text)),
                     ("dollars", amount.dollars.map(JSONValue.number) ?? .null)])
        })
    }

    static func citation(_ citation: Citation?, _ kb: KnowledgeBase) -> JSONValue {
        guard let citation else { return .null }
        return .object([("document", .string(kb.sources[Int(citation.source)].document)),
                        ("line", .number(Double(citation.line)))])
    }

    static func ending(_ clause: Clause, _ kb: KnowledgeBase) -> JSONValue {
        guard let ending = clause.ending else { return .null }
        return .object([("how", .string(ending.kind.rawValue)), ("by", .string(kb.name(of: ending.cause))),
                        ("on", JSONValue(Supersession.endingDate(of: clause, in: kb)?.description))])
    }

    /// A diagnostic with 1-based line and column (columns count Unicode scalars).
    public static func diagnostic(_ diagnostic: Diagnostic, _ sources: SourceSet) -> JSONValue {
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
    public init(stringLiteral value: String) { self = .string(value) }
}
