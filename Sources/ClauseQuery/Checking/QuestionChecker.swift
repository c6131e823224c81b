/// The checking stage for questions: resolves every name once and rejects every modifier a form
/// cannot use, collecting all the problems of a question in one pass. It never evaluates anything.
package struct QuestionChecker {
    let kb: KnowledgeBase
    let source: SourceText
    let file: FileID
    private(set) var diagnostics: [Diagnostic] = []
    /// Polled before each name is looked up (a look-up that fails searches every name for a
    /// suggestion); once it returns true, the question is stopped as interrupted.
    var isCancelled: @Sendable () -> Bool = { false }
    private(set) var wasCancelled = false

    /// A checker for questions written in `source` (file `file`) about `kb`.
    package init(knowledgeBase: KnowledgeBase, source: SourceText, file: FileID) {
        self.kb = knowledgeBase
        self.source = source
        self.file = file
    }

    /// The question resolved, or every problem found in it; only `interrupted` once `isCancelled`
    /// returns true.
    package static func check(_ question: Question, knowledgeBase: KnowledgeBase, source: SourceText,
                              file: FileID, isCancelled: @escaping @Sendable () -> Bool = { false })
        -> Result<ResolvedQuestion, QueryFailure> {
        var checker = QuestionChecker(knowledgeBase: knowledgeBase, source: source, file: file)
        checker.isCancelled = isCancelled
        return checker.check(question)
    }

    /// The question resolved, or every problem found in it. One checker checks every question of a
    /// script in turn, so that its knowledge base is not copied for each.
    package mutating func check(_ question: Question) -> Result<ResolvedQuestion, QueryFailure> {
        diagnostics = []
        wasCancelled = false
        let resolved = resolve(question)
        if wasCancelled { return .failure(QueryFailure(Diagnostic(.interrupted, .error, "interrupted", at: nil))) }
        if diagnostics.contains(where: \.isError) { return .failure(QueryFailure(diagnostics)) }
        return .success(resolved)
    }

    mutating func resolve(_ question: Question) -> ResolvedQuestion {
        switch question {
        case .which(let which):
            return ResolvedQuestion(form: .which(which.kind), scope: scope(which.modifiers, rows: .clauses))
        case .count(let count):
            return ResolvedQuestion(form: .count(count.kind), scope: scope(count.modifiers, rows: .clauses))
        case .total(let total):
            var resolved = ResolvedQuestion(form: .total(total.which.kind), scope: scope(total.which.modifiers, rows: .clauses))
            if let owed = total.owedTo {
                let test = CompiledFilter.test(.counterparty(lookup(owed, .party).map { Set(kb.partyWithParts($0)) } ?? []),
                                               written: "owed to \(owed.text)")
                resolved.scope.filter = resolved.scope.filter.map { .and([$0, test]) } ?? test
            }
            return resolved
        case .yesNo(let yesNo):
            let subject = resolve(yesNo.subject)
            let predicate = yesNo.predicate.map { compile($0, for: .clauses) }
            return ResolvedQuestion(form: .yesNo(subject, predicate: predicate, inForce: yesNo.inForce),
                                    scope: scope(yesNo.modifiers, rows: .clauses, subject: yesNo.subject))
        case .when(let when):
            let subject = resolve(when.subject)
            return ResolvedQuestion(form: .when(subject, when.boundary),
                                    scope: scope(when.modifiers, rows: .clauses, subject: when.subject))
        case .changes(let changes):
            if let temporal = changes.modifiers.temporal {
                report(.inapplicableModifier, "a changes question names its periods with 'between'; drop '\(text(temporal.range))'",
                       temporal.range)
            }
            if changes.first.date.lastDay >= changes.second.date.firstDay {
                report(.emptyPeriod,
                       "the first period (\(changes.first.date)) must end before the second (\(changes.second.date)) begins",
                       changes.first.range.union(changes.second.range))
            }
            var modifiers = changes.modifiers
            modifiers.temporal = nil
            return ResolvedQuestion(form: .changes(first: changes.first, second: changes.second),
                                    scope: scope(modifiers, rows: .clauses))
        case .list(let list):
            return resolve(list)
        case .timeline(let timeline):
            return resolve(timeline)
        case .explain(let explain):
            var resolved: ResolvedQuestion
            switch explain.target {
            case .question(let inner):
                resolved = resolve(inner)
            case .subject(let subject, let modifiers):
                let target = resolve(subject)
                resolved = ResolvedQuestion(form: .subject(target), scope: scope(modifiers, rows: .clauses, subject: subject))
            }
            resolved.explains = true
            return resolved
        }
    }

    mutating func resolve(_ list: ListQuestion) -> ResolvedQuestion {
        let noun = "'list \(list.noun.rawValue)'"
        let modifiers = list.modifiers
        switch list.noun {
        case .rights, .claims, .obligations, .permissions, .prohibitions, .powers, .immunities, .noRights, .liabilities,
             .disabilities, .terms, .clauses:
            let kind = ClauseKind(rawValue: list.noun.rawValue) ?? .clauses
            return ResolvedQuestion(form: .which(kind), scope: scope(modifiers, rows: .clauses))
        case .events:
            return ResolvedQuestion(form: .list(.events), scope: scope(modifiers, rows: .events))
        case .agreements:
            return ResolvedQuestion(form: .list(.agreements), scope: scope(modifiers, rows: .agreements))
        case .prospects:
            rejectTime(modifiers, "\(noun): a prospect is expected, not agreed, and is never in force")
            return ResolvedQuestion(form: .list(.prospects), scope: scope(modifiers, rows: .prospects))
        case .parties, .assets:
            rejectFilter(modifiers, "\(noun): use 'for PARTY' to narrow the list")
            rejectTime(modifiers, "\(noun): \(list.noun.rawValue) are not dated")
            return ResolvedQuestion(form: .list(list.noun), scope: scope(modifiers, rows: nil))
        case .sources:
            if let party = modifiers.party {
                report(.inapplicableModifier, "a party does not apply to \(noun): sources are not held by anyone",
                       party.range)
            }
            rejectFilter(modifiers, "\(noun): sources have no conditions to test")
            rejectTime(modifiers, "\(noun): sources are not dated")
            return ResolvedQuestion(form: .list(.sources), scope: Scope())
        }
    }

    private mutating func rejectFilter(_ modifiers: Modifiers, _ why: String) {
        if let filter = modifiers.filter {
            report(.inapplicableModifier, "'where' does not apply to \(why)", filter.range)
        }
    }

    private mutating func rejectTime(_ modifiers: Modifiers, _ why: String) {
        if let temporal = modifiers.temporal {
            report(.inapplicableModifier, "a time does not apply to \(why)", temporal.range)
        }
    }

    /// Resolves the modifiers; `rows` is the kind of row the filter tests (nil when the form takes no filter).
    mutating func scope(_ modifiers: Modifiers, rows: FilterRows?, subject: Subject? = nil) -> Scope {
        var scope = Scope(temporal: modifiers.temporal)
        if let temporal = modifiers.temporal, temporal.op == .at || temporal.op == .asOf,
           temporal.second != nil || temporal.first.date.precision != .day {
            let written = text(temporal.range.union(temporal.first.range)).dropFirst(temporal.op == .at ? 3 : 6)
            report(.coarsePeriod, "'\(temporal.op.rawValue)' takes a day; for a longer period ask 'in \(written)' "
                   + "(on some day of it) or 'throughout \(written)' (on every day)", temporal.range)
        }
        if let name = modifiers.party {
            if case .possessive(let owner, _, _)? = subject {
                report(.inapplicableModifier,
                       "the possessive already names the party (\(owner.text)); drop 'for \(name.text)'", name.range)
            } else if let party = lookup(name, .party) {
                scope.party = party
                scope.parties = Set(kb.partyWithParts(party))
            }
        }
        if let filter = modifiers.filter, let rows {
            scope.filter = compile(filter, for: rows)
        }
        return scope
    }

    mutating func resolve(_ subject: Subject) -> ResolvedSubject {
        switch subject {
        case .clause(let name):
            return .clause(lookup(name, .clause) ?? -1)
        case .possessive(let partyName, let actionName, let objectName):
            let party = lookup(partyName, .party)
            let actions = resolveAction(actionName)
            let object = objectName.flatMap { lookup($0, .asset) }
            return .possessive(party: party ?? -1, actions: actions, object: object)
        }
    }

    /// True once the question has as many diagnostics as a source keeps (all of them errors): later
    /// problems are neither reported nor worked out, so a name that is not found costs no search for a
    /// close spelling.
    var isFull: Bool { diagnostics.count >= Parser.maximumDiagnostics }

    mutating func lookup(_ name: Name, _ kind: EntityKind) -> Int32? {
        guard !stopsHere() else { return nil }
        if isFull { return kb.index(for: kind).resolve(name.text).entity }
        switch kb.lookup(name, kind, file: file) {
        case .success(let index): return index
        case .failure(let diagnostic): diagnostics.append(diagnostic); return nil
        }
    }

    mutating func resolveAction(_ name: Name) -> Set<Int32> {
        guard !stopsHere() else { return [] }
        let actions = kb.actionIndexes(matching: name.text)
        if actions.isEmpty, !isFull {
            diagnostics.append(KnowledgeBase.unknown(name, "action", .unknownReference, candidates: Spellings(kb.actionNames),
                                                     at: location(name.range)))
        }
        return actions
    }

    /// True once the check is cancelled: polls `isCancelled` until it returns true.
    mutating func stopsHere() -> Bool {
        if !wasCancelled && isCancelled() { wasCancelled = true }
        return wasCancelled
    }

    mutating func report(_ diagnostic: Diagnostic) {
        if !isFull { diagnostics.append(diagnostic) }
    }

    mutating func report(_ id: DiagnosticID, _ message: String, _ range: ByteRange) {
        report(Diagnostic(id, .error, message, at: location(range)))
    }

    func location(_ range: ByteRange) -> SourceLocation { SourceLocation(file: file, range: range) }

    func text(_ range: ByteRange) -> String { source.text(in: range) }
}
