/// Everything known: entities in flat tables with indexes by name, holder and counterparty.
///
/// A value type: loading into a copy and keeping it only when it checks cleanly makes loads atomic.
public struct KnowledgeBase: Sendable {
    public internal(set) var parties: [Party] = []
    public internal(set) var assets: [Asset] = []
    public internal(set) var sources: [SourceDocument] = []
    public internal(set) var agreements: [Agreement] = []
    public internal(set) var clauses: [Clause] = []
    public internal(set) var events: [Event] = []
    public internal(set) var prospects: [Prospect] = []

    var strings = StringTable()
    /// Asset indexes referenced by clauses' `objects` and `places` ranges.
    var clauseAssets: [Int32] = []
    var amountTable: [Amount] = []

    var partyNames = NameIndex()
    var assetNames = NameIndex()
    var sourceNames = NameIndex()
    var agreementNames = NameIndex()
    var clauseNames = NameIndex()
    var eventNames = NameIndex()
    var prospectNames = NameIndex()
    /// Every identifier in use, with the kind of thing it names: identifiers are unique across kinds.
    var identifierKinds: [String: EntityKind] = [:]

    /// For each party, its clauses as holder and as counterparty, and its direct parts.
    var clausesByHolder: [[Int32]] = []
    var clausesByCounterparty: [[Int32]] = []
    var partsByParty: [[Int32]] = []
    /// Interned actions used by at least one clause.
    var actions: Set<Int32> = []

    public init() {}

    public var isEmpty: Bool {
        parties.isEmpty && assets.isEmpty && sources.isEmpty && agreements.isEmpty && events.isEmpty
            && prospects.isEmpty
    }

    // MARK: Reading clauses

    public func id(of clause: Clause) -> String { strings[clause.id] }

    public func action(of clause: Clause) -> String? { clause.action.map { strings[$0] } }

    public func note(of clause: Clause) -> String? { clause.note.map { strings[$0] } }

    func assetList(_ range: Range<Int32>) -> ArraySlice<Int32> { clauseAssets[Int(range.lowerBound)..<Int(range.upperBound)] }

    public func objects(of clause: Clause) -> [Int32] { Array(assetList(clause.objects)) }

    /// Every asset the clause mentions: acted on, "on" and "using".
    public func assets(of clause: Clause) -> [Int32] {
        Array(assetList(clause.objects) + assetList(clause.onAssets) + assetList(clause.usingAssets))
    }

    public func amounts(of clause: Clause) -> [Amount] { Array(amountTable[Int(clause.amounts.lowerBound)..<Int(clause.amounts.upperBound)]) }

    /// "access OpenAI models", "offer OpenAI models on Amazon Bedrock".
    public func aboutText(of clause: Clause) -> String {
        var words: [String] = []
        if let action = action(of: clause) { words.append(action) }
        let objectNames = objects(of: clause).map { assets[Int($0)].name }
        if !objectNames.isEmpty { words.append(objectNames.joinedAsList()) }
        for (preposition, range) in [("on", clause.onAssets), ("using", clause.usingAssets)] where !range.isEmpty {
            words.append(preposition)
            words.append(assetList(range).map { assets[Int($0)].name }.joinedAsList())
        }
        return words.joined(separator: " ")
    }

    // MARK: Parties

    /// The party and, transitively, every party that is part of it.
    public func partyWithParts(_ party: Int32) -> [Int32] {
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

    public func partyName(_ party: Int32) -> String { parties[Int(party)].name }

    public func partyID(_ party: Int32) -> String { parties[Int(party)].id }

    // MARK: Lookup by name

    public func party(named text: String) -> Int32? { found(partyNames.resolve(text)) }
    public func asset(named text: String) -> Int32? { found(assetNames.resolve(text)) }
    public func agreement(named text: String) -> Int32? { found(agreementNames.resolve(text)) }
    public func clause(named text: String) -> Int32? { found(clauseNames.resolve(text)) }
    public func source(named text: String) -> Int32? { found(sourceNames.resolve(text)) }
    public func event(named text: String) -> Int32? { found(eventNames.resolve(text)) }
    public func prospect(named text: String) -> Int32? { found(prospectNames.resolve(text)) }

    private func found(_ resolution: Resolution) -> Int32? {
        if case .found(let index) = resolution { return index }
        return nil
    }

    /// Every spelling a name of this kind may take: identifiers, names, aliases.
    public func spellings(of kind: EntityKind) -> [String] { index(for: kind).spellings }

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
    public var actionNames: [String] { actions.map { strings[$0] }.sorted() }

    /// True when some clause uses this action (ignoring case).
    func actionIndexes(matching text: String) -> Set<Int32> {
        let folded = text.lowercased()
        return Set(actions.filter { strings[$0].lowercased() == folded })
    }
}

/// The kinds of named thing a knowledge base holds.
public enum EntityKind: String, Sendable, CaseIterable {
    case party, asset, source, agreement, clause, event, prospect

    /// "a party", "an asset".
    public var withArticle: String {
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
