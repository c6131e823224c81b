/// Interned strings: equal strings share one index.
struct StringTable: Sendable, Equatable {
    private(set) var strings: [String] = []
    /// Each string's index; nil until the first `intern` after a table was read whole.
    private var indexes: [String: Int32]? = [:]

    init() {}

    /// A table of `strings`, which are distinct, in this order.
    init(strings: [String]) {
        self.strings = strings
        indexes = nil
    }

    /// Makes room for `count` more strings.
    mutating func reserveCapacity(_ count: Int) {
        guard count > 0 else { return }
        if indexes == nil {
            indexes = Dictionary(strings.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { first, _ in first })
        }
        indexes?.reserveCapacity(strings.count + count)
        strings.reserveCapacity(strings.count + count)
    }

    mutating func intern(_ string: String) -> Int32 {
        if indexes == nil {
            indexes = Dictionary(strings.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { first, _ in first })
        }
        if let index = indexes?[string] { return index }
        let index = Int32(strings.count)
        strings.append(string)
        indexes?[string] = index
        return index
    }

    subscript(index: Int32) -> String { strings[Int(index)] }

    static func == (a: StringTable, b: StringTable) -> Bool { a.strings == b.strings }
}

/// What a name may resolve to.
enum Resolution: Equatable {
    case found(Int32)
    case ambiguous([Int32])
    case missing

    /// The entity found, if exactly one was.
    var entity: Int32? {
        if case .found(let index) = self { return index }
        return nil
    }
}

/// The entities a name stands for, in the order they were added. Most names stand for one entity,
/// which is kept without an array: a knowledge base has a name for each of its clauses.
enum EntityList: Sendable, Equatable {
    case one(Int32)
    case many([Int32])

    /// The list of `entities`.
    init(_ entities: [Int32]) {
        self = entities.count == 1 ? .one(entities[0]) : .many(entities)
    }

    /// True when the list names no entity.
    var isEmpty: Bool {
        if case .many(let entities) = self { return entities.isEmpty }
        return false
    }

    /// The entities, in order.
    var entities: [Int32] {
        switch self {
        case .one(let entity): return [entity]
        case .many(let entities): return entities
        }
    }
}

/// Finds entities of one kind by identifier (exactly, then ignoring case) or by name and alias.
///
/// Its tables are shared by copies until one of them changes, so that copying a knowledge base (its
/// checker and evaluator each hold one) retains one reference per index instead of eight.
struct NameIndex: Sendable, Equatable {
    /// The tables; changed only when no other index shares them.
    private final class Storage: @unchecked Sendable {
        var exact = StringMap<Int32>()
        var folded = StringMap<EntityList>()
        var spellings: [String] = []
        var spellingKeys: [SpellingKey] = []

        init() {}

        init(copying other: Storage) {
            (exact, folded, spellings, spellingKeys) = (other.exact, other.folded, other.spellings, other.spellingKeys)
        }
    }

    private var storage = Storage()

    var exact: StringMap<Int32> {
        get { storage.exact }
        _modify { makeUnique(); yield &storage.exact }
    }
    var folded: StringMap<EntityList> {
        get { storage.folded }
        _modify { makeUnique(); yield &storage.folded }
    }
    var spellings: [String] {
        get { storage.spellings }
        _modify { makeUnique(); yield &storage.spellings }
    }
    /// The key of each of `spellings`, in the same order, for suggestions.
    var spellingKeys: [SpellingKey] {
        get { storage.spellingKeys }
        _modify { makeUnique(); yield &storage.spellingKeys }
    }

    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(copying: storage) }
    }

    static func == (a: NameIndex, b: NameIndex) -> Bool {
        a.storage === b.storage
            || (a.exact == b.exact && a.folded == b.folded && a.spellings == b.spellings && a.spellingKeys == b.spellingKeys)
    }

    /// Makes room for `count` more identifiers, each perhaps with another name.
    mutating func reserveCapacity(_ count: Int) {
        guard count > 0 else { return }
        exact.reserveCapacity(count)
        folded.reserveCapacity(count)
        spellings.reserveCapacity(spellings.count + count)
        spellingKeys.reserveCapacity(spellingKeys.count + count)
    }

    /// Registers an identifier; returns the entity already using it, if any.
    mutating func addIdentifier(_ id: String, for entity: Int32) -> Int32? {
        if let existing = exact[id] { return existing }
        exact[id] = entity
        addName(id, for: entity)
        return nil
    }

    mutating func addName(_ name: String, for entity: Int32) {
        let key = name.lowercased()
        var entities = folded[key]?.entities ?? []
        if !entities.contains(entity) {
            entities.append(entity)
            if entities.count == 1 {
                spellings.append(name)
                spellingKeys.append(SpellingKey(key))
            }
        }
        folded[key] = EntityList(entities)
    }

    /// The spellings to suggest a name from.
    var candidates: Spellings { Spellings(names: spellings, keys: spellingKeys) }

    func resolve(_ text: String) -> Resolution {
        if let entity = exact[text] { return .found(entity) }
        let entities = folded[text.lowercased()]?.entities ?? []
        switch entities.count {
        case 0: return .missing
        case 1: return .found(entities[0])
        default: return .ambiguous(entities)
        }
    }
}
