/// The symbols of several documents, with references resolved across them.
///
/// A reference resolves as the checker resolves names (an identifier exactly, else any identifier,
/// name or alias ignoring case), first among its own document's declarations, then among all.
package struct SymbolTable: Sendable {
    /// An entity as navigation knows it: its kind and identifier.
    package struct Entity: Hashable, Sendable {
        /// What kind of thing it is.
        package var kind: EntityKind
        /// Its identifier as declared.
        package var identifier: String

        /// The entity of `kind` declared as `identifier`.
        package init(kind: EntityKind, identifier: String) {
            self.kind = kind
            self.identifier = identifier
        }
    }

    /// A range in one of the table's documents.
    package struct Location: Hashable, Sendable {
        /// The name of the document, as given to the table.
        package var document: String
        /// The bytes of the document it covers.
        package var range: ByteRange
    }

    /// Spellings of entities: exact identifiers, and lowercased identifiers, names and aliases.
    struct Spellings: Sendable {
        var exact: [String: [Entity]] = [:]
        var folded: [String: [Entity]] = [:]

        mutating func add(_ declaration: SymbolDeclaration) {
            let entity = Entity(kind: declaration.kind, identifier: declaration.identifier)
            exact[declaration.identifier, default: []].append(entity)
            for name in [declaration.identifier] + declaration.names {
                if !folded[name.lowercased(), default: []].contains(entity) { folded[name.lowercased(), default: []].append(entity) }
            }
        }

        func resolve(_ name: String, _ kinds: [EntityKind]) -> [Entity] {
            let exactly = (exact[name] ?? []).filter { kinds.contains($0.kind) }
            if !exactly.isEmpty { return unique(exactly) }
            return unique((folded[name.lowercased()] ?? []).filter { kinds.contains($0.kind) })
        }

        private func unique(_ entities: [Entity]) -> [Entity] {
            var seen: Set<Entity> = []
            return entities.filter { seen.insert($0).inserted }
        }
    }

    /// The symbols of each document, by name.
    package private(set) var documents: [String: DocumentSymbols] = [:]
    /// Document names in the order given.
    package private(set) var order: [String] = []
    private var local: [String: Spellings] = [:]
    private var global = Spellings()

    /// A table over `documents`, each named (by a path or URI) and with its symbols.
    package init(_ documents: [(name: String, symbols: DocumentSymbols)]) {
        for (name, symbols) in documents where self.documents[name] == nil {
            self.documents[name] = symbols
            order.append(name)
            var spellings = Spellings()
            for declaration in symbols.declarations {
                spellings.add(declaration)
                global.add(declaration)
            }
            local[name] = spellings
        }
    }

    /// The entities a reference in `document` may mean.
    package func resolve(_ reference: SymbolReference, in document: String) -> [Entity] {
        let own = local[document]?.resolve(reference.name, reference.kinds) ?? []
        return own.isEmpty ? global.resolve(reference.name, reference.kinds) : own
    }

    /// The entities named at `offset` in `document`, whether declared or referred to there.
    package func entities(at offset: Int, in document: String) -> [Entity] {
        switch documents[document]?.occurrence(at: offset) {
        case .declaration(let declaration): return [Entity(kind: declaration.kind, identifier: declaration.identifier)]
        case .reference(let reference): return resolve(reference, in: document)
        case nil: return []
        }
    }

    /// Every declaration of `entity`, in document order.
    package func declarations(of entity: Entity) -> [(document: String, declaration: SymbolDeclaration)] {
        order.flatMap { name in
            (documents[name]?.declarations ?? [])
                .filter { $0.kind == entity.kind && $0.identifier == entity.identifier }
                .map { (name, $0) }
        }
    }

    /// Every reference to `entity`, and its declarations' identifiers when `includingDeclarations`.
    package func references(to entity: Entity, includingDeclarations: Bool) -> [Location] {
        var locations: [Location] = []
        for name in order {
            guard let symbols = documents[name] else { continue }
            var ranges: [ByteRange] = []
            if includingDeclarations {
                ranges += symbols.declarations
                    .filter { $0.kind == entity.kind && $0.identifier == entity.identifier }.map(\.nameRange)
            }
            ranges += symbols.references.filter { resolve($0, in: name).contains(entity) }.map(\.range)
            locations += ranges.sorted { $0.start < $1.start }.map { Location(document: name, range: $0) }
        }
        return locations
    }
}
