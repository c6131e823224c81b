/// How a whole knowledge base is written into a compiled knowledge base and read back: the size of every
/// table first, then the tables, then the indexes the loader built, so that reading builds nothing again.
extension SnapshotWriter {
    mutating func write(_ kb: KnowledgeBase) {
        for size in [kb.parties.count, kb.assets.count, kb.sources.count, kb.agreements.count, kb.clauses.count,
                     kb.events.count, kb.prospects.count, kb.strings.strings.count, kb.clauseAssets.count,
                     kb.amountTable.count, kb.instants.count, kb.conditionTable.count] {
            count(size)
        }
        // The tables that grow with the clauses are records read in place; their strings go to one heap.
        var heap: [UInt8] = []
        records(kb.strings.strings, heap: &heap) { $0.string($1) }
        kb.parties.forEach { write($0) }
        kb.assets.forEach { write($0) }
        kb.sources.forEach { write($0) }
        records(kb.instants, heap: &heap) { $0.write($1) }
        kb.agreements.forEach { write($0) }
        records(kb.clauses, heap: &heap) { $0.write($1) }
        kb.events.forEach { write($0) }
        kb.prospects.forEach { write($0) }
        records(kb.clauseAssets, heap: &heap) { $0.int32($1) }
        kb.amountTable.forEach { write($0) }
        records(kb.conditionTable, heap: &heap) { $0.write($1) }
        strings(kb.currencies.sorted())
        // The parties' names are read whole; the others are read when first asked for, and the clauses'
        // identifiers are found in the clauses, in the order of their identifiers.
        write(kb.partyNames)
        for kind in EntityKind.allCases where kind != .party && kind != .clause {
            let names = kb.index(for: kind)
            count(names.exact.count)
            flag(names.keepsIdentifiersOnly)
            var section = SnapshotWriter()
            section.write(names)
            blob(section.bytes)
        }
        let identifiers = kb.clauses.map { kb.strings[$0.id] }
        records(kb.clauses.indices.sorted { identifiers[$0] < identifiers[$1] }, heap: &heap) { $0.int32(Int32($1)) }
        for table in [kb.clausesByHolder, kb.clausesByCounterparty] { lists(table, heap: &heap) }
        kb.partsByParty.forEach { indexes($0) }
        indexes(kb.actions.sorted())
        blob(heap)
    }

    /// Lists of indexes as records: where each list starts among all their indexes, and where the
    /// last ends, then the indexes.
    mutating func lists(_ lists: Table<[Int32]>, heap: inout [UInt8]) {
        var starts: [Int32] = [0]
        starts.reserveCapacity(lists.count + 1)
        for list in lists { starts.append(starts[starts.count - 1] + Int32(list.count)) }
        records(starts, heap: &heap) { $0.int32($1) }
        count(Int(starts[starts.count - 1]))
        for list in lists { list.forEach { int32($0) } }
    }

    mutating func write(_ names: NameIndex) {
        let exact = names.exact.ordered
        count(exact.count)
        for (key, entity) in exact {
            string(key)
            int32(entity)
        }
        // An index of identifiers alone works the rest out when it is asked for it.
        flag(names.keepsIdentifiersOnly)
        guard !names.keepsIdentifiersOnly else { return }
        let folded = names.folded.ordered
        count(folded.count)
        for (key, entities) in folded {
            string(key)
            indexes(entities.entities)
        }
        strings(names.spellings)
        for key in names.spellingKeys {
            int32(key.length)
            uint64(key.letters)
        }
    }
}

