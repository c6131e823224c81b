/// A `where` filter with its names resolved, ready to test many rows.
package indirect enum CompiledFilter: Sendable {
    case or([CompiledFilter])
    case and([CompiledFilter])
    case not(CompiledFilter)
    /// One predicate, with its text as written for explanations.
    case test(FilterTest, written: String)

    /// The filter's three-valued truth when each predicate has the truth `leaf` gives it.
    func evaluate(_ leaf: (FilterTest) -> Certainty) -> Certainty {
        switch self {
        case .or(let terms):
            var best = Certainty.doesNotHold
            for term in terms {
                best = max(best, term.evaluate(leaf))
                if best == .holds { break }
            }
            return best
        case .and(let terms):
            var worst = Certainty.holds
            for term in terms {
                worst = min(worst, term.evaluate(leaf))
                if worst == .doesNotHold { break }
            }
            return worst
        case .not(let inner): return inner.evaluate(leaf).negated
        case .test(let test, _): return leaf(test)
        }
    }

    /// The predicates, as written, that gave the filter its truth: for `and`, the terms as false
    /// (or as unsure) as the whole; for `or`, the terms as true as the whole.
    func deciding(_ leaf: (FilterTest) -> Certainty) -> [String] {
        let result = evaluate(leaf)
        switch self {
        case .or(let terms), .and(let terms):
            return terms.filter { $0.evaluate(leaf) == result }.flatMap { $0.deciding(leaf) }
        case .not(let inner):
            return inner.deciding(leaf).map { "not \($0)" }
        case .test(_, let written):
            return [written]
        }
    }

    /// How surely a clause row passes the filter. Written out rather than through `evaluate`, whose
    /// closure would copy the knowledge base for every row.
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
        case .test(let test, _): return test.test(view, kb: kb)
        }
    }

    /// How surely an event, agreement or prospect passes the filter; the checker allows only
    /// the predicates that apply to it.
    func test(_ entity: EntityRef, kb: KnowledgeBase) -> Certainty {
        evaluate { $0.test(entity, kb: kb) }
    }
}

/// One predicate of a filter, its names resolved.
package enum FilterTest: Sendable {
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
    case amount(kind: AmountKind?, comparison: ComparisonOperator?, money: Money?)
    case cites(Int32, line: Int?)

    func test(_ view: ClauseView, kb: KnowledgeBase) -> Certainty {
        switch self {
        case .holder(let parties): return truth(view.holder.map(parties.contains) ?? false)
        case .counterparty(let parties): return truth(view.counterparty.map(parties.contains) ?? false)
        case .party(let parties):
            return truth((view.holder.map(parties.contains) ?? false) || (view.counterparty.map(parties.contains) ?? false))
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
            return FilterTest.test(end == .from ? kb.start(of: view.clause) : kb.end(of: view.clause), condition)
        case .amount:
            return testAmounts(kb.amounts(of: view.clause))
        case .cites(let source, let line):
            return testCitation(view.clause.citation, source, line)
        }
    }

    /// Events are tested on the parties involved, their amounts and citation; agreements and
    /// prospects on their parties and citation.
    func test(_ entity: EntityRef, kb: KnowledgeBase) -> Certainty {
        let i = Int(entity.index)
        let (parties, amounts, citation): ([Int32], [Amount], Citation?)
        switch entity.kind {
        case .event: (parties, amounts, citation) = (kb.events[i].involving, kb.events[i].amounts, kb.events[i].citation)
        case .agreement: (parties, amounts, citation) = (kb.agreements[i].parties, [], kb.agreements[i].citation)
        case .prospect: (parties, amounts, citation) = (kb.prospects[i].involving, [], kb.prospects[i].citation)
        default: return .doesNotHold
        }
        switch self {
        case .party(let asked): return truth(parties.contains(where: asked.contains))
        case .amount: return testAmounts(amounts)
        case .cites(let source, let line): return testCitation(citation, source, line)
        default: return .doesNotHold
        }
    }

    private func testAmounts(_ amounts: [Amount]) -> Certainty {
        guard case .amount(let kind, let comparison, let bound) = self else { return .doesNotHold }
        return Certainty.any(amounts.map { amount in
            if let kind, amount.kind != kind { return .doesNotHold }
            guard let comparison, let bound else { return .holds }
            guard let value = amount.money else { return .mayHold }
            guard value.currency == bound.currency else { return .doesNotHold }
            return FilterTest.compare(amount.kind, value.cents, comparison, bound.cents)
        })
    }

    /// How surely the sum an amount stands for meets the comparison: exactly the figure; any sum from
    /// nothing up to a cap; any sum from a floor up. A cap of $200K may exceed $150K, and surely
    /// stays below $250K. Amounts in another currency are not compared: they do not meet it.
    static func compare(_ kind: AmountKind, _ value: Int, _ comparison: ComparisonOperator,
                        _ bound: Int) -> Certainty {
        let (low, high) = kind == .exactly ? (value, value) : kind == .cap ? (0, value) : (value, Int.max)
        let lowMeets = FilterTest.compare(low, comparison, bound)
        let highMeets = FilterTest.compare(high, comparison, bound)
        if comparison == .equal {
            if low == high { return lowMeets ? .holds : .doesNotHold }
            return bound >= low && bound <= high ? .mayHold : .doesNotHold
        }
        return lowMeets && highMeets ? .holds : !lowMeets && !highMeets ? .doesNotHold : .mayHold
    }

    private func testCitation(_ citation: Citation?, _ source: Int32, _ line: Int?) -> Certainty {
        guard let citation else { return .doesNotHold }
        return truth(citation.source == source && (line == nil || Int(citation.line) == line))
    }

    private func truth(_ value: Bool) -> Certainty { value ? .holds : .doesNotHold }

    /// A start or end against a condition: `unknown` and `open` by how it is given; a date by every day
    /// the moment may fall on (all of them meeting the comparison: holds; none: does not hold).
    static func test(_ moment: Moment, _ condition: BoundCondition) -> Certainty {
        switch condition {
        case .unknown: return moment.isUnstated ? .holds : .doesNotHold
        case .open: return moment.isOpen || (moment.earliest == Days.minus && moment.latest == Days.minus) ? .holds : .doesNotHold
        case .compared(let comparison, let period):
            let (first, last) = (period.date.firstDay, period.date.lastDay)
            func matches(_ day: Int) -> Bool {
                switch comparison {
                case .equal: return day >= first && day <= last
                case .less: return day < first
                case .lessEqual: return day <= last
                case .greater: return day > last
                case .greaterEqual: return day >= first
                }
            }
            let low = matches(moment.earliest)
            let high = matches(moment.latest)
            if comparison == .equal {
                if moment.earliest >= first && moment.latest <= last { return .holds }
                if moment.latest < first || moment.earliest > last { return .doesNotHold }
                return .mayHold
            }
            return low && high ? .holds : !low && !high ? .doesNotHold : .mayHold
        }
    }

    static func compare(_ value: Int, _ comparison: ComparisonOperator, _ bound: Int) -> Bool {
        switch comparison {
        case .equal: return value == bound
        case .less: return value < bound
        case .lessEqual: return value <= bound
        case .greater: return value > bound
        case .greaterEqual: return value >= bound
        }
    }
}
