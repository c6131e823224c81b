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

/// One row of an answer as plain values: what the JSON output holds, for Swift programs.
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
    /// For clauses: the start.
    public var from: Bound?
    /// For clauses: the end, after supersession.
    public var until: Bound?
    /// For clauses: true, false, or nil when exclusivity is not stated.
    public var exclusive: Bool?
    /// The citation of a clause, agreement, event or prospect.
    public var source: SourceReference?

    init(_ row: AnswerRow, _ kb: KnowledgeBase) {
        kind = row.entity.kind
        id = kb.identifier(of: row.entity)
        certainty = row.certainty
        derivation = row.derivation
        via = row.via.map(kb.partyID)
        change = row.change
        about = kb.displayName(of: row.entity)
        let i = Int(row.entity.index)
        switch row.entity.kind {
        case .clause:
            let view = ClauseView(row.entity.index, in: kb, derivation: row.derivation)
            agreement = kb.agreements[Int(view.clause.agreement)].id
            modality = view.modality
            holder = kb.partyID(view.holder)
            counterparty = view.counterparty.map(kb.partyID)
            from = view.clause.from
            until = view.clause.until
            exclusive = view.clause.exclusive
            source = Self.source(view.clause.citation, kb.note(of: view.clause), kb)
        case .agreement: source = Self.source(kb.agreements[i].citation, kb.agreements[i].note, kb)
        case .event: source = Self.source(kb.events[i].citation, kb.events[i].note, kb)
        case .prospect: source = Self.source(kb.prospects[i].citation, kb.prospects[i].note, kb)
        case .party, .asset, .source: break
        }
    }

    private static func source(_ citation: Citation?, _ note: String?, _ kb: KnowledgeBase) -> SourceReference? {
        guard let citation else { return nil }
        return SourceReference(document: kb.sources[Int(citation.source)].document, line: Int(citation.line), note: note)
    }
}
