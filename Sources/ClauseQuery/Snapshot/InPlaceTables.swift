/// Where the tables of a compiled knowledge base that are read in place lie in its contents.
struct InPlaceSections {
    typealias Section = (start: Int, stride: Int)
    typealias Lists = (starts: Int, indexes: (start: Int, count: Int))
    var strings: Section = (0, 1), instants: Section = (0, 1), clauses: Section = (0, 1)
    var clauseAssets: Section = (0, 1), conditions: Section = (0, 1)
    /// Where each agreement starts among `agreementBodies`, which lie in the contents.
    var agreements: Section = (0, 8), agreementBodies = 0..<0
    /// The declarations the knowledge base was loaded from.
    var declarations: Section = (0, 1)
    /// The clauses in the order of their identifiers.
    var clauseOrder: Section = (0, 4)
    var holders: Lists = (0, (0, 0)), counterparties: Lists = (0, (0, 0))
    /// The clauses' windows of days, by first day and by last day (`TimeIndex`).
    var timesByFirst: Section = (0, TimeIndex.recordSize), timesByLast: Section = (0, TimeIndex.recordSize)
    /// The name indexes read when first asked for: where each lies, and what reading it needs.
    var names: [(kind: EntityKind, count: Int, identifiersOnly: Bool, start: Int, limit: Int)] = []
}

extension KnowledgeBase {
    /// Makes the tables `sections` locates read from `file`, record by record.
    mutating func readInPlace(_ sections: InPlaceSections, from file: RecordFile) {
        let limits = file.limits
        compiledFile.file = file
        func fixed<T>(_ section: InPlaceSections.Section, _ count: Int, reading: Int? = nil, or damaged: T,
                      _ decode: @escaping @Sendable (FixedRecord) throws(SnapshotError) -> T) -> Table<T> {
            Table(Records(file, section, count: count, reading: reading, damaged: damaged, fixed: decode))
        }
        strings = StringTable(strings: fixed(sections.strings, limits.strings, or: "") { record throws(SnapshotError) in
            try record.string(0) ?? ""
        })
        instants = fixed(sections.instants, limits.instants, or: Instant(.unknown)) { record throws(SnapshotError) in
            try record.instant()
        }
        compiledFile.instantDays = Records(file, sections.instants, count: limits.instants,
                                           damaged: InstantDays(Instant(.unknown))) { record throws(SnapshotError) in
            try record.instantDays()
        }
        clauses = fixed(sections.clauses, limits.clauses, or: Clause.damaged) { record throws(SnapshotError) in
            try record.clause()
        }
        let bodies = sections.agreementBodies
        // An agreement's record holds where its body starts, which begins with its identifier.
        @Sendable func body<T>(_ record: FixedRecord, or damaged: T,
                     _ decode: (inout SnapshotReader) throws(SnapshotError) -> T) throws(SnapshotError) -> T {
            let start = record.int64(0)
            guard start >= 0, start < Int64(bodies.count) else { throw SnapshotReader.damaged("an agreement at \(start)") }
            return file.read(at: bodies.lowerBound + Int(start), or: damaged, decode)
        }
        agreements = fixed(sections.agreements, limits.agreements, or: Agreement.damaged) { record throws(SnapshotError) in
            try body(record, or: Agreement.damaged) { reader throws(SnapshotError) in try reader.agreement() }
        }
        compiledFile.agreementIDs = Records(file, sections.agreements, count: limits.agreements, damaged: "") {
            record throws(SnapshotError) in try body(record, or: "") { reader throws(SnapshotError) in try reader.string() }
        }
        clauseAssets = fixed(sections.clauseAssets, limits.clauseAssets, or: 0) { record throws(SnapshotError) in
            try record.index(0, below: limits.assets, "asset")
        }
        conditionTable = Table(Records(file, sections.conditions, count: limits.conditions, damaged: Condition.damaged) {
            reader throws(SnapshotError) in try reader.condition()
        })
        // A list's record holds where it starts, and the next one where it ends.
        clausesByHolder = fixed((sections.holders.starts, 4), limits.parties, reading: 8, or: []) { record throws(SnapshotError) in
            try record.list(among: sections.holders.indexes, below: limits.clauses)
        }
        clausesByCounterparty = fixed((sections.counterparties.starts, 4), limits.parties, reading: 8, or: []) {
            record throws(SnapshotError) in try record.list(among: sections.counterparties.indexes, below: limits.clauses)
        }
        for names in sections.names {
            let empty: NameIndex.DeferredTables.Tables = (StringMap(), names.identifiersOnly ? nil : NameIndex.Names())
            let tables = NameIndex.DeferredTables(count: names.count, identifiersOnly: names.identifiersOnly) {
                file.read(at: names.start, or: empty) { reader throws(SnapshotError) in
                    let index = try reader.nameIndex(below: names.limit)
                    return (index.exact, index.keepsIdentifiersOnly ? nil : index.names)
                }
            }
            changeIndex(names.kind) { $0 = NameIndex(deferred: tables) }
        }
        timeIndexCache = TimeIndexCache(TimeIndex(byFirst: .init(file, start: sections.timesByFirst.start, count: limits.clauses),
                                                  byLast: .init(file, start: sections.timesByLast.start, count: limits.clauses),
                                                  clauseCount: limits.clauses))
        let ordered = fixed(sections.clauseOrder, limits.clauses, or: 0) { record throws(SnapshotError) in
            try record.index(0, below: limits.clauses, "clause")
        }
        clauseNames = NameIndex(deferred: clauseIdentifiers(ordered: ordered))
    }