extension SnapshotReader {
    /// The knowledge base, its large tables read in place from `file`, whose contents this reader reads.
    mutating func knowledgeBase(in file: CompiledBytes) throws(SnapshotError) -> KnowledgeBase {
        limits.parties = try tableSize()
        limits.assets = try tableSize()
        limits.sources = try tableSize()
        limits.agreements = try tableSize()
        limits.clauses = try tableSize()
        limits.events = try tableSize()
        limits.prospects = try tableSize()
        limits.strings = try tableSize()
        limits.clauseAssets = try tableSize()
        limits.amounts = try tableSize()
        limits.instants = try tableSize()
        limits.conditions = try tableSize()
        // Every clause names a string, an agreement, a party and an instant, which an empty record reads as.
        if limits.clauses > 0, limits.strings == 0 || limits.agreements == 0 || limits.parties == 0 || limits.instants == 0 {
            throw Self.damaged("clauses without what they name")
        }
        if limits.conditions > 0, limits.clauses == 0 { throw Self.damaged("conditions without clauses") }
        var kb = KnowledgeBase()
        let strings = try records(limits.strings)
        try reserve(&kb.parties, limits.parties, atLeast: 20)
        for _ in 0..<limits.parties { kb.parties.append(try party()) }
        try reserve(&kb.assets, limits.assets, atLeast: 16)
        for _ in 0..<limits.assets { kb.assets.append(try asset()) }
        try reserve(&kb.sources, limits.sources, atLeast: 16)
        for _ in 0..<limits.sources { kb.sources.append(try sourceDocument()) }
        let instants = try records(limits.instants)
        try reserve(&kb.agreements, limits.agreements, atLeast: 40)
        for _ in 0..<limits.agreements { kb.agreements.append(try agreement()) }
        releaseRead()
        let clauses = try records(limits.clauses)
        try reserve(&kb.events, limits.events, atLeast: 24)
        for _ in 0..<limits.events { kb.events.append(try event()) }
        try reserve(&kb.prospects, limits.prospects, atLeast: 20)
        for _ in 0..<limits.prospects { kb.prospects.append(try prospect()) }
        let clauseAssets = try records(limits.clauseAssets)
        try reserve(&kb.amountTable, limits.amounts, atLeast: 10)
        for _ in 0..<limits.amounts { kb.amountTable.append(try amount()) }
        let conditions = try records(limits.conditions)
        kb.currencies = Set(try self.strings())
        kb.partyNames = try nameIndex(below: limits.parties)
        var deferredNames: [(kind: EntityKind, count: Int, identifiersOnly: Bool, start: Int, limit: Int)] = []
        for (kind, limit) in [(EntityKind.asset, limits.assets), (.source, limits.sources), (.agreement, limits.agreements),
                              (.event, limits.events), (.prospect, limits.prospects)] {
            let count = try self.count(atLeast: 8), identifiersOnly = try flag()
            let length = try self.count()
            deferredNames.append((kind, count, identifiersOnly, offset, limit))
            try move(to: offset + length)
        }
        let byIdentifier = try records(limits.clauses)
        guard byIdentifier.stride == 4 || limits.clauses == 0 else { throw Self.damaged("clause order of \(byIdentifier.stride) bytes") }
        releaseRead()
        let holders = try lists(limits.parties), counterparties = try lists(limits.parties)
        for _ in 0..<limits.parties { kb.partsByParty.append(try indexes(below: limits.parties, "party")) }
        kb.actions = Set(try indexes(below: limits.strings, "string"))
        let heapCount = try count()
        let heap = offset..<offset + heapCount
        try move(to: heap.upperBound)

        let records = RecordFile(file, contents: contents, limits: limits, heap: heap)
        kb.compiledFile.file = records
        kb.strings = StringTable(strings: Table(Records(file: records, start: strings.start, stride: strings.stride,
                                                        count: limits.strings, damaged: "") { reader throws(SnapshotError) in
            try reader.string()
        }))
        kb.instants = Table(Records(file: records, start: instants.start, stride: instants.stride, count: limits.instants,
                                    damaged: Instant(.unknown)) { reader throws(SnapshotError) in
            try reader.instant()
        })
        kb.clauses = Table(Records(file: records, start: clauses.start, stride: clauses.stride, count: limits.clauses,
                                   damaged: Clause.damaged) { reader throws(SnapshotError) in try reader.clause() })
        let assetCount = limits.assets
        kb.clauseAssets = Table(Records(file: records, start: clauseAssets.start, stride: clauseAssets.stride,
                                        count: limits.clauseAssets, damaged: 0) { reader throws(SnapshotError) in
            try reader.index(below: assetCount, "asset")
        })
        kb.conditionTable = Table(Records(file: records, start: conditions.start, stride: conditions.stride,
                                          count: limits.conditions, damaged: Condition.damaged) { reader throws(SnapshotError) in
            try reader.condition()
        })
        let clauseCount = limits.clauses
        for (table, lists) in [(\KnowledgeBase.clausesByHolder, holders), (\.clausesByCounterparty, counterparties)] {
            kb[keyPath: table] = Table(Records(file: records, start: lists.starts, stride: 4, count: limits.parties,
                                               damaged: []) { reader throws(SnapshotError) in
                try reader.list(among: lists.indexes, below: clauseCount)
            })
        }
        for names in deferredNames {
            let empty: NameIndex.DeferredTables.Tables = (StringMap(), names.identifiersOnly ? nil : NameIndex.Names())
            kb.setIndex(names.kind, NameIndex(deferred: NameIndex.DeferredTables(count: names.count, identifiersOnly: names.identifiersOnly) {
                records.read(at: names.start, or: empty, stringsInPlace: true) { reader throws(SnapshotError) in
                    let index = try reader.nameIndex(below: names.limit)
                    return (index.exact, index.keepsIdentifiersOnly ? nil : index.names)
                }
            }))
        }
        let (clauseTable, stringTable) = (kb.clauses, kb.strings)
        let clauseCountForOrder = limits.clauses
        let ordered = Table(Records(file: records, start: byIdentifier.start, stride: 4, count: limits.clauses,
                                    damaged: 0) { reader throws(SnapshotError) in
            try reader.index(below: clauseCountForOrder, "clause")
        })
        kb.clauseNames = NameIndex(deferred: NameIndex.DeferredTables(count: limits.clauses, identifiersOnly: true, lookup: { id in
            // The clauses in the order of their identifiers, searched by halves.
            var (low, high) = (0, ordered.count)
            while low < high {
                let middle = (low + high) / 2
                let clause = ordered[middle]
                let found = stringTable[clauseTable[Int(clause)].id]
                if found == id { return clause }
                if found < id { low = middle + 1 } else { high = middle }
            }
            return nil
        }) {
            var identifiers = StringMap<Int32>()
            identifiers.reserveCapacity(clauseTable.count)
            for (index, clause) in clauseTable.enumerated() where identifiers[stringTable[clause.id]] == nil {
                _ = identifiers.updateValue(Int32(index), forKey: stringTable[clause.id])
            }
            return (identifiers, nil)
        })
        return kb
    }

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

