/// Everything known: entities in flat tables with indexes by name, holder and counterparty.
///
/// A value type: loading into a copy and keeping it only when it checks cleanly makes loads atomic.
package struct KnowledgeBase: Sendable, Equatable {
    /// Every party in the order declared; entities refer to parties by index into this array.
    package internal(set) var parties: [Party] = []
    /// Every asset in the order declared; clauses refer to assets by index into this array.
    package internal(set) var assets: [Asset] = []
    /// Every source document in the order declared; citations refer to sources by index into this array.
    package internal(set) var sources: [SourceDocument] = []
    /// Every agreement in the order declared; clauses refer to agreements by index into this array.
    package internal(set) var agreements = Table<Agreement>()
    /// Every clause of every agreement, each agreement's clauses together, in the order declared.
    package internal(set) var clauses = Table<Clause>()
    /// Every event in the order declared.
    package internal(set) var events: [Event] = []
    /// Every prospect in the order declared; prospects never hold.
    package internal(set) var prospects: [Prospect] = []

    var strings = StringTable()
    /// Asset indexes referenced by clauses' `objects`, `onAssets` and `usingAssets` ranges.
    var clauseAssets = Table<Int32>()
    var amountTable: [Amount] = []
    /// The currencies of every figure of clauses and events, for checking amount comparisons.
    package internal(set) var currencies: Set<String> = []
    /// Every instant declared, each one unknown day shared by everything that uses it.
    package internal(set) var instants = Table<Instant>()
    var conditionTable = Table<Condition>()

    var partyNames = NameIndex()
    var assetNames = NameIndex()
    var sourceNames = NameIndex()
    var agreementNames = NameIndex()
    /// Clauses have identifiers alone: their index works out names ignoring case only when asked.
    var clauseNames = NameIndex(identifiersOnly: true)
    var eventNames = NameIndex()
    var prospectNames = NameIndex()

    /// For each party, its clauses as holder and as counterparty, and its direct parts.
    var clausesByHolder = Table<[Int32]>()
    var clausesByCounterparty = Table<[Int32]>()
    var partsByParty: [[Int32]] = []
    /// Interned actions used by at least one clause.
    var actions: Set<Int32> = []

    /// The clauses by the days they may hold on; a load starts a new one.
    var timeIndexCache = TimeIndexCache()

    /// The compiled file the tables read in place are read from, if any.
    var compiledFile = CompiledFileReference()

    /// An empty knowledge base, to load declarations into.
    package init() {}

    /// Why the compiled file this knowledge base reads in place cannot be read: a block of it that does not
    /// match its checksum, or a record that does not read; nil when everything read from it so far has read,
    /// or nothing is read in place. Once something does not read, nothing more computed from the file is given.
    package var unreadable: Diagnostic? {
        guard let file = compiledFile.file, let damage = file.damage else { return nil }
        return CompiledKnowledge.unreadable(file.checks.name, damage)
    }

    /// True when nothing at all is declared (clauses exist only inside agreements).
    package var isEmpty: Bool {
        parties.isEmpty && assets.isEmpty && sources.isEmpty && agreements.isEmpty && events.isEmpty
            && prospects.isEmpty
    }

    // MARK: Reading clauses

    /// The clause's identifier as declared.
    package func id(of clause: Clause) -> String { strings[clause.id] }

    /// The identifier of agreement `index`, read without the rest of the agreement when it is read in place.
    package func agreementID(_ index: Int32) -> String {
        agreements.projected(Int(index), through: compiledFile.agreementIDs, \.id)
    }

    /// The action after `to` (`access`), or nil when the clause names none.
    package func action(of clause: Clause) -> String? { clause.action.map { strings[$0] } }

    /// The clause's `note` text, or nil when it has none.
    package func note(of clause: Clause) -> String? { clause.note.map { strings[$0] } }

    func assetList(_ range: Range<Int32>) -> Slice<Table<Int32>> { clauseAssets[Int(range.lowerBound)..<Int(range.upperBound)] }

    /// Indexes in `assets` of what the clause acts on directly, without the assets after `on` and `using`.
    package func objects(of clause: Clause) -> [Int32] { Array(assetList(clause.objects)) }

    /// Every asset the clause mentions: acted on, "on" and "using".
    package func assets(of clause: Clause) -> [Int32] {
        Array(assetList(clause.objects)) + Array(assetList(clause.onAssets)) + Array(assetList(clause.usingAssets))
    }

    /// The `if` and `unless` conditions of a clause, in order.
    package func conditions(of clause: Clause) -> Slice<Table<Condition>> {
        conditionTable[Int(clause.conditions.lowerBound)..<Int(clause.conditions.upperBound)]
    }

    /// The clause's `amount` attributes in the order written; empty when none are given.
    package func amounts(of clause: Clause) -> [Amount] { Array(amountTable[Int(clause.amounts.lowerBound)..<Int(clause.amounts.upperBound)]) }

    /// "access OpenAI models", "offer OpenAI models on Amazon Bedrock".
    package func aboutText(of clause: Clause) -> String {
        var text = action(of: clause) ?? ""
        func add(_ range: Range<Int32>, after preposition: String?) {
            guard !range.isEmpty else { return }
            if !text.isEmpty { text += " " }
            if let preposition { text += preposition + " " }
            let names = assetList(range)
            for (position, asset) in names.enumerated() {
                if position > 0 { text += position == names.count - 1 ? " and " : ", " }
                text += assets[Int(asset)].name
            }
        }
        add(clause.objects, after: nil)
        add(clause.onAssets, after: "on")
        add(clause.usingAssets, after: "using")
        return text
    }

    // MARK: Parties

    /// The party and, transitively, every party that is part of it.
    package func partyWithParts(_ party: Int32) -> [Int32] {
        var result: [Int32] = [party]
        var seen: Set<Int32> = [party]
        var next = 0
        while next < result.count {
            for part in partsByParty[Int(result[next])] where seen.insert(part).inserted {
                result.append(part)
            }
            next += 1
        }
        return result
    }

    /// The display name of the party at index `party` of `parties`.
    package func partyName(_ party: Int32) -> String { parties.indices.contains(Int(party)) ? parties[Int(party)].name : "" }

    /// The identifier of the party at index `party` of `parties`.
    package func partyID(_ party: Int32) -> String { parties.indices.contains(Int(party)) ? parties[Int(party)].id : "" }

    // MARK: Lookup by name

    /// The index in `parties` of the party `text` names (identifier exactly, else identifier, name or alias
    /// ignoring case); nil when none or several match.
    package func party(named text: String) -> Int32? { partyNames.resolve(text).entity }
    /// The index in `assets` of the asset `text` names (identifier exactly, else identifier or name ignoring
    /// case); nil when none or several match.
    package func asset(named text: String) -> Int32? { assetNames.resolve(text).entity }
    /// The index in `agreements` of the agreement `text` names (identifier exactly, else identifier or title
    /// ignoring case); nil when none or several match.
    package func agreement(named text: String) -> Int32? { agreementNames.resolve(text).entity }
    /// The index in `clauses` of the clause `text` names (identifier exactly, else ignoring case);
    /// nil when none or several match.
    package func clause(named text: String) -> Int32? { clauseNames.resolve(text).entity }
    /// The index in `sources` of the source `text` names (identifier exactly, else identifier or document
    /// name ignoring case); nil when none or several match.
    package func source(named text: String) -> Int32? { sourceNames.resolve(text).entity }
    /// The index in `events` of the event `text` names (identifier exactly, else identifier or title ignoring
    /// case); nil when none or several match.
    package func event(named text: String) -> Int32? { eventNames.resolve(text).entity }
    /// The index in `prospects` of the prospect `text` names (identifier exactly, else identifier or title
    /// ignoring case); nil when none or several match.
    package func prospect(named text: String) -> Int32? { prospectNames.resolve(text).entity }


    /// The kind of thing that uses the identifier `id`, exactly as written, or nil when none does:
    /// identifiers are unique across kinds, so each kind's identifiers are all there is to look through.
    func kind(ofIdentifier id: String) -> EntityKind? {
        EntityKind.allCases.first { kind in
            let identifiers = index(for: kind)
            return !identifiers.isEmpty && identifiers.entity(identifier: id) != nil
        }
    }

    /// Every spelling a name of this kind may take: identifiers, names, aliases.
    package func spellings(of kind: EntityKind) -> [String] { index(for: kind).spellings }

    /// The spellings of names of this kind, keyed for suggestions.
    func candidates(of kind: EntityKind) -> Spellings { index(for: kind).candidates }

    /// Makes room for `count` more names of things of `kind`.
    mutating func reserveNames(_ kind: EntityKind, _ count: Int) { changeIndex(kind) { $0.reserveCapacity(count) } }

    /// Changes the index of names of `kind` in place.
    mutating func changeIndex(_ kind: EntityKind, _ change: (inout NameIndex) -> Void) {
        switch kind {
        case .party: change(&partyNames)
        case .asset: change(&assetNames)
        case .source: change(&sourceNames)
        case .agreement: change(&agreementNames)
        case .clause: change(&clauseNames)
        case .event: change(&eventNames)
        case .prospect: change(&prospectNames)
        }
    }

    func index(for kind: EntityKind) -> NameIndex {
        switch kind {
        case .party: return partyNames
        case .asset: return assetNames
        case .source: return sourceNames
        case .agreement: return agreementNames
        case .clause: return clauseNames
        case .event: return eventNames
        case .prospect: return prospectNames
        }
    }

    /// Known actions, for suggestions and completion.
    package var actionNames: [String] { actions.map { strings[$0] }.sorted() }

    /// True when some clause uses this action (ignoring case).
    func actionIndexes(matching text: String) -> Set<Int32> {
        let folded = text.lowercased()
        return Set(actions.filter { strings[$0].lowercased() == folded })
    }
}

