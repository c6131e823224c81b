/// The kinds of row a `where` filter can test, each with the predicates that apply to it.
enum FilterRows: String {
    case clauses, events, agreements, prospects

    /// The predicates that apply, in words, for the message when another is used.
    var allowed: String {
        switch self {
        case .clauses: return "any predicate"
        case .events: return "'party is', 'amount' and 'cites'"
        case .agreements, .prospects: return "'party is' and 'cites'"
        }
    }

    func allows(_ predicate: Predicate) -> Bool {
        switch (self, predicate) {
        case (.clauses, _): return true
        case (_, .party), (_, .cites): return true
        case (.events, .amount): return true
        default: return false
        }
    }
}

extension Filter {
    /// The bytes from the filter's first predicate through its last.
    var range: ByteRange {
        switch self {
        case .or(let terms), .and(let terms):
            return terms.dropFirst().reduce(terms.first?.range ?? ByteRange(0, 0)) { $0.union($1.range) }
        case .not(let inner): return inner.range
        case .predicate(_, let range): return range
        }
    }
}

extension QuestionChecker {
    /// Resolves every name in `filter` and checks each predicate applies to `rows`, reporting every problem.
    mutating func compile(_ filter: Filter, for rows: FilterRows) -> CompiledFilter {
        switch filter {
        case .or(let terms): return .or(terms.map { compile($0, for: rows) })
        case .and(let terms): return .and(terms.map { compile($0, for: rows) })
        case .not(let inner): return .not(compile(inner, for: rows))
        case .predicate(let predicate, let range):
            let written = text(range)
            guard rows.allows(predicate) else {
                report(.inapplicableModifier,
                       "'\(written)' does not apply to \(rows.rawValue); they can be filtered by \(rows.allowed)", range)
                return .test(.derived, written: written)
            }
            return .test(resolve(predicate), written: written)
        }
    }

    private mutating func resolve(_ predicate: Predicate) -> FilterTest {
        switch predicate {
        case .holder(let name): return .holder(parties(name))
        case .counterparty(let name): return .counterparty(parties(name))
        case .party(let name): return .party(parties(name))
        case .about(let name): return .about(lookup(name, .asset) ?? -1)
        case .action(let name): return .action(resolveAction(name))
        case .agreement(let name): return .agreement(lookup(name, .agreement) ?? -1)
        case .modality(let modality): return .modality(modality)
        case .exclusive: return .exclusive
        case .derived: return .derived
        case .ended: return .ended
        case .endedBy(let kind): return .endedBy(kind)
        case .bound(let end, let condition): return .bound(end, condition)
        case .amount(let kind, let comparison, let value):
            if let value { checkCurrency(value) }
            return .amount(kind: kind, comparison: comparison, money: value?.money)
        case .cites(let name, let line): return .cites(lookup(name, .source) ?? -1, line: line)
        }
    }

    private mutating func parties(_ name: Name) -> Set<Int32> {
        guard let party = lookup(name, .party) else { return [] }
        return Set(kb.partyWithParts(party))
    }
}

extension QuestionChecker {
    /// Rejects a comparison in a currency that no figure of the knowledge base uses while others are
    /// used: amounts are compared within one currency, never converted, so it could match nothing.
    mutating func checkCurrency(_ literal: MoneyLiteral) {
        let used = kb.currencies
        guard !used.isEmpty, !used.contains(literal.money.currency) else { return }
        report(.currencyMismatch,
               "no amount in the knowledge base is in \(literal.money.currency); they are in \(used.sorted().joined(separator: ", ")). "
                   + "Amounts are compared in their own currency, never converted", literal.range)
    }
}
