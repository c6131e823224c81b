/// Checks declarations and adds them to a knowledge base, all or nothing.
package struct Loader {
    var kb: KnowledgeBase
    var diagnostics = LoadDiagnostics()
    var file = FileID(0)
    /// `replaces` links read so far: the replacing clause, the replaced one, and where it is written.
    var replacements: [(successor: Int32, replaced: Int32, name: Name, file: FileID)] = []
    /// `exercises` and `lapses` read so far: the event, the power, the attribute, and its file.
    var options: [(event: Int32, power: Int32, option: OptionSyntax, file: FileID)] = []
    /// Instants counted from an event or an exercise, computed once every exercise is known.
    var relatives: [(instant: Int32, base: RelativeBase, offset: DurationSyntax?)] = []
    /// Clauses whose start is counted from an event or an exercise: their validity is checked once it is known.
    var relativeStarts: [(clause: Int32, id: String, range: ByteRange, file: FileID)] = []
    let firstNewParty: Int
    let firstNewClause: Int
    let firstNewAgreement: Int
    /// How many things the knowledge base added to declares.
    let baseDeclaredCount: Int
    /// Names of declarations that failed to parse; references to them are not reported.
    var ignoring: Set<String>
    /// The identifiers declared so far by this load.
    var declaredIdentifiers = IdentifierFilter(expecting: 0)
    /// True when the knowledge base added to already has identifiers, which the filter does not know.
    let baseHasIdentifiers: Bool
    /// Loading a part at a time: the bytes of text expected, and whether room was made for them.
    var expectedBytes = 0
    var reserved = false
    /// Loading a part at a time: the declarations whose resolution waits for the whole text.
    var waiting: [(file: FileID, declaration: Declaration, index: Int32)] = []
    /// Loading a part at a time: the syntax let go.
    var letGo = LetGo()

    /// Adds the declarations to `base`; returns the new knowledge base, or nil if any error was found.
    /// `isCancelled` is polled between declarations; when it returns true, nothing is added and the
    /// diagnostics are one `interrupted` error. Diagnostics are `limited` to a hundred per source unless
    /// told otherwise.
    ///
    /// Each declaration's syntax is let go once it is resolved, so that a caller that gives its only copy
    /// of `declarations` does not hold the whole syntax tree and the whole knowledge base at once.
    package static func load(_ declarations: consuming [(FileID, [Declaration])], into base: KnowledgeBase,
                            ignoring: Set<String> = [], limited: Bool = true, isCancelled: () -> Bool = { false })
        -> (knowledgeBase: KnowledgeBase?, diagnostics: [Diagnostic]) {
        let interrupted = Loader.interrupted
        var loader = Loader(base: base, ignoring: ignoring)
        loader.diagnostics.limited = limited
        loader.reserveCapacity(for: declarations)
        // The index each declaration was registered at, file by file.
        var registered: [[Int32]] = []
        for position in declarations.indices {
            let (file, decls) = declarations[position]
            var indexes: [Int32] = []
            indexes.reserveCapacity(decls.count)
            for declaration in decls {
                if indexes.count & 0xFF == 0xFF, isCancelled() { return interrupted }
                indexes.append(loader.register(declaration, file: file))
            }
            registered.append(indexes)
        }
        var letGo = LetGo()
        for (position, indexes) in registered.enumerated() {
            loader.file = declarations[position].0
            var decls: [Declaration] = []
            swap(&decls, &declarations[position].1)
            for (number, index) in indexes.enumerated() {
                if number & 0xFF == 0xFF, isCancelled() { return interrupted }
                loader.resolve(decls[number], index)
                letGo.add(syntaxSize(of: decls[number]))
                decls[number] = resolved
            }
        }
        letGo.end()
        return loader.conclude(isCancelled: isCancelled)
    }

    /// The knowledge base, or nil if any error was found, and the diagnostics in the order of the sources,
    /// once every declaration is resolved: the checks of the whole are made.
    consuming func conclude(isCancelled: () -> Bool) -> (knowledgeBase: KnowledgeBase?, diagnostics: [Diagnostic]) {
        if isCancelled() { return Loader.interrupted }
        finish()
        if isCancelled() { return Loader.interrupted }
        // What is added may move the days of clauses already known: their time index is built again.
        if kb.declaredCount != baseDeclaredCount { kb.timeIndexCache = TimeIndexCache() }
        let failed = diagnostics.hasErrors
        // In the order of the sources, whichever pass found them.
        let ordered = diagnostics.kept.enumerated().sorted { first, second in
            let a = first.element.location, b = second.element.location
            let keyA = (Int(a?.file.rawValue ?? Int32.max), a?.range.start ?? Int.max, first.offset)
            let keyB = (Int(b?.file.rawValue ?? Int32.max), b?.range.start ?? Int.max, second.offset)
            return keyA < keyB
        }.map(\.element)
        return (failed ? nil : kb, ordered)
    }

    /// What a cancelled load gives: no knowledge base, and one `interrupted` error.
    static let interrupted: (knowledgeBase: KnowledgeBase?, diagnostics: [Diagnostic]) =
        (nil, [Diagnostic(.interrupted, .error, "interrupted", at: nil)])

    /// How many declarations and clauses are let go between two calls giving their memory back: enough
    /// (about 10 MB of syntax) that a document an editor checks at each keystroke makes none.
    static let releaseEvery = 32_768

    /// The declaration and its clauses: what its syntax weighs, counted in declarations.
    static func syntaxSize(of declaration: Declaration) -> Int {
        guard case .agreement(let agreement) = declaration else { return 1 }
        return 1 + agreement.clauses.count
    }

    /// What stands in for a declaration once it is resolved and its syntax let go.
    static let resolved = Declaration.party(PartyDecl(id: Name("", range: ByteRange(0, 0)), range: ByteRange(0, 0)))

    init(base: KnowledgeBase, ignoring: Set<String>) {
        kb = base
        self.ignoring = ignoring
        firstNewParty = base.parties.count
        firstNewClause = base.clauses.count
        firstNewAgreement = base.agreements.count
        baseDeclaredCount = base.declaredCount
        baseHasIdentifiers = EntityKind.allCases.contains { !base.index(for: $0).isEmpty }
    }

    /// Makes room in the knowledge base's largest tables and in its name indexes for what the
    /// declarations declare, at once: the tables are not grown (and copied) step by step while the
    /// syntax trees are still alive, and no index rehashes every name each time it grows.
    private mutating func reserveCapacity(for declarations: [(FileID, [Declaration])]) {
        var counts = DeclarationCounts()
        for (_, decls) in declarations { counts.add(decls) }
        reserveCapacity(for: counts)
    }

    /// Makes room for `counts` more declarations and clauses, and sizes the filter of declared identifiers.
    mutating func reserveCapacity(for counts: DeclarationCounts) {
        declaredIdentifiers = IdentifierFilter(expecting: counts.declared.values.reduce(0, +))
        for (kind, count) in counts.declared where count > 0 { kb.reserveNames(kind, count) }
        kb.parties.reserveCapacity(kb.parties.count + (counts.declared[.party] ?? 0))
        let clauses = counts.declared[.clause] ?? 0
        guard clauses > 0 else { return }
        kb.strings.reserveCapacity(adding: clauses)
        kb.clauses.reserveCapacity(kb.clauses.count + clauses)
        kb.instants.reserveCapacity(kb.instants.count + counts.instants)
        kb.clauseAssets.reserveCapacity(kb.clauseAssets.count + clauses)
    }

    // MARK: Pass 1: give every declared thing its index, so references may point forward.

    mutating func register(_ declaration: Declaration, file: FileID) -> Int32 {
        self.file = file
        switch declaration {
        case .party(let decl):
            let index = Int32(kb.parties.count)
            claim(decl.id, .party, index)
            kb.parties.append(Party(id: decl.id.text, name: decl.displayName?.text ?? decl.id.text,
                                    aliases: decl.aliases.map(\.text), parent: nil, location: here(decl.range)))
            kb.clausesByHolder.append([])
            kb.clausesByCounterparty.append([])
            kb.partsByParty.append([])
            if let name = decl.displayName { kb.partyNames.addName(name.text, for: index) }
            for alias in decl.aliases { kb.partyNames.addName(alias.text, for: index) }
            return index
        case .asset(let decl):
            let index = Int32(kb.assets.count)
            claim(decl.id, .asset, index)
            if let name = decl.displayName { kb.assetNames.addName(name.text, for: index) }
            kb.assets.append(Asset(id: decl.id.text, name: decl.displayName?.text ?? decl.id.text, owner: nil,
                                   location: here(decl.range)))
            return index
        case .source(let decl):
            let index = Int32(kb.sources.count)
            claim(decl.id, .source, index)
            kb.sourceNames.addName(decl.document.text, for: index)
            kb.sources.append(SourceDocument(id: decl.id.text, document: decl.document.text, title: decl.title?.text,
                                             location: here(decl.range)))
            return index
        case .agreement(let decl):
            let index = Int32(kb.agreements.count)
            claim(decl.id, .agreement, index)
            if let title = decl.title { kb.agreementNames.addName(title.text, for: index) }
            // The agreement is stored before its clauses claim their identifiers, so that a clause named
            // like it is reported as a duplicate pointing at it.
            let firstClause = Int32(kb.clauses.count)
            kb.agreements.append(Agreement(
                id: decl.id.text, title: decl.title?.text ?? decl.id.text, parties: [],
                effective: literalInstant(decl.effective), amends: nil, citation: nil, note: decl.note?.text,
                location: here(decl.range), clauses: firstClause..<firstClause))
            // Each clause's fields are read in place: a clause's syntax is not copied.
            for position in decl.clauses.indices {
                claim(decl.clauses[position].id, .clause, Int32(kb.clauses.count))
                kb.clauses.append(Clause(
                    id: kb.strings.add(decl.clauses[position].id.text), agreement: index,
                    modality: decl.clauses[position].modality, holder: -1,
                    counterparty: nil, action: nil, objects: 0..<0, onAssets: 0..<0, usingAssets: 0..<0,
                    exclusive: decl.clauses[position].exclusive, start: -1, end: ClauseEnd(stated: .none, cut: nil),
                    conditions: 0..<0, amounts: 0..<0, ending: nil, citation: nil, note: nil,
                    location: here(decl.clauses[position].range)))
            }
            kb.agreements[Int(index)].clauses = firstClause..<Int32(kb.clauses.count)
            return index
        case .event(let decl):
            let index = Int32(kb.events.count)
            claim(decl.id, .event, index)
            if let title = decl.title { kb.eventNames.addName(title.text, for: index) }
            kb.events.append(Event(id: decl.id.text, title: decl.title?.text ?? decl.id.text,
                                   date: literalInstant(decl.date), involving: [], amounts: [], citation: nil,
                                   note: decl.note?.text, location: here(decl.range)))
            return index
        case .prospect(let decl):
            let index = Int32(kb.prospects.count)
            claim(decl.id, .prospect, index)
            if let title = decl.title { kb.prospectNames.addName(title.text, for: index) }
            kb.prospects.append(Prospect(id: decl.id.text, title: decl.title?.text ?? decl.id.text, involving: [],
                                         citation: nil, note: decl.note?.text, location: here(decl.range)))
            return index
        }
    }

    /// Registers an identifier, reporting it when any kind of thing already uses it.
    private mutating func claim(_ id: Name, _ kind: EntityKind, _ index: Int32) {
        let mayBeTaken = declaredIdentifiers.insert(id.text) || baseHasIdentifiers
        if mayBeTaken, let other = kb.kind(ofIdentifier: id.text) {
            guard !diagnostics.isFull(file) else { return diagnostics.noteError() }
            var notes: [DiagnosticNote] = []
            if let location = existingLocation(of: id.text, other) {
                notes.append(DiagnosticNote("'\(id.text)' was first declared here", at: location))
            }
            report(.duplicateID, "duplicate identifier '\(id.text)': \(other.withArticle) already uses it", id.range,
                   notes: notes)
            return
        }
        kb.changeIndex(kind) { $0.addNewIdentifier(id.text, for: index) }
    }

    private func existingLocation(of id: String, _ kind: EntityKind) -> SourceLocation? {
        guard case .found(let index) = kb.index(for: kind).resolve(id) else { return nil }
        return kb.location(of: EntityRef(kind, index))
    }

    // MARK: Pass 2: resolve references.

    mutating func resolve(_ declaration: Declaration, _ index: Int32) {
        let i = Int(index)
        switch declaration {
        case .party(let decl):
            if let parent = decl.partOf { kb.parties[i].parent = resolve(parent, .party) }
        case .asset(let decl):
            if let owner = decl.owner { kb.assets[i].owner = resolve(owner, .party) }
        case .source:
            break
        case .agreement(let decl):
            if let effective = decl.effective, effective.isReference {
                kb.agreements[i].effective = instant(effective)
            }
            let parties = decl.parties.compactMap { name in resolve(name, .party).map { (name: name.text, party: $0) } }
            kb.agreements[i].parties = parties.map(\.party)
            if let amends = decl.amends { kb.agreements[i].amends = resolve(amends, .agreement) }
            kb.agreements[i].citation = decl.citation.flatMap { resolve($0) }
            let first = kb.agreements[i].clauses.lowerBound
            for position in decl.clauses.indices {
                resolve(decl.clauses[position], at: Int(first) + position, agreement: decl, parties: parties)
            }
        case .event(let decl):
            if let date = decl.date, date.isReference { kb.events[i].date = instant(date) }
            if let option = decl.option { noteOption(option, of: index) }
            kb.events[i].involving = decl.involving.compactMap { resolve($0, .party) }
            kb.events[i].amounts = decl.amounts.map(amount)
            noteCurrencies(kb.events[i].amounts)
            kb.events[i].citation = decl.citation.flatMap { resolve($0) }
        case .prospect(let decl):
            kb.prospects[i].involving = decl.involving.compactMap { resolve($0, .party) }
            kb.prospects[i].citation = decl.citation.flatMap { resolve($0) }
        }
    }

    /// Resolves a clause of `agreement`, whose `parties` are resolved already, by the names written.
    private mutating func resolve(_ decl: ClauseDecl, at i: Int, agreement: AgreementDecl,
                                  parties: [(name: String, party: Int32)]) {
        var clause = kb.clauses[i]
        clause.holder = decl.holder.flatMap { resolveParty($0, among: parties) } ?? -1
        clause.counterparty = decl.counterparty.flatMap { resolveParty($0, among: parties) }
        if let about = decl.about {
            let action = kb.strings.intern(about.action.text)
            clause.action = action
            kb.actions.insert(action)
            if let only = about.onlyObject {
                let start = Int32(kb.clauseAssets.count)
                if let asset = resolve(only, .asset) { kb.clauseAssets.append(asset) }
                let end = Int32(kb.clauseAssets.count)
                (clause.objects, clause.onAssets, clause.usingAssets) = (start..<end, end..<end, end..<end)
            } else {
                clause.objects = appendAssets(about.objects)
                clause.onAssets = appendAssets(about.on)
                clause.usingAssets = appendAssets(about.using)
            }
        }
        clause.start = decl.from.map { instant($0) } ?? kb.agreements[Int(clause.agreement)].effective
        if let duration = decl.duration {
            clause.end.stated = .duration(Int32(duration.count), duration.unit)
        } else if let until = decl.until {
            clause.end.stated = .instant(instant(until))
        }
        if kb.instants[Int(clause.start)].isPlaceholder {
            relativeStarts.append((Int32(i), decl.id.text, decl.until?.range ?? decl.duration?.range ?? decl.range, file))
        } else {
            checkStatedValidity(clause, decl)
        }
        let conditionStart = Int32(kb.conditionTable.count)
        for syntax in decl.conditions {
            if let resolved = condition(syntax) { kb.conditionTable.append(resolved) }
        }
        if case .exercise(let name)? = (decl.from ?? agreement.effective)?.form, let power = kb.clause(named: name.text),
           kb.clauses[Int(power)].modality == .power,
           !kb.conditionTable[Int(conditionStart)...].contains(Condition(kind: .if, target: .exercise(power))) {
            kb.conditionTable.append(Condition(kind: .if, target: .exercise(power)))
        }
        clause.conditions = conditionStart..<Int32(kb.conditionTable.count)
        let amountStart = Int32(kb.amountTable.count)
        if !decl.amounts.isEmpty {
            let amounts = decl.amounts.map(amount)
            kb.amountTable += amounts
            noteCurrencies(amounts)
        }
        clause.amounts = amountStart..<Int32(kb.amountTable.count)
        if let ending = decl.ending {
            let cause: Ending.Cause?
            if let target = kb.clause(named: ending.by.text) {
                cause = .clause(target)
            } else if let target = kb.agreement(named: ending.by.text) {
                cause = .agreement(target)
            } else if diagnostics.isFull(file) {
                diagnostics.noteError()
                cause = nil
            } else if !ignoring.contains(ending.by.text) {
                diagnostics.append(KnowledgeBase.unknown(
                    ending.by, "clause or agreement", .unknownReference,
                    candidates: kb.candidates(of: .clause) + kb.candidates(of: .agreement), at: here(ending.by.range)))
                cause = nil
            } else {
                cause = nil
            }
            if let cause { clause.ending = Ending(kind: ending.kind, cause: cause) }
            if let on = ending.on { clause.end.cut = instant(on) }
        }
        clause.citation = decl.citation.flatMap { resolve($0) }
        clause.note = decl.note.map { kb.strings.intern($0.text) }
        kb.clauses[i] = clause
        if let name = decl.replaces, let replaced = resolve(name, .clause) {
            replacements.append((Int32(i), replaced, name, file))
        }
    }

    /// The party a clause's holder or counterparty names: most name one of its agreement's `parties`,
    /// resolved once for all its clauses, since a name resolves the same way throughout this pass.
    private mutating func resolveParty(_ name: Name, among parties: [(name: String, party: Int32)]) -> Int32? {
        if let known = parties.first(where: { $0.name == name.text }) { return known.party }
        return resolve(name, .party)
    }

    private mutating func appendAssets(_ names: [Name]) -> Range<Int32> {
        let start = Int32(kb.clauseAssets.count)
        guard !names.isEmpty else { return start..<start }
        kb.clauseAssets += names.compactMap { resolve($0, .asset) }
        return start..<Int32(kb.clauseAssets.count)
    }

    private mutating func noteCurrencies(_ amounts: [Amount]) {
        for amount in amounts { if let money = amount.money { kb.currencies.insert(money.currency) } }
    }

    private func amount(_ syntax: AmountSyntax) -> Amount {
        Amount(kind: syntax.kind, money: syntax.value?.money, text: syntax.value?.text, period: syntax.period)
    }

    private mutating func resolve(_ citation: CitationSyntax) -> Citation? {
        guard let source = resolve(citation.source, .source) else { return nil }
        return Citation(source: source, line: Int32(citation.line))
    }

    /// The index a reference names, or nil after reporting it as unknown or ambiguous.
    mutating func resolve(_ name: Name, _ kind: EntityKind) -> Int32? {
        if diagnostics.isFull(file) {
            let found = kb.index(for: kind).resolve(name.text).entity
            if found == nil { diagnostics.noteError() }
            return found
        }
        switch kb.lookup(name, kind, file: file) {
        case .success(let index):
            return index
        case .failure(let diagnostic):
            if !ignoring.contains(name.text) { diagnostics.append(diagnostic) }
            return nil
        }
    }

    // MARK: Pass 3: indexes, supersession and whole-base checks.

    private mutating func finish() {
        for party in firstNewParty..<kb.parties.count {
            if let parent = kb.parties[party].parent { kb.partsByParty[Int(parent)].append(Int32(party)) }
        }
        var members: (agreement: Int32, parties: [Int32])?
        for index in firstNewClause..<kb.clauses.count {
            let clause = kb.clauses[index]
            guard clause.holder >= 0 else { continue }
            kb.clausesByHolder[Int(clause.holder)].append(Int32(index))
            if let counterparty = clause.counterparty {
                kb.clausesByCounterparty[Int(counterparty)].append(Int32(index))
            }
            checkPartiesOfAgreement(clause, members: &members)
        }
        linkReplacements()
        linkOptions()
        resolveRelatives()
        checkRelatives()
        // New clauses, and earlier ones that a new clause says it replaces, end the day before their successor.
        let ended = Array(firstNewClause..<kb.clauses.count) + replacements.map { Int($0.replaced) }
        for index in ended where kb.clauses[index].ending != nil {
            let cut = Supersession.cut(of: kb.clauses[index], in: kb)
            kb.clauses[index].end.cut = cut
        }
        for index in firstNewClause..<kb.clauses.count { checkValidity(Int32(index)) }
        checkForgottenReplacements()
        checkCycles()
    }

    /// Warns when a clause's holder or counterparty is not a party to its agreement (nor part of one).
    /// The agreement's parties are worked out once for its clauses, which are stored together, in
    /// increasing order: an agreement has few.
    private mutating func checkPartiesOfAgreement(_ clause: Clause, members: inout (agreement: Int32, parties: [Int32])?) {
        if members?.agreement != clause.agreement {
            let parties = kb.agreements[Int(clause.agreement)].parties
            members = (clause.agreement, Array(Set(parties.flatMap { kb.partyWithParts($0) })).sorted())
        }
        guard let parties = members?.parties, !parties.isEmpty, let location = clause.location else { return }
        let isMember = { (party: Int32) in
            var (low, high) = (0, parties.count)
            while low < high {
                let middle = (low + high) / 2
                if parties[middle] < party { low = middle + 1 } else { high = middle }
            }
            return low < parties.count && parties[low] == party
        }
        if isMember(clause.holder), clause.counterparty.map(isMember) ?? true { return }
        for party in [clause.holder] + (clause.counterparty.map { [$0] } ?? []) where !isMember(party) {
            diagnostics.append(Diagnostic(
                .partyNotInAgreement, .warning,
                "'\(kb.partyID(party))' is not a party to agreement '\(kb.agreements[Int(clause.agreement)].id)'",
                at: location))
        }
    }

    func here(_ range: ByteRange) -> SourceLocation { SourceLocation(file: file, range: range) }

    mutating func report(_ id: DiagnosticID, _ message: String, _ range: ByteRange,
                                 notes: [DiagnosticNote] = [], file: FileID? = nil) {
        diagnostics.append(Diagnostic(id, .error, message, at: SourceLocation(file: file ?? self.file, range: range),
                                      notes: notes))
    }
}