    /// The identifiers of the clauses, found by halves in `ordered`, the clauses in the order of their
    /// identifiers, and worked out into a map from them all only when they are all asked for.
    private func clauseIdentifiers(ordered: Table<Int32>) -> NameIndex.DeferredTables {
        let (clauses, strings) = (clauses, strings)
        return NameIndex.DeferredTables(count: clauses.count, identifiersOnly: true, lookup: { id in
            var (low, high) = (0, ordered.count)
            while low < high {
                let middle = (low + high) / 2
                let clause = ordered[middle]
                let found = strings[clauses[Int(clause)].id]
                if found == id { return clause }
                if found < id { low = middle + 1 } else { high = middle }
            }
            return nil
        }) {
            var identifiers = StringMap<Int32>()
            identifiers.reserveCapacity(clauses.count)
            for (index, clause) in clauses.enumerated() where identifiers[strings[clause.id]] == nil {
                _ = identifiers.updateValue(Int32(index), forKey: strings[clause.id])
            }
            return (identifiers, nil)
        }
    }
}

extension RecordFile {
    /// The `count` declarations of `section`.
    func declarations(_ section: InPlaceSections.Section, count: Int) -> Table<LoadedDeclaration> {
        let damaged = LoadedDeclaration(file: FileID(limits.firstFile), range: ByteRange(0, 0), kind: .party, id: "", load: 0)
        return Table(Records(self, section, count: count, damaged: damaged) { record throws(SnapshotError) in
            try record.declaration()
        })
    }
}

extension Records {
    /// The records of `section` of `file`, each read by `decode`; one that does not read reads as `damaged`.
    convenience init(_ file: RecordFile, _ section: InPlaceSections.Section, count: Int, damaged: Element,
                     _ decode: @escaping @Sendable (inout SnapshotReader) throws(SnapshotError) -> Element) {
        let (start, stride) = section
        self.init(count: count) { index in file.read(at: start + index * stride, or: damaged, decode) }
    }

    /// The records of `section` of `file` in a fixed layout, each read by `decode` (which reads `reading`
    /// bytes from its start, its stride unless given); one that does not read reads as `damaged`.
    convenience init(_ file: RecordFile, _ section: InPlaceSections.Section, count: Int, reading: Int? = nil, damaged: Element,
                     fixed decode: @escaping @Sendable (FixedRecord) throws(SnapshotError) -> Element) {
        let (start, stride) = section
        let size = reading ?? stride
        self.init(count: count) { index in file.read(at: start + index * stride, size: size, or: damaged, fixed: decode) }
    }
}

extension SnapshotReader {
    /// Where lists written by `SnapshotWriter.lists` lie: where the starts of `count` lists begin, and
    /// where the indexes begin and how many there are.
    mutating func lists(_ count: Int) throws(SnapshotError) -> (starts: Int, indexes: (start: Int, count: Int)) {
        let starts = try records(count + 1)
        guard starts.stride == 4 else { throw Self.damaged("lists with starts of \(starts.stride) bytes") }
        let indexCount = try self.count(atLeast: 4)
        return (starts.start, (try records4(indexCount), indexCount))
    }

    /// Goes past `count` indexes of 4 bytes each; where they start.
    private mutating func records4(_ count: Int) throws(SnapshotError) -> Int {
        let start = offset
        try move(to: offset + count * 4)
        return start
    }
}

extension FixedRecord {
    /// The list whose start this record holds, the next record holding its end: its indexes among
    /// `indexes`, each below `limit`.
    func list(among indexes: (start: Int, count: Int), below limit: Int) throws(SnapshotError) -> [Int32] {
        let first = Int(int32(0)), end = Int(int32(4))
        guard first >= 0, first <= end, end <= indexes.count else {
            throw SnapshotReader.damaged("a list \(first)..<\(end) of \(indexes.count)")
        }
        var values: [Int32] = []
        values.reserveCapacity(end - first)
        let from = indexes.start + first * 4
        try file.checks.require(from..<from + (end - first) * 4)
        guard let base = file.contents.baseAddress else { return values }
        for position in 0..<end - first {
            let value = Int32(littleEndian: base.loadUnaligned(fromByteOffset: from + position * 4, as: Int32.self))
            guard value >= 0, Int(value) < limit else { throw SnapshotReader.damaged("clause \(value) of \(limit)") }
            values.append(value)
        }
        return values
    }
}
