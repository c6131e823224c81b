/// Where a clause, event or prospect comes from: a document, a line in it and the author's note.
public struct SourceReference: Hashable, Sendable {
    /// The document's name, as its `source` declaration gives it.
    public var document: String
    /// The line of the document cited.
    public var line: Int
    /// The knowledge-base author's note on it.
    public var note: String?

    /// A citation of `line` of `document`.
    public init(document: String, line: Int, note: String? = nil) {
        self.document = document
        self.line = line
        self.note = note
    }
}

/// One row of an answer as plain values: what the table, JSON and CSV renderers print, for Swift programs too.
///
/// Every renderer reads a row's fields from here and nowhere else, so the formats cannot disagree.
public struct ResultRow: Hashable, Sendable {
    /// What kind of entity the row is.
    public var kind: EntityKind
    /// The entity's identifier.
    public var id: String
    /// Holds, may hold or does not hold.
    public var certainty: Certainty
    /// The rule that made a clause row hold for its holder, or nil when it is stated.
    public var derivation: DerivationRule?
    /// The part of the asked-about party that holds the row ("via AWS").
    public var via: String?
    /// For changes questions: whether the clause started or ended.
    public var change: Change?
    /// For clauses: the agreement's identifier.
    public var agreement: String?
    /// For clauses, as the row reads: a derived row is the correlative right.
    public var modality: Modality?
    /// For clauses: the party holding the row, as it reads.
    public var holder: String?
    /// For clauses: the party it is held against or owed to.
    public var counterparty: String?
    /// The action and assets in words ("access OpenAI models"), or an entity's display name.
    public var about: String
    /// For clauses: the start as written ("2026", "before 2026", "2025-11 to 2026", "unknown", "open").
    public var from: String?
    /// For clauses: the end as written, or how it was cut short ("day before 2026", "+8 years").
    public var until: String?
    /// For clauses: the earliest and latest day the start may fall on, nil when unbounded.
    public var fromEarliest: CalendarDate?, fromLatest: CalendarDate?
    /// For clauses: the earliest and latest day the end may fall on, nil when unbounded.
    public var untilEarliest: CalendarDate?, untilLatest: CalendarDate?
    /// For clauses: the conditions, as written ("if OpenAIAchievesAGI").
    public var conditions: [String] = []
    /// For clauses: true, false, or nil when exclusivity is not stated.
    public var exclusive: Bool?
    /// The citation of a clause, agreement, event or prospect.
    public var source: SourceReference?
    /// True when the certainty rests on the session's assumption that unknown ends continue.
    public var isAssumed = false

    /// The amounts of a clause or an event.
    package var amounts: [Amount] = []
    /// For clauses: how the clause ended early, if it did.
    package var ending: EndingFacts?
    /// For clauses: the start and end in full, with what was inferred.
    package var start: Moment?
    package var end: Moment?
    /// For a may-hold clause row: why it only may hold, in a few words ("end not stated").
    package var reason: String?
    /// For `when` questions: the start or end found, and the identifiers of the clauses followed to it.
    package var boundary: Moment?
    package var chain: [String] = []
    /// What only other kinds of entity have.
    package var details = Details.none

    /// How a clause ended early: `replaced` or `terminated`, by what, and on which day when known.
    package struct EndingFacts: Hashable, Sendable {
        package var how: String
        package var by: String
        package var on: String?
    }

    /// The fields of entities other than clauses.
    package enum Details: Hashable, Sendable {
        case none
        case party(name: String, aliases: [String], partOf: String?)
        case asset(name: String, owner: String?)
        case source(document: String, title: String?)
        case agreement(title: String, parties: [String], effective: Instant, amends: String?)
        case event(title: String, date: Instant, involving: [String])
        case prospect(title: String, involving: [String])
    }

