/// How a whole knowledge base is written into a compiled knowledge base and read back: the size of every
/// table first, then the tables, then the indexes the loader built, so that reading builds nothing again.
extension SnapshotWriter {
    mutating func write(_ kb: KnowledgeBase) {
        for size in [kb.parties.count, kb.assets.count, kb.sources.count, kb.agreements.count, kb.clauses.count,
                     kb.events.count, kb.prospects.count, kb.strings.strings.count, kb.clauseAssets.count,
                     kb.amountTable.count, kb.instants.count, kb.conditionTable.count] {
            count(size)
        }
        kb.strings.strings.forEach { string($0) }
        kb.parties.forEach { write($0) }
        kb.assets.forEach { write($0) }
        kb.sources.forEach { write($0) }
        kb.instants.forEach { write($0) }
        kb.agreements.forEach { write($0) }
        kb.clauses.forEach { write($0) }
        kb.events.forEach { write($0) }
        kb.prospects.forEach { write($0) }
        kb.clauseAssets.forEach { int32($0) }
        kb.amountTable.forEach { write($0) }
        kb.conditionTable.forEach { write($0) }
        strings(kb.currencies.sorted())
        for kind in EntityKind.allCases { write(kb.index(for: kind)) }
        for lists in [kb.clausesByHolder, kb.clausesByCounterparty, kb.partsByParty] {
            lists.forEach { indexes($0) }
        }
        indexes(kb.actions.sorted())
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
    mutating func knowledgeBase() throws(SnapshotError) -> KnowledgeBase {
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
        var kb = KnowledgeBase()
        var strings: [String] = []
        try reserve(&strings, limits.strings, atLeast: 4)
        for index in 0..<limits.strings {
            strings.append(try string())
            if index & 0xFFFF == 0 { releaseRead() }
        }
        kb.strings = StringTable(strings: strings)
        try reserve(&kb.parties, limits.parties, atLeast: 20)
        for _ in 0..<limits.parties { kb.parties.append(try party()) }
        try reserve(&kb.assets, limits.assets, atLeast: 16)
        for _ in 0..<limits.assets { kb.assets.append(try asset()) }
        try reserve(&kb.sources, limits.sources, atLeast: 16)
        for _ in 0..<limits.sources { kb.sources.append(try sourceDocument()) }
        try reserve(&kb.instants, limits.instants, atLeast: 23)
        for index in 0..<limits.instants {
            kb.instants.append(try instant())
            if index & 0xFFFF == 0 { releaseRead() }
        }
        try reserve(&kb.agreements, limits.agreements, atLeast: 40)
        for _ in 0..<limits.agreements { kb.agreements.append(try agreement()) }
        releaseRead()
        try reserve(&kb.clauses, limits.clauses, atLeast: 80)
        for index in 0..<limits.clauses {
            kb.clauses.append(try clause())
            if index & 0xFFFF == 0 { releaseRead() }
        }
        try reserve(&kb.events, limits.events, atLeast: 24)
        for _ in 0..<limits.events { kb.events.append(try event()) }
        try reserve(&kb.prospects, limits.prospects, atLeast: 20)
        for _ in 0..<limits.prospects { kb.prospects.append(try prospect()) }
        try reserve(&kb.clauseAssets, limits.clauseAssets, atLeast: 4)
        for _ in 0..<limits.clauseAssets { kb.clauseAssets.append(try index(below: limits.assets, "asset")) }
        try reserve(&kb.amountTable, limits.amounts, atLeast: 10)
        for _ in 0..<limits.amounts { kb.amountTable.append(try amount()) }
        try reserve(&kb.conditionTable, limits.conditions, atLeast: 6)
        for _ in 0..<limits.conditions { kb.conditionTable.append(try condition()) }
        kb.currencies = Set(try self.strings())
        kb.partyNames = try nameIndex(below: limits.parties)
        kb.assetNames = try nameIndex(below: limits.assets)
        kb.sourceNames = try nameIndex(below: limits.sources)
        kb.agreementNames = try nameIndex(below: limits.agreements)
        kb.clauseNames = try nameIndex(below: limits.clauses)
        kb.eventNames = try nameIndex(below: limits.events)
        kb.prospectNames = try nameIndex(below: limits.prospects)
        releaseRead()
        for _ in 0..<limits.parties { kb.clausesByHolder.append(try indexes(below: limits.clauses, "clause")) }
        for _ in 0..<limits.parties { kb.clausesByCounterparty.append(try indexes(below: limits.clauses, "clause")) }
        for _ in 0..<limits.parties { kb.partsByParty.append(try indexes(below: limits.parties, "party")) }
        kb.actions = Set(try indexes(below: limits.strings, "string"))
        return kb
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
