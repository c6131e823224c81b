/// One declaration statement a session loaded: where its text is, what it declares, and the load it came with.
package struct LoadedDeclaration: Hashable, Sendable {
    /// The source the declaration was read from, which `range` points into.
    package var file: FileID
    /// The bytes of the declaration, from its keyword through its `.` or closing `}`.
    package var range: ByteRange
    /// The kind of thing it declares.
    package var kind: EntityKind
    /// The identifier it declares.
    package var id: String
    /// Which load added it, counting from 0; the declarations of one load were checked together.
    package var load: Int

    init(file: FileID, range: ByteRange, kind: EntityKind, id: String, load: Int) {
        (self.file, self.range, self.kind, self.id, self.load) = (file, range, kind, id, load)
    }

    init(_ declaration: Declaration, file: FileID, load: Int) {
        self.file = file
        range = declaration.range
        (kind, id) = (declaration.declared.kind, declaration.declared.id.text)
        self.load = load
    }

    /// "party Ada", "agreement Licence".
    package var summary: String { "\(kind.rawValue) \(id)" }

    /// True when `location` lies within this declaration's text.
    func contains(_ location: SourceLocation) -> Bool {
        location.file == file && location.range.start >= range.start && location.range.end <= range.end
    }
}

/// The knowledge base as it stood after the first `loads` loads of a session.
package struct KnowledgeCheckpoint: Sendable {
    /// How many loads it holds.
    package var loads: Int
    /// The knowledge base after them.
    package var knowledgeBase: KnowledgeBase
}

/// What a name given to `Session.declaration(declaring:)` was found to name.
package enum DeclarationLookup: Equatable, Sendable {
    /// The declaration of the entity named, with that entity's kind and identifier; a clause is declared
    /// by its agreement's declaration.
    case found(LoadedDeclaration, kind: EntityKind, id: String)
    /// Several entities go by the name: each as "party Ada".
    case ambiguous([String])
    /// Nothing goes by the name.
    case missing
}

extension Session {
    /// The text of a declaration the session loaded, as written.
    package func text(of declaration: LoadedDeclaration) -> String {
        sources[declaration.file].text(in: declaration.range)
    }

    /// The loaded declaration of the entity `name` names: its identifier exactly, else any entity's
    /// identifier, name or alias ignoring case.
    package func declaration(declaring name: String) -> DeclarationLookup {
        let kb = knowledgeBase
        var matches: [EntityRef] = []
        if let kind = kb.kind(ofIdentifier: name), let index = kb.index(for: kind).resolve(name).entity {
            matches = [EntityRef(kind, index)]
        } else {
            for kind in EntityKind.allCases {
                switch kb.index(for: kind).resolve(name) {
                case .found(let index): matches.append(EntityRef(kind, index))
                case .ambiguous(let indexes): matches += indexes.map { EntityRef(kind, $0) }
                case .missing: break
                }
            }
        }
        guard matches.count == 1, let entity = matches.first else {
            return matches.isEmpty ? .missing
                : .ambiguous(matches.map { "\($0.kind.rawValue) \(kb.identifier(of: $0))" })
        }
        guard let location = kb.location(of: entity),
              let declaration = declarations.last(where: { $0.contains(location) }) else { return .missing }
        return .found(declaration, kind: entity.kind, id: kb.identifier(of: entity))
    }
}

extension KnowledgeBase {
    /// How many things are declared, clauses included.
    var entityCount: Int {
        parties.count + assets.count + sources.count + agreements.count + clauses.count + events.count + prospects.count
    }

    /// Where an entity is declared; for a clause, the clause inside its agreement.
    package func location(of entity: EntityRef) -> SourceLocation? {
        let i = Int(entity.index)
        switch entity.kind {
        case .party: return parties[i].location
        case .asset: return assets[i].location
        case .source: return sources[i].location
        case .agreement: return agreements[i].location
        case .clause: return clauses[i].location
        case .event: return events[i].location
        case .prospect: return prospects[i].location
        }
    }
}

extension Declaration {
    /// The kind of thing declared and its identifier as written.
    var declared: (kind: EntityKind, id: Name) {
        switch self {
        case .party(let decl): return (.party, decl.id)
        case .asset(let decl): return (.asset, decl.id)
        case .source(let decl): return (.source, decl.id)
        case .agreement(let decl): return (.agreement, decl.id)
        case .event(let decl): return (.event, decl.id)
        case .prospect(let decl): return (.prospect, decl.id)
        }
    }
}