    package init(_ row: borrowing AnswerRow, _ kb: borrowing KnowledgeBase, in answer: borrowing Answer) {
        kind = row.entity.kind
        let i = Int(row.entity.index)
        // A clause is read once for all its fields.
        let clause = kind == .clause ? kb.clauses[i] : nil
        if let clause {
            (id, about) = (kb.id(of: clause), kb.aboutText(of: clause))
        } else {
            (id, about) = (kb.identifier(of: row.entity), kb.displayName(of: row.entity))
        }
        certainty = row.certainty
        derivation = row.derivation
        if let party = row.via { via = kb.partyID(party) }
        change = row.change
        isAssumed = row.isAssumed
        boundary = row.boundary
        for clause in row.chain { chain.append(kb.id(of: kb.clauses[Int(clause)])) }
        switch row.entity.kind {
        case .clause: if let clause { describe(clause, row, kb, answer) }
        case .party:
            let party = kb.parties[i]
            details = .party(name: party.name, aliases: party.aliases, partOf: party.parent.map { kb.partyID($0) })
        case .asset: details = .asset(name: kb.assets[i].name, owner: kb.assets[i].owner.map { kb.partyID($0) })
        case .source: details = .source(document: kb.sources[i].document, title: kb.sources[i].title)
        case .agreement:
            let agreement = kb.agreements[i]
            details = .agreement(title: agreement.title, parties: agreement.parties.map { kb.partyID($0) },
                                 effective: kb.instants[Int(agreement.effective)], amends: agreement.amends.map { kb.agreements[Int($0)].id })
            source = Self.source(agreement.citation, agreement.note, kb)
        case .event:
            let event = kb.events[i]
            details = .event(title: event.title, date: kb.instants[Int(event.date)], involving: event.involving.map { kb.partyID($0) })
            amounts = event.amounts
            source = Self.source(event.citation, event.note, kb)
        case .prospect:
            let prospect = kb.prospects[i]
            details = .prospect(title: prospect.title, involving: prospect.involving.map { kb.partyID($0) })
            source = Self.source(prospect.citation, prospect.note, kb)
        }
    }

    private mutating func describe(_ clause: Clause, _ row: borrowing AnswerRow, _ kb: borrowing KnowledgeBase,
                                   _ answer: borrowing Answer) {
        let view = ClauseView(row.entity.index, clause, derivation: row.derivation)
        let assumption = answer.assumption
        agreement = kb.agreementID(clause.agreement)
        modality = view.modality
        if let party = view.holder { holder = kb.partyID(party) }
        if let party = view.counterparty { counterparty = kb.partyID(party) }
        let validity = kb.span(of: clause, assumption: assumption)
        let (start, end) = (kb.start(of: clause, validity: validity, phrased: false),
                            kb.end(of: clause, validity: validity, assumption: assumption, phrased: false))
        (self.start, self.end) = (start, end)
        (from, until) = (start.text, end.text)
        (fromEarliest, fromLatest) = (start.earliestDate, start.latestDate)
        (untilEarliest, untilLatest) = (end.earliestDate, end.latestDate)
        for condition in kb.conditions(of: clause) { conditions.append(kb.text(condition)) }
        exclusive = clause.exclusive
        amounts = kb.amounts(of: clause)
        source = Self.source(clause.citation, kb.note(of: clause), kb)
        if let ended = clause.ending {
            var on: String?
            if let cut = clause.end.cut { on = kb.instants[Int(cut)].text }
            ending = EndingFacts(how: ended.kind.rawValue, by: kb.name(of: ended.cause), on: on)
        }
        if row.certainty == .mayHold { reason = Reasons.short(row, clause, span: validity, start: start, end: end, answer, kb) }
    }

    private static func source(_ citation: Citation?, _ note: String?, _ kb: KnowledgeBase) -> SourceReference? {
        guard let citation else { return nil }
        return SourceReference(document: kb.sources[Int(citation.source)].document, line: Int(citation.line), note: note)
    }

    /// The short terms of a clause row, as the table shows them: exclusivity, amounts, derivation, "via"
    /// and how it ended.
    package var terms: [String] {
        var terms: [String] = []
        if let exclusive { terms.append(exclusive ? "exclusive" : "not exclusive") }
        terms += amounts.map(\.phrase)
        if let derivation, let counterparty {
            let how: String
            switch derivation {
            case .correlativeOfRight: how = "claimed by"
            case .correlativeOfObligation: how = "owed by"
            case .correlativeOfProhibition: how = "protected from"
            case .correlativeOfPermission: how = "permitted to"
            case .correlativeOfPower: how = "power of"
            case .correlativeOfImmunity: how = "immunity of"
            }
            terms.append("derived: \(how) \(counterparty)")
        }
        terms += conditions
        if let via { terms.append("via \(via)") }
        if isAssumed { terms.append("assuming the end continues") }
        if let ending { terms.append("\(ending.how) by \(ending.by)") }
        return terms
    }
}

extension Amount {
    /// "cap unstated", "exactly $38B", "exactly €120,000 per year".
    package var phrase: String { "\(kind.rawValue) \(text ?? "unstated")" + (period.map { " per \($0.rawValue)" } ?? "") }
}
