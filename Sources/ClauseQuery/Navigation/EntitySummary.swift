extension KnowledgeBase {
    /// The entity of `kind` whose identifier is exactly `identifier`: found among the identifiers alone,
    /// which are unique.
    package func entity(_ kind: EntityKind, identifier: String) -> EntityRef? {
        index(for: kind).entity(identifier: identifier).map { EntityRef(kind, $0) }
    }

    /// A short Markdown description of an entity: what a hover in an editor shows.
    ///
    /// A clause gives its modality, holder, counterparty, validity (saying which bounds the source
    /// leaves unknown or open), agreement, terms, ending and source; a party its aliases and parts.
    package func summary(of entity: EntityRef) -> String {
        let i = Int(entity.index)
        var lines: [String] = []
        func add(_ label: String, _ text: String?) {
            if let text, !text.isEmpty { lines.append("- \(label): \(text)") }
        }
        var heading = "**\(entity.kind.rawValue) \(identifier(of: entity))**"
        switch entity.kind {
        case .clause:
            let clause = clauses[i]
            heading += " — \(statement(of: clause))"
            for line in validity(of: clause) { add(line.label, line.text) }
            for condition in conditions(of: clause) { add("condition", describe(condition)) }
            add("agreement", describeAgreement(clause.agreement))
            var terms: [String] = []
            if let exclusive = clause.exclusive { terms.append(exclusive ? "exclusive" : "not exclusive") }
            terms += amounts(of: clause).map(text)
            add("terms", terms.joined(separator: ", "))
            if let ending = clause.ending {
                var text = "\(ending.kind.rawValue) by \(name(of: ending.cause))"
                if let cut = clause.end.cut { text += ", \(instants[Int(cut)].phrase)" }
                add("ended", text)
            }
            add("source", sourceText(clause.citation, note(of: clause)))
        case .party:
            let party = parties[i]
            heading += " \"\(party.name)\""
            add("aliases", party.aliases.joined(separator: ", "))
            add("part of", party.parent.map(partyID))
            add("parts", partsByParty[i].map(partyID).joined(separator: ", "))
            add("clauses", "\(clausesByHolder[i].count) held, \(clausesByCounterparty[i].count) as counterparty")
        case .asset:
            let asset = assets[i]
            heading += " \"\(asset.name)\""
            add("owned by", asset.owner.map(partyID))
        case .source:
            let source = sources[i]
            heading += " \"\(source.document)\""
            add("title", source.title)
        case .agreement:
            let agreement = agreements[i]
            heading += " \"\(agreement.title)\""
            add("between", agreement.parties.map(partyID).joinedAsList())
            add("effective", instants[Int(agreement.effective)].phrase)
            add("amends", agreement.amends.map { agreements[Int($0)].id })
            add("clauses", agreement.clauses.map { id(of: clauses[Int($0)]) }.joined(separator: ", "))
            add("source", sourceText(agreement.citation, agreement.note))
        case .event:
            let event = events[i]
            heading += " \"\(event.title)\""
            add("date", instants[Int(event.date)].phrase)
            add("involving", event.involving.map(partyID).joinedAsList())
            add("amounts", event.amounts.map(text).joined(separator: ", "))
            add("source", sourceText(event.citation, event.note))
        case .prospect:
            let prospect = prospects[i]
            heading += " \"\(prospect.title)\" — expected, not agreed; it never holds"
            add("involving", prospect.involving.map(partyID).joinedAsList())
            add("source", sourceText(prospect.citation, prospect.note))
        }
        return ([heading, ""] + lines).joined(separator: "\n")
    }

    private func sourceText(_ citation: Citation?, _ note: String?) -> String {
        guard let citation else { return "none cited" }
        return text(citation) + (note.map { " — \($0)" } ?? "")
    }
}
