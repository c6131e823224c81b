extension Session {
    /// Takes back one declaration the session loaded: the knowledge base is built again from the other
    /// declarations, load by load in the order they were loaded.
    ///
    /// All or nothing: when the others do not load without it (something refers to what it declares),
    /// the session is unchanged and the returned diagnostics say what refers to it. Empty on success.
    package mutating func remove(_ removed: LoadedDeclaration) -> [Diagnostic] {
        let kept = declarations.filter { $0 != removed }
        guard kept.count < declarations.count else {
            return [Diagnostic(.stillReferenced, .error, "\(removed.summary) is not loaded in this session", at: nil)]
        }
        // Loads before the removed one cannot refer to it: start from the latest checkpoint before it.
        let checkpoint = checkpoints.last { $0.loads <= removed.load }
        let base = checkpoint?.knowledgeBase ?? KnowledgeBase()
        var syntax = DeclarationSyntax(sources: sources)
        guard let batches = syntax.batches(kept.filter { $0.load >= checkpoint?.loads ?? 0 }) else {
            return [Diagnostic(.stillReferenced, .error, "the sources of this session have changed", at: nil)]
        }
        var kb = base
        for load in batches {
            let (loaded, diagnostics) = Loader.load(load, into: kb, limited: false)
            guard let loaded else {
                // Every reference, not only those of the first load that fails: all the later loads at once.
                let all = Loader.load(batches.flatMap { $0 }, into: base, limited: false).diagnostics.filter(\.isError)
                let errors = all.isEmpty ? diagnostics.filter(\.isError) : all
                return [refusal(removed, errors: errors, kept: kept, syntax: &syntax)]
            }
            kb = loaded
        }
        replaceKnowledge(kb, builtFrom: kept, checkpointsThrough: removed.load)
        return []
    }

    /// How many referrers a refusal names, and how many further references it points at.
    private static let referrersNamed = 4

    /// "cannot take back party 'Ada': agreement 'Licence' refers to it", pointing at the first reference
    /// and noting the others.
    private func refusal(_ removed: LoadedDeclaration, errors: [Diagnostic], kept: [LoadedDeclaration],
                         syntax: inout DeclarationSyntax) -> Diagnostic {
        let what = "cannot take back \(removed.kind.rawValue) '\(removed.id)'"
        var referrers: [String] = []
        var places: [SourceLocation] = []
        for error in errors {
            guard let location = error.location, let declaration = kept.last(where: { $0.contains(location) }) else {
                let notes = errors.map { DiagnosticNote($0.message, at: $0.location) }
                return Diagnostic(.stillReferenced, .error, "\(what): the other declarations do not load without it",
                                  at: errors.first?.location, notes: notes)
            }
            let referrer = syntax.describe(declaration, at: location)
            if !referrers.contains(referrer) { referrers.append(referrer) }
            places.append(location)
        }
        let verb = referrers.count == 1 ? "refers" : "refer"
        if referrers.count > Self.referrersNamed {
            referrers = referrers.prefix(Self.referrersNamed - 1) + ["\(referrers.count - Self.referrersNamed + 1) others"]
        }
        var notes = places.dropFirst().prefix(Self.referrersNamed).map { DiagnosticNote("also referred to here", at: $0) }
        if places.count > Self.referrersNamed + 1 {
            notes.append(DiagnosticNote("and \(places.count - Self.referrersNamed - 1) more references"))
        }
        return Diagnostic(.stillReferenced, .error, "\(what): \(referrers.joinedAsList()) \(verb) to it",
                          at: places.first, notes: notes)
    }
}

/// The parsed declarations of a session's sources, each source parsed again once, when first needed.
private struct DeclarationSyntax {
    let sources: SourceSet
    private var parsed: [FileID: [Int: Declaration]] = [:]

    init(sources: SourceSet) { self.sources = sources }

    /// The syntax of the declarations, one list of (source, declarations) per load, in order; nil if a
    /// source no longer holds one of them.
    mutating func batches(_ declarations: [LoadedDeclaration]) -> [[(FileID, [Declaration])]]? {
        var loads: [[(FileID, [Declaration])]] = []
        var previous: LoadedDeclaration?
        for loaded in declarations {
            guard let parsed = declaration(loaded) else { return nil }
            if previous?.load != loaded.load {
                loads.append([(loaded.file, [parsed])])
            } else if previous?.file == loaded.file {
                loads[loads.count - 1][loads[loads.count - 1].count - 1].1.append(parsed)
            } else {
                loads[loads.count - 1].append((loaded.file, [parsed]))
            }
            previous = loaded
        }
        return loads
    }

    /// The syntax of a loaded declaration, found by where it starts; nil if its source no longer holds it.
    mutating func declaration(_ loaded: LoadedDeclaration) -> Declaration? {
        if parsed[loaded.file] == nil {
            let script = Parser.parse(sources[loaded.file], file: loaded.file)
            let declarations = Session.declarations(of: script).map { ($0.range.start, $0) }
            parsed[loaded.file] = Dictionary(declarations, uniquingKeysWith: { first, _ in first })
        }
        guard let declaration = parsed[loaded.file]?[loaded.range.start], declaration.range == loaded.range else {
            return nil
        }
        return declaration
    }

    /// What refers to something at `location` inside `loaded`: "asset 'Films'", or for a place inside a
    /// clause, "clause 'Stream' of agreement 'Licence'".
    mutating func describe(_ loaded: LoadedDeclaration, at location: SourceLocation) -> String {
        let whole = "\(loaded.kind.rawValue) '\(loaded.id)'"
        guard case .agreement(let agreement)? = declaration(loaded),
              let clause = agreement.clauses.first(where: {
                  $0.range.start <= location.range.start && location.range.end <= $0.range.end
              }) else { return whole }
        return "clause '\(clause.id.text)' of \(whole)"
    }
}
