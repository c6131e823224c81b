/// How a whole knowledge base is written into a compiled knowledge base and read back: the size of every
/// table first, then the tables, then the indexes the loader built, so that reading builds nothing again;
/// then the declarations it was loaded from.
extension SnapshotWriter {
    mutating func write(_ kb: KnowledgeBase, declarations: Table<LoadedDeclaration> = Table()) {
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
        records(kb.instants, heap: &heap) { $0.instantRecord($1) }
        // Agreements are read one by one when a question needs them: where each starts, then each.
        var agreements = SnapshotWriter()
        var starts: [Int64] = []
        starts.reserveCapacity(kb.agreements.count)
        for agreement in kb.agreements {
            starts.append(Int64(agreements.bytes.count))
            agreements.write(agreement)
        }
        records(starts, heap: &heap) { $0.int64($1) }
        blob(agreements.bytes)
        records(kb.clauses, heap: &heap) { $0.clauseRecord($1) }
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
        // The clauses by the days they may hold on, so that a question without a party need not read them all.
        let time = kb.timeIndex
        for order in [time.byFirst, time.byLast] {
            records((0..<order.count).lazy.map { order[$0] }, heap: &heap) { writer, entry in
                writer.int32(entry.first)
                writer.int32(entry.last)
                writer.int32(entry.clause)
            }
        }
        count(declarations.count)
        records(declarations, heap: &heap) { $0.declarationRecord($1) }
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
    /// The knowledge base and the declarations it was loaded from, its large tables and the declarations
    /// read in place from `file`, whose contents this reader reads.
    mutating func knowledgeBase(in file: CompiledBytes) throws(SnapshotError) -> (KnowledgeBase, Table<LoadedDeclaration>) {
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
        // Every agreement takes effect at an instant, which an empty record reads as.
        if limits.agreements > 0, limits.instants == 0 { throw Self.damaged("agreements without instants") }
        var kb = KnowledgeBase()
        var sections = InPlaceSections()
        sections.strings = try records(limits.strings)
        try reserve(&kb.parties, limits.parties, atLeast: 20)
        for _ in 0..<limits.parties { kb.parties.append(try party()) }
        try reserve(&kb.assets, limits.assets, atLeast: 16)
        for _ in 0..<limits.assets { kb.assets.append(try asset()) }
        try reserve(&kb.sources, limits.sources, atLeast: 16)
        for _ in 0..<limits.sources { kb.sources.append(try sourceDocument()) }
        sections.instants = try records(limits.instants)
        sections.agreements = try records(limits.agreements)
        guard sections.agreements.stride == 8 || limits.agreements == 0 else {
            throw Self.damaged("agreement starts of \(sections.agreements.stride) bytes")
        }
        let agreementsLength = try count()
        sections.agreementBodies = offset..<offset + agreementsLength
        try move(to: offset + agreementsLength)
        releaseRead()
        sections.clauses = try records(limits.clauses)
        try reserve(&kb.events, limits.events, atLeast: 24)
        for _ in 0..<limits.events { kb.events.append(try event()) }
        try reserve(&kb.prospects, limits.prospects, atLeast: 20)
        for _ in 0..<limits.prospects { kb.prospects.append(try prospect()) }
        sections.clauseAssets = try records(limits.clauseAssets)
        try reserve(&kb.amountTable, limits.amounts, atLeast: 10)
        for _ in 0..<limits.amounts { kb.amountTable.append(try amount()) }
        sections.conditions = try records(limits.conditions)
        kb.currencies = Set(try self.strings())
        kb.partyNames = try nameIndex(below: limits.parties)
        for (kind, limit) in [(EntityKind.asset, limits.assets), (.source, limits.sources), (.agreement, limits.agreements),
                              (.event, limits.events), (.prospect, limits.prospects)] {
            let count = try self.count(atLeast: 8), identifiersOnly = try flag()
            let length = try self.count()
            sections.names.append((kind, count, identifiersOnly, offset, limit))
            try move(to: offset + length)
        }
        sections.clauseOrder = try records(limits.clauses)
        guard sections.clauseOrder.stride == 4 || limits.clauses == 0 else {
            throw Self.damaged("clause order of \(sections.clauseOrder.stride) bytes")
        }
        releaseRead()
        sections.holders = try lists(limits.parties)
        sections.counterparties = try lists(limits.parties)
        for _ in 0..<limits.parties { kb.partsByParty.append(try indexes(below: limits.parties, "party")) }
        kb.actions = Set(try indexes(below: limits.strings, "string"))
        sections.timesByFirst = try records(limits.clauses)
        sections.timesByLast = try records(limits.clauses)
        let declarationCount = try tableSize()
        sections.declarations = try records(declarationCount)
        let heapCount = try count()
        let heap = offset..<offset + heapCount
        try move(to: heap.upperBound)
        for (section, count, size) in [(sections.strings, limits.strings, 12), (sections.instants, limits.instants, FixedRecords.instantSize),
                                       (sections.clauses, limits.clauses, FixedRecords.clauseSize), (sections.clauseAssets, limits.clauseAssets, 4),
                                       (sections.timesByFirst, limits.clauses, TimeIndex.recordSize),
                                       (sections.timesByLast, limits.clauses, TimeIndex.recordSize),
                                       (sections.declarations, declarationCount, FixedRecords.declarationSize)]
        where count > 0 && section.stride != size {
            throw Self.damaged("records of \(section.stride) bytes where they take \(size)")
        }
        guard let checks else { throw Self.damaged("no checksums") }
        let records = RecordFile(file, contents: contents, limits: limits, heap: heap, checks: checks)
        kb.readInPlace(sections, from: records)
        return (kb, records.declarations(sections.declarations, count: declarationCount))
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
