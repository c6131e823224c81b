/// A declaration in a source text: what it declares and where.
package struct SymbolDeclaration: Hashable, Sendable {
    /// What kind of thing is declared.
    package var kind: EntityKind
    /// The declared identifier.
    package var identifier: String
    /// Other names it may be referred to by: a display name, aliases, a source's document name.
    package var names: [String]
    /// The whole declaration.
    package var range: ByteRange
    /// The bytes of the declared identifier.
    package var nameRange: ByteRange
    /// For a clause, the identifier of its agreement.
    package var container: String?
}

/// A name written where an entity is meant, with the kinds of entity the grammar allows there.
package struct SymbolReference: Hashable, Sendable {
    /// The name as written, without quotes.
    package var name: String
    /// Where it is written, quotes included.
    package var range: ByteRange
    /// The kinds of entity it may name there.
    package var kinds: [EntityKind]
}

/// The declarations and references of one parsed source text.
package struct DocumentSymbols: Sendable {
    /// Every declaration, in text order; an agreement comes before its clauses.
    package var declarations: [SymbolDeclaration] = []
    /// Every reference, in the order the statements are read.
    package var references: [SymbolReference] = []

    /// Collects the declarations and references of `script`; statements that failed to parse have none.
    package init(_ script: ParsedScript) {
        declarations.reserveCapacity(script.statements.count)
        for statement in script.statements {
            switch statement {
            case .declaration(let declaration): add(declaration)
            case .question(let question): add(question.question)
            case .expectation(let expectation):
                for item in expectation.groups.flatMap(\.items) {
                    refer(item.id, EntityKind.allCases)
                    if let via = item.via { refer(via, [.party]) }
                }
            }
        }
    }

    /// The declaration whose identifier, or the reference whose name, covers `offset` (its end included).
    package func occurrence(at offset: Int) -> Occurrence? {
        if let declaration = declarations.first(where: { $0.nameRange.start <= offset && offset <= $0.nameRange.end }) {
            return .declaration(declaration)
        }
        if let reference = references.first(where: { $0.range.start <= offset && offset <= $0.range.end }) {
            return .reference(reference)
        }
        return nil
    }

    /// What a position in a text names.
    package enum Occurrence: Hashable, Sendable {
        /// The identifier of a declaration.
        case declaration(SymbolDeclaration)
        /// A name referring to an entity.
        case reference(SymbolReference)
    }

    /// Declares `id`, also named `name` and `aliases`.
    private mutating func declare(_ kind: EntityKind, _ id: Name, name: Name?, aliases: [Name] = [], range: ByteRange,
                                  container: String? = nil) {
        var names: [String] = []
        if name != nil || !aliases.isEmpty {
            names.reserveCapacity(aliases.count + 1)
            if let name { names.append(name.text) }
            for alias in aliases { names.append(alias.text) }
        }
        declarations.append(SymbolDeclaration(kind: kind, identifier: id.text, names: names,
                                              range: range, nameRange: id.range, container: container))
    }

    private mutating func refer(_ name: Name?, _ kinds: [EntityKind]) {
        guard let name else { return }
        references.append(SymbolReference(name: name.text, range: name.range, kinds: kinds))
    }

    private mutating func refer(_ names: [Name], _ kinds: [EntityKind]) {
        for name in names { refer(name, kinds) }
    }

    private mutating func cite(_ citation: CitationSyntax?) {
        refer(citation?.source, [.source])
    }

    private mutating func add(_ declaration: Declaration) {
        switch declaration {
        case .party(let decl):
            declare(.party, decl.id, name: decl.displayName, aliases: decl.aliases, range: decl.range)
            refer(decl.partOf, [.party])
        case .asset(let decl):
            declare(.asset, decl.id, name: decl.displayName, range: decl.range)
            refer(decl.owner, [.party])
        case .source(let decl):
            declare(.source, decl.id, name: decl.document, range: decl.range)
        case .agreement(let decl):
            declare(.agreement, decl.id, name: decl.title, range: decl.range)
            refer(decl.parties, [.party])
            refer(decl.amends, [.agreement])
            refer(decl.effective)
            cite(decl.citation)
            for clause in decl.clauses { add(clause, in: decl.id.text) }
        case .event(let decl):
            declare(.event, decl.id, name: decl.title, range: decl.range)
            refer(decl.date)
            refer(decl.option?.power, [.clause])
            refer(decl.involving, [.party])
            cite(decl.citation)
        case .prospect(let decl):
            declare(.prospect, decl.id, name: decl.title, range: decl.range)
            refer(decl.involving, [.party])
            cite(decl.citation)
        }
    }

    private mutating func add(_ clause: ClauseDecl, in agreement: String) {
        declare(.clause, clause.id, name: nil, range: clause.range, container: agreement)
        refer(clause.holder, [.party])
        refer(clause.counterparty, [.party])
        if let about = clause.about {
            refer(about.objects, [.asset])
            refer(about.on, [.asset])
            refer(about.using, [.asset])
        }
        refer(clause.ending?.by, [.clause, .agreement])
        refer(clause.replaces, [.clause])
        refer(clause.from)
        refer(clause.until)
        refer(clause.ending?.on)
        for condition in clause.conditions { refer(condition.target, condition.exercise ? [.clause] : [.event, .prospect]) }
        cite(clause.citation)
    }

    /// The event an instant names (`from Renegotiation`), or the power (`from exercised Renewal`).
    private mutating func refer(_ instant: InstantSyntax?) {
        if case .event(let name)? = instant?.form { refer(name, [.event]) }
        if case .exercise(let name)? = instant?.form { refer(name, [.clause]) }
    }

    private mutating func add(_ question: Question) {
        switch question {
        case .which(let which), .count(let which): add(which.modifiers)
        case .total(let total):
            add(total.which.modifiers)
            if let owed = total.owedTo { refer(owed, [.party]) }
        case .yesNo(let yesNo):
            add(yesNo.subject)
            if let predicate = yesNo.predicate { add(predicate) }
            add(yesNo.modifiers)
        case .when(let when):
            add(when.subject)
            add(when.modifiers)
        case .changes(let changes): add(changes.modifiers)
        case .list(let list): add(list.modifiers)
        case .timeline(let timeline):
            if case .name(let name)? = timeline.target { refer(name, [.party, .agreement, .clause]) }
            add(timeline.modifiers)
        case .explain(let explain):
            switch explain.target {
            case .question(let inner): add(inner)
            case .subject(let subject, let modifiers):
                add(subject)
                add(modifiers)
            }
        }
    }

    private mutating func add(_ subject: Subject) {
        switch subject {
        case .clause(let name): refer(name, [.clause])
        case .possessive(let party, _, let object):
            refer(party, [.party])
            refer(object, [.asset])
        }
    }

    private mutating func add(_ modifiers: Modifiers) {
        refer(modifiers.party, [.party])
        if let filter = modifiers.filter { add(filter) }
    }

    private mutating func add(_ filter: Filter) {
        switch filter {
        case .or(let filters), .and(let filters): for inner in filters { add(inner) }
        case .not(let inner): add(inner)
        case .predicate(let predicate, _):
            switch predicate {
            case .holder(let name), .counterparty(let name), .party(let name): refer(name, [.party])
            case .about(let name): refer(name, [.asset])
            case .agreement(let name): refer(name, [.agreement])
            case .cites(let name, _): refer(name, [.source])
            default: break
            }
        }
    }
}
