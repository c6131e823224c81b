import Synchronization

/// Interned strings: equal strings share one index, except the identifiers of clauses, which are added
/// without being looked up.
struct StringTable: Sendable, Equatable {
    private(set) var strings = Table<String>()
    /// Each string's index; nil until the first `intern` after a table was read whole.
    private var indexes: [String: Int32]? = [:]

    init() {}

    /// A table of `strings`, which are distinct, in this order.
    init(strings: Table<String>) {
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

    /// Makes room for `count` more strings given to `add`, which are not indexed.
    mutating func reserveCapacity(adding count: Int) {
        strings.reserveCapacity(strings.count + count)
    }

    /// Adds a string that is new by construction (a clause's identifier: identifiers are unique) without
    /// looking it up or indexing it. Interning an equal string later gives it an index of its own, which
    /// reads the same.
    mutating func add(_ string: String) -> Int32 {
        strings.append(string)
        return Int32(strings.count - 1)
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
///
/// An index of identifiers alone (the clauses': a million of them in a large knowledge base) keeps only
/// the exact identifiers; the names ignoring case and the spellings to suggest are worked out from them
/// the first time they are asked for, which is when a reference is not found exactly.
struct NameIndex: Sendable, Equatable {
    /// The names ignoring case, and the spellings to suggest from, in the order they were added.
    struct Names: Sendable, Equatable {
        var folded = StringMap<EntityList>()
        var spellings: [String] = []
        var spellingKeys: [SpellingKey] = []

        mutating func add(_ name: String, for entity: Int32) {
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
    }

    /// The tables; changed only when no other index shares them.
    private final class Storage: @unchecked Sendable {
        var exact = StringMap<Int32>()
        /// The names, kept as they are added; nil in an index of identifiers alone.
        var names: Names?
        /// An index of identifiers alone: its names once worked out, shared by the threads that ask.
        let derived = Mutex<Names?>(nil)
        /// An index whose tables are read or worked out when first asked for.
        let deferred: DeferredTables?

        init(identifiersOnly: Bool) {
            names = identifiersOnly ? nil : Names()
            deferred = nil
        }

        init(deferred: DeferredTables) {
            names = nil
            self.deferred = deferred
        }

        init(copying other: Storage) {
            (exact, names) = (other.identifiers, other.givenNames)
            deferred = nil
        }

        /// The identifiers, worked out first if they are deferred.
        var identifiers: StringMap<Int32> { deferred?.tables.exact ?? exact }
        /// The names as added, read first if they are deferred; nil in an index of identifiers alone.
        var givenNames: Names? { deferred.map { $0.tables.names } ?? names }
    }

    /// The tables of an index, read or worked out the first time they are asked for, once for the threads
    /// that ask.
    final class DeferredTables: Sendable {
        typealias Tables = (exact: StringMap<Int32>, names: Names?)
        private enum State {
            case later(@Sendable () -> Tables)
            case done(Tables)
        }
        /// How many identifiers there will be.
        let count: Int
        /// True when the index will keep identifiers alone.
        let identifiersOnly: Bool
        /// Finds one identifier without working them all out, when there is a way to.
        let lookup: (@Sendable (String) -> Int32?)?
        private let state: Mutex<State>

        init(count: Int, identifiersOnly: Bool, lookup: (@Sendable (String) -> Int32?)? = nil,
             build: @escaping @Sendable () -> Tables) {
            (self.count, self.identifiersOnly, self.lookup) = (count, identifiersOnly, lookup)
            state = Mutex(.later(build))
        }

        var isWorkedOut: Bool {
            state.withLock { state in
                if case .done = state { return true }
                return false
            }
        }

        var tables: Tables {
            state.withLock { state in
                switch state {
                case .done(let tables): return tables
                case .later(let build):
                    let tables = build()
                    state = .done(tables)
                    return tables
                }
            }
        }
    }

    private var storage: Storage

    /// An empty index; `identifiersOnly` when nothing but identifiers will be added to it.
    init(identifiersOnly: Bool = false) { storage = Storage(identifiersOnly: identifiersOnly) }

    /// An index whose tables `deferred` reads or works out the first time they are asked for.
    init(deferred: DeferredTables) { storage = Storage(deferred: deferred) }

    /// True unless the identifiers are yet to be read or worked out.
    var hasWorkedOutIdentifiers: Bool { storage.deferred?.isWorkedOut ?? true }

    /// The entity whose identifier is exactly `id`, found without working the identifiers out when the
    /// index has a way to.
    func entity(identifier id: String) -> Int32? {
        guard let deferred = storage.deferred else { return storage.exact[id] }
        if let lookup = deferred.lookup { return lookup(id) }
        return deferred.tables.exact[id]
    }

    /// True when the index keeps identifiers alone and works its names out when asked.
    var keepsIdentifiersOnly: Bool { storage.deferred?.identifiersOnly ?? (storage.names == nil) }

    /// True when an index of identifiers alone has worked out its names since the last one was added.
    var hasWorkedOutNames: Bool { storage.derived.withLock { $0 != nil } }

    /// True when the index holds no identifier, found without working them out.
    var isEmpty: Bool { (storage.deferred?.count ?? storage.exact.count) == 0 }

    var exact: StringMap<Int32> {
        get { storage.identifiers }
        _modify {
            makeUnique()
            storage.derived.withLock { $0 = nil }
            yield &storage.exact
        }
    }

    /// The names, as added or as worked out from the identifiers.
    var names: Names {
        get {
            if let names = storage.givenNames { return names }
            let exact = storage.identifiers
            return storage.derived.withLock { derived in
                if let derived { return derived }
                var entries: [(entity: Int32, id: String)] = []
                entries.reserveCapacity(exact.count)
                exact.forEach { entries.append(($1, $0)) }
                entries.sort { $0.entity != $1.entity ? $0.entity < $1.entity : $0.id < $1.id }
                var names = Names()
                names.folded.reserveCapacity(entries.count)
                names.spellings.reserveCapacity(entries.count)
                names.spellingKeys.reserveCapacity(entries.count)
                for (entity, id) in entries { names.add(id, for: entity) }
                derived = names
                return names
            }
        }
        set {
            makeUnique()
            storage.names = newValue
        }
    }

    var folded: StringMap<EntityList> { names.folded }
    var spellings: [String] { names.spellings }
    /// The key of each of `spellings`, in the same order, for suggestions.
    var spellingKeys: [SpellingKey] { names.spellingKeys }

    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) || storage.deferred != nil { storage = Storage(copying: storage) }
    }

    static func == (a: NameIndex, b: NameIndex) -> Bool {
        a.storage === b.storage || (a.exact == b.exact && a.names == b.names)
    }

    /// Makes room for `count` more identifiers, each perhaps with another name.
    mutating func reserveCapacity(_ count: Int) {
        guard count > 0 else { return }
        exact.reserveCapacity(count)
        guard let spelled = storage.names?.spellings.count else { return }  // unique, so not deferred
        storage.names?.folded.reserveCapacity(count)
        storage.names?.spellings.reserveCapacity(spelled + count)
        storage.names?.spellingKeys.reserveCapacity(spelled + count)
    }

    /// Registers an identifier; returns the entity already using it, if any.
    mutating func addIdentifier(_ id: String, for entity: Int32) -> Int32? {
        if let existing = self.entity(identifier: id) { return existing }
        addNewIdentifier(id, for: entity)
        return nil
    }

    /// Registers an identifier that no entity of this index uses: the caller has made sure.
    mutating func addNewIdentifier(_ id: String, for entity: Int32) {
        exact[id] = entity
        if !keepsIdentifiersOnly { addName(id, for: entity) }
    }

    /// Registers another name of `entity`; an index of identifiers alone keeps its names from then on.
    mutating func addName(_ name: String, for entity: Int32) {
        if keepsIdentifiersOnly { names = names }
        makeUnique()
        storage.names?.add(name, for: entity)
    }

    /// The spellings to suggest a name from.
    var candidates: Spellings {
        let names = names
        return Spellings(names: names.spellings, keys: names.spellingKeys)
    }

    func resolve(_ text: String) -> Resolution {
        if let entity = entity(identifier: text) { return .found(entity) }
        let entities = folded[text.lowercased()]?.entities ?? []
        switch entities.count {
        case 0: return .missing
        case 1: return .found(entities[0])
        default: return .ambiguous(entities)
        }
    }
}
