/// How each kind of entity is written into a compiled knowledge base and read back.
extension SnapshotWriter {
    mutating func write(_ party: Party) {
        string(party.id)
        string(party.name)
        strings(party.aliases)
        index(party.parent)
        location(party.location)
    }

    mutating func write(_ asset: Asset) {
        string(asset.id)
        string(asset.name)
        index(asset.owner)
        location(asset.location)
    }

    mutating func write(_ source: SourceDocument) {
        string(source.id)
        string(source.document)
        optionalString(source.title)
        location(source.location)
    }

    mutating func write(_ agreement: Agreement) {
        string(agreement.id)
        string(agreement.title)
        indexes(agreement.parties)
        int32(agreement.effective)
        index(agreement.amends)
        write(agreement.citation)
        optionalString(agreement.note)
        location(agreement.location)
        range(agreement.clauses)
    }

    mutating func write(_ event: Event) {
        string(event.id)
        string(event.title)
        int32(event.date)
        indexes(event.involving)
        count(event.amounts.count)
        for amount in event.amounts { write(amount) }
        write(event.citation)
        optionalString(event.note)
        location(event.location)
    }

    mutating func write(_ prospect: Prospect) {
        string(prospect.id)
        string(prospect.title)
        indexes(prospect.involving)
        write(prospect.citation)
        optionalString(prospect.note)
        location(prospect.location)
    }

    mutating func write(_ citation: Citation?) {
        index(citation?.source)
        if let citation { int32(citation.line) }
    }

    mutating func write(_ amount: Amount) {
        byte(SnapshotCases.position(of: amount.kind, in: AmountKind.allCases))
        if let money = amount.money {
            string(money.currency)
            int64(Int64(money.cents))
        } else {
            int32(-1)
        }
        optionalString(amount.text)
        byte(amount.period.map { SnapshotCases.position(of: $0, in: AmountPeriod.allCases) + 1 } ?? 0)
    }
}

extension SnapshotReader {
    mutating func party() throws(SnapshotError) -> Party {
        Party(id: try string(), name: try string(), aliases: try strings(),
              parent: try optionalIndex(below: limits.parties, "party"), location: try location())
    }

    mutating func asset() throws(SnapshotError) -> Asset {
        Asset(id: try string(), name: try string(), owner: try optionalIndex(below: limits.parties, "party"),
              location: try location())
    }

    mutating func sourceDocument() throws(SnapshotError) -> SourceDocument {
        SourceDocument(id: try string(), document: try string(), title: try optionalString(), location: try location())
    }

    mutating func agreement() throws(SnapshotError) -> Agreement {
        Agreement(id: try string(), title: try string(), parties: try indexes(below: limits.parties, "party"),
                  effective: try index(below: limits.instants, "instant"),
                  amends: try optionalIndex(below: limits.agreements, "agreement"), citation: try citation(),
                  note: try optionalString(), location: try location(),
                  clauses: try range(within: limits.clauses, "clauses"))
    }

    mutating func event() throws(SnapshotError) -> Event {
        let id = try string(), title = try string()
        let date = try index(below: limits.instants, "instant")
        let involving = try indexes(below: limits.parties, "party")
        var amounts: [Amount] = []
        for _ in 0..<(try count(atLeast: 6)) { amounts.append(try amount()) }
        return Event(id: id, title: title, date: date, involving: involving, amounts: amounts, citation: try citation(),
                     note: try optionalString(), location: try location())
    }

    mutating func prospect() throws(SnapshotError) -> Prospect {
        Prospect(id: try string(), title: try string(), involving: try indexes(below: limits.parties, "party"),
                 citation: try citation(), note: try optionalString(), location: try location())
    }

    mutating func citation() throws(SnapshotError) -> Citation? {
        guard let source = try optionalIndex(below: limits.sources, "source") else { return nil }
        return Citation(source: source, line: try int32())
    }

    mutating func amount() throws(SnapshotError) -> Amount {
        let kind = try choice(AmountKind.allCases, "amount kind")
        var money: Money?
        if let currency = try optionalString() { money = Money(currency: currency, cents: Int(try int64())) }
        let text = try optionalString()
        let period = try choice([nil] + AmountPeriod.allCases.map { Optional($0) }, "amount period")
        return Amount(kind: kind, money: money, text: text, period: period)
    }
}

/// The cases of the enumerations a compiled knowledge base stores, in the order their positions are written.
enum SnapshotCases {
    static let endings: [EndingSyntax.Kind] = [.terminated, .replaced, .exercised, .lapsed]
    static let units: [DurationSyntax.Unit] = [.days, .months, .years]
    static let conditions: [ConditionSyntax.Kind] = [.if, .unless]
    static let comings: [Instant.Coming] = [.surely, .may, .never]
    static let severities: [Severity] = [.error, .warning, .note]
    static let precisions: [CalendarDate.Precision] = [.year, .month, .day]
    static let modalities = Modality.allCases
    static let exclusivities: [Bool?] = [nil, false, true]

    /// The position of `value` among `cases`, as one byte.
    static func position<T: Equatable>(of value: T, in cases: [T]) -> UInt8 {
        UInt8(cases.firstIndex(of: value) ?? 0)
    }
}
