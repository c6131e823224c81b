/// A filter with its names resolved, ready to test many clauses.
indirect enum CompiledFilter {
    case or([CompiledFilter])
    case and([CompiledFilter])
    case not(CompiledFilter)
    case holder(Set<Int32>)
    case counterparty(Set<Int32>)
    case party(Set<Int32>)
    case about(Int32)
    case action(Set<Int32>)
    case agreement(Int32)
    case modality(Modality)
    case exclusive
    case derived
    case ended
    case endedBy(EndingSyntax.Kind)
    case bound(ValidityEnd, BoundCondition)
    case amount(kind: AmountKind?, comparison: ComparisonOperator?, dollars: Double?)
    case cites(Int32, line: Int?)

    /// Resolves every name in `filter`, collecting all unknown ones.
    static func compile(_ filter: Filter, kb: KnowledgeBase, file: FileID) throws(QueryFailure) -> CompiledFilter {
        var failures: [Diagnostic] = []
        let compiled = compile(filter, kb: kb, file: file, failures: &failures)
        if !failures.isEmpty { throw QueryFailure(failures) }
        return compiled
    }

    private static func compile(_ filter: Filter, kb: KnowledgeBase, file: FileID,
                                failures: inout [Diagnostic]) -> CompiledFilter {
        func resolve(_ name: Name, _ kind: EntityKind) -> Int32 {
            switch kb.lookup(name, kind, file: file) {
            case .success(let index): return index
            case .failure(let diagnostic): failures.append(diagnostic); return -1
            }
        }
        func parties(_ name: Name) -> Set<Int32> {
            let party = resolve(name, .party)
            return party < 0 ? [] : Set(kb.partyWithParts(party))
        }
        switch filter {
        case .or(let terms): return .or(terms.map { compile($0, kb: kb, file: file, failures: &failures) })
        case .and(let terms): return .and(terms.map { compile($0, kb: kb, file: file, failures: &failures) })
        case .not(let inner): return .not(compile(inner, kb: kb, file: file, failures: &failures))
        case .predicate(let predicate, _):
            switch predicate {
            case .holder(let name): return .holder(parties(name))
            case .counterparty(let name): return .counterparty(parties(name))
            case .party(let name): return .party(parties(name))
            case .about(let name): return .about(resolve(name, .asset))
            case .action(let name):
                let actions = kb.actionIndexes(matching: name.text)
                if actions.isEmpty {
                    failures.append(KnowledgeBase.unknown(name, "action", .unknownReference, candidates: kb.actionNames,
                                                          at: SourceLocation(file: file, range: name.range)))
                }
                return .action(actions)
            case .agreement(let name): return .agreement(resolve(name, .agreement))
            case .modality(let modality): return .modality(modality)
            case .exclusive: return .exclusive
            case .derived: return .derived
            case .ended: return .ended
            case .endedBy(let kind): return .endedBy(kind)
            case .bound(let end, let condition): return .bound(end, condition)
            case .amount(let kind, let comparison, let value):
                return .amount(kind: kind, comparison: comparison, dollars: value?.dollars)
            case .cites(let name, let line): return .cites(resolve(name, .source), line: line)
            }
        }
    }

    func test(_ view: ClauseView, kb: KnowledgeBase) -> Certainty {
        switch self {
        case .or(let terms):
            var best = Certainty.doesNotHold
            for term in terms {
                best = max(best, term.test(view, kb: kb))
                if best == .holds { break }
            }
            return best
        case .and(let terms):
            var worst = Certainty.holds
            for term in terms {
                worst = min(worst, term.test(view, kb: kb))
                if worst == .doesNotHold { break }
            }
            return worst
        case .not(let inner): return inner.test(view, kb: kb).negated
        case .holder(let parties): return truth(parties.contains(view.holder))
        case .counterparty(let parties): return truth(view.counterparty.map(parties.contains) ?? false)
        case .party(let parties):
            return truth(parties.contains(view.holder) || (view.counterparty.map(parties.contains) ?? false))
        case .about(let asset):
            return truth(kb.assets(of: view.clause).contains(asset))
        case .action(let actions): return truth(view.clause.action.map(actions.contains) ?? false)
        case .agreement(let agreement): return truth(view.clause.agreement == agreement)
        case .modality(let modality): return truth(view.modality == modality)
        case .exclusive: return view.clause.exclusive.map(truth) ?? .mayHold
        case .derived: return truth(view.derivation != nil)
        case .ended: return truth(view.clause.ending != nil)
        case .endedBy(let kind): return truth(view.clause.ending?.kind == kind)
        case .bound(let end, let condition):
            return CompiledFilter.test(end == .from ? view.clause.from : view.clause.until, end, condition)
        case .amount(let kind, let comparison, let dollars):
            return Certainty.any(kb.amounts(of: view.clause).map { amount in
                if let kind, amount.kind != kind { return .doesNotHold }
                guard let comparison, let dollars else { return .holds }
                guard let value = amount.dollars else { return .mayHold }
                return truth(CompiledFilter.compare(value, comparison, dollars))
            })
        case .cites(let source, let line):
            guard let citation = view.clause.citation else { return .doesNotHold }
            return truth(citation.source == source && (line == nil || Int(citation.line) == line))
        }
    }

    private func truth(_ value: Bool) -> Certainty { value ? .holds : .doesNotHold }

    /// A bound against a condition; a date compares by the day the bound falls on, unknown dates may match.
    static func test(_ bound: Bound, _ end: ValidityEnd, _ condition: BoundCondition) -> Certainty {
        switch (condition, bound) {
        case (.unknown, .unknown), (.open, .open): return .holds
        case (.unknown, _), (.open, _): return .doesNotHold
        case (.compared, .unknown): return .mayHold
        case (.compared(let comparison, let period), _):
            let day: Int
            switch bound {
            case .known(let date): day = end == .from ? date.firstDay : date.lastDay
            case .open: day = end == .from ? DayInterval.minus : DayInterval.plus
            case .unknown: return .mayHold
            }
            let (first, last) = (period.date.firstDay, period.date.lastDay)
            let matches: Bool
            switch comparison {
            case .equal: matches = day >= first && day <= last
            case .less: matches = day < first
            case .lessEqual: matches = day <= last
            case .greater: matches = day > last
            case .greaterEqual: matches = day >= first
            }
            return matches ? .holds : .doesNotHold
        }
    }

    static func compare(_ value: Double, _ comparison: ComparisonOperator, _ bound: Double) -> Bool {
        switch comparison {
        case .equal: return value == bound
        case .less: return value < bound
        case .lessEqual: return value <= bound
        case .greater: return value > bound
        case .greaterEqual: return value >= bound
        }
    }
}