    /// One of the lists whose starts this reader is at, its indexes among `indexes` each below `limit`.
    mutating func list(among indexes: (start: Int, count: Int), below limit: Int) throws(SnapshotError) -> [Int32] {
        let first = Int(try int32()), end = Int(try int32())
        guard first >= 0, first <= end, end <= indexes.count else { throw Self.damaged("a list \(first)..<\(end) of \(indexes.count)") }
        try move(to: indexes.start + first * 4)
        var values: [Int32] = []
        values.reserveCapacity(end - first)
        for _ in first..<end { values.append(try index(below: limit, "clause")) }
        return values
    }

    /// Makes room in `table` for `count` entries of at least `size` bytes each, once the count is known to
    /// fit in what is left of the file: a damaged count is refused before room is reserved for it.
    func reserve<T>(_ table: inout [T], _ count: Int, atLeast size: Int) throws(SnapshotError) {
        guard count <= remaining / size else { throw Self.damaged("a table larger than the file") }
        table.reserveCapacity(count)
    }

    mutating func nameIndex(below limit: Int) throws(SnapshotError) -> NameIndex {
        defer { releaseRead() }
        let exactCount = try count(atLeast: 8)
        var (keys, entities): ([String], [Int32]) = ([], [])
        keys.reserveCapacity(exactCount)
        entities.reserveCapacity(exactCount)
        for _ in 0..<exactCount {
            keys.append(try string())
            entities.append(try index(below: limit, "name"))
        }
        let identifiersOnly = try flag()
        var names = NameIndex(identifiersOnly: identifiersOnly)
        names.exact = StringMap(orderedKeys: keys, values: entities)
        if identifiersOnly { return names }
        var read = NameIndex.Names()
        let foldedCount = try count(atLeast: 8)
        var (foldedKeys, lists): ([String], [EntityList]) = ([], [])
        foldedKeys.reserveCapacity(foldedCount)
        lists.reserveCapacity(foldedCount)
        for _ in 0..<foldedCount {
            foldedKeys.append(try string())
            lists.append(EntityList(try indexes(below: limit, "name")))
        }
        read.folded = StringMap(orderedKeys: foldedKeys, values: lists)
        read.spellings = try strings()
        guard read.spellings.count <= remaining / 12 else { throw Self.damaged("spellings without keys") }
        read.spellingKeys.reserveCapacity(read.spellings.count)
        for _ in read.spellings {
            read.spellingKeys.append(SpellingKey(length: try int32(), letters: try uint64()))
        }
        names.names = read
        return names
    }
}