/// The compiled file a knowledge base reads tables from; knowledge bases are equal whatever file they are
/// read from.
struct CompiledFileReference: Sendable, Equatable {
    var file: RecordFile?
    /// The days of the instants read in place, each read from its record alone; none when none are.
    /// (Not optional: copying an optional reference costs more than the read on this path.)
    var instantDays = Records<InstantDays>(count: 0) { _ in InstantDays(Instant(.unknown)) }
    /// The identifiers of the agreements read in place, each read without the rest of its agreement.
    var agreementIDs = Records<String>(count: 0) { _ in "" }

    static func == (a: Self, b: Self) -> Bool { true }
}

/// The kinds of named thing a knowledge base holds.
public enum EntityKind: String, Sendable, CaseIterable {
    /// One kind per declaration keyword; clauses are declared inside agreements.
    case party, asset, source, agreement, clause, event, prospect

    /// "a party", "an asset".
    package var withArticle: String {
        (self == .asset || self == .agreement || self == .event ? "an " : "a ") + rawValue
    }
}

extension Array where Element == String {
    /// "a", "a and b", "a, b and c".
    func joinedAsList() -> String {
        switch count {
        case 0: return ""
        case 1: return self[0]
        default: return dropLast().joined(separator: ", ") + " and " + self[count - 1]
        }
    }
}
