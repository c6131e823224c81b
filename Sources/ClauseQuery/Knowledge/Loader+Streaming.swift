/// Loading a text a part at a time, as it is parsed, so that its whole syntax tree is never held.
///
/// Each part's declarations are registered, then each one is resolved at once when what it refers to
/// is final: every reference is an identifier already declared, of the kind it must be, so that no
/// declaration still to come can change what it names; and the declaration reads nothing that another
/// declaration's resolution sets (event days, exercises, replacements and conditions). Its syntax is
/// then let go. The others wait, with their syntax, until the whole text is registered, and are
/// resolved in the order they were written, as `Loader.load` resolves everything.
///
/// What a declaration resolved at once sets is its own, or a set (actions, currencies), so the
/// knowledge and the diagnostics are those of `Loader.load`; only the order of some table rows differs.
extension Loader {
    /// A loader for `expectingBytes` bytes of text given a part at a time with `add`, then `end`.
    init(streamingInto base: KnowledgeBase, expectingBytes: Int) {
        self.init(base: base, ignoring: [])
        expectedBytes = expectingBytes
    }

    /// Registers the `declarations` read from `bytes` bytes of `file`, then resolves those that refer to
    /// final things only, letting their syntax go. Returns false when `isCancelled` said so.
    mutating func add(_ declarations: consuming [Declaration], of file: FileID, bytes: Int,
                      isCancelled: () -> Bool) -> Bool {
        if !reserved { reserve(for: declarations, bytes: bytes) }
        var indexes: [Int32] = []
        indexes.reserveCapacity(declarations.count)
        for position in declarations.indices {
            if position & 0xFF == 0xFF, isCancelled() { return false }
            indexes.append(register(declarations[position], file: file))
        }
        self.file = file
        for position in declarations.indices {
            if position & 0xFF == 0xFF, isCancelled() { return false }
            let declaration = declarations[position]
            declarations[position] = Loader.resolved
            if refersToFinalThings(declaration) {
                resolve(declaration, indexes[position])
                letGo.add(Loader.syntaxSize(of: declaration))
            } else {
                waiting.append((file, declaration, indexes[position]))
            }
        }
        return true
    }

    /// Resolves the declarations that waited, in the order they were written, not reporting references
    /// to the identifiers of declarations that failed to parse (`ignoring`); then checks the whole.
    consuming func end(ignoring: Set<String>, isCancelled: () -> Bool)
        -> (knowledgeBase: KnowledgeBase?, diagnostics: [Diagnostic]) {
        self.ignoring = ignoring
        var declarations: [(file: FileID, declaration: Declaration, index: Int32)] = []
        swap(&declarations, &waiting)
        for position in declarations.indices {
            if position & 0xFF == 0xFF, isCancelled() { return Loader.interrupted }
            file = declarations[position].file
            resolve(declarations[position].declaration, declarations[position].index)
            letGo.add(Loader.syntaxSize(of: declarations[position].declaration))
            declarations[position].declaration = Loader.resolved
        }
        letGo.end()
        return conclude(isCancelled: isCancelled)
    }

    /// Makes room for the declarations of the whole text, estimated from the first part: its
    /// agreements, clauses and instants per byte, over every byte expected.
    private mutating func reserve(for declarations: [Declaration], bytes: Int) {
        reserved = true
        var counts = DeclarationCounts()
        counts.add(declarations)
        guard bytes > 0, expectedBytes > bytes else { return reserveCapacity(for: counts) }
        let factor = Double(expectedBytes) / Double(bytes) * 1.1
        let scale = { (count: Int) in Int((Double(count) * factor).rounded(.up)) }
        for kind in [EntityKind.agreement, .clause] { counts.declared[kind] = scale(counts.declared[kind] ?? 0) }
        counts.instants = scale(counts.instants)
        reserveCapacity(for: counts)
    }

    /// True when everything `declaration` refers to is final: see the type's comment.
    func refersToFinalThings(_ declaration: Declaration) -> Bool {
        switch declaration {
        case .party(let decl):
            return isFinal(decl.partOf, .party)
        case .asset(let decl):
            return isFinal(decl.owner, .party)
        case .source:
            return true
        case .agreement(let decl):
            guard decl.effective?.isReference != true, isFinal(decl.amends, .agreement),
                  isFinal(decl.citation?.source, .source), decl.parties.allSatisfy({ isFinal($0, .party) })
            else { return false }
            return decl.clauses.indices.allSatisfy { refersToFinalThings(decl.clauses[$0], parties: decl.parties) }
        case .event, .prospect:
            return false
        }
    }

    /// A clause of an agreement whose `parties`, found final, most of its holders and counterparties name.
    private func refersToFinalThings(_ clause: ClauseDecl, parties: [Name]) -> Bool {
        let isFinalParty = { (name: Name?) in
            guard let name else { return true }
            return parties.contains { $0.text == name.text } || isFinal(name, .party)
        }
        guard clause.from?.isReference != true, clause.until?.isReference != true, clause.conditions.isEmpty,
              clause.ending == nil, clause.replaces == nil, isFinalParty(clause.holder),
              isFinalParty(clause.counterparty), isFinal(clause.citation?.source, .source) else { return false }
        return clause.about?.allAssets { isFinal($0, .asset) } ?? true
    }

    /// True when `name` is absent or the identifier of a `kind` already declared.
    private func isFinal(_ name: Name?, _ kind: EntityKind) -> Bool {
        guard let name else { return true }
        return kb.index(for: kind).entity(identifier: name.text) != nil
    }
}

/// How many things some declarations declare, by kind (a clause counted as one), and how many
/// instants they write.
struct DeclarationCounts {
    var declared: [EntityKind: Int] = [:]
    var instants = 0

    mutating func add(_ declarations: [Declaration]) {
        for declaration in declarations {
            declared[declaration.declared.kind, default: 0] += 1
            guard case .agreement(let agreement) = declaration else { continue }
            declared[.clause, default: 0] += agreement.clauses.count
            instants += 1 + 2 * agreement.clauses.count
        }
    }
}
