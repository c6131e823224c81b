/// A clause as a question sees it: stated, or read as its correlative right.
struct ClauseView {
    let index: Int32
    let clause: Clause
    let derivation: DerivationRule?

    init(_ index: Int32, in kb: KnowledgeBase, derivation: DerivationRule? = nil) {
        self.index = index
        self.clause = kb.clauses[Int(index)]
        self.derivation = derivation
    }

    var modality: Modality { derivation == nil ? clause.modality : .right }
    var holder: Int32 { derivation == nil ? clause.holder : clause.counterparty ?? clause.holder }
    var counterparty: Int32? { derivation == nil ? clause.counterparty : clause.holder }

    /// The correlative rule that turns this clause into a right of its counterparty, if any.
    static func correlativeRule(for clause: Clause) -> DerivationRule? {
        guard clause.counterparty != nil else { return nil }
        switch clause.modality {
        case .obligation: return .correlativeOfObligation
        case .prohibition: return .correlativeOfProhibition
        case .right, .permission: return nil
        }
    }

    func interval(_ assumption: UnknownEndAssumption) -> DayInterval {
        DayInterval(from: clause.from, until: clause.until, assumption: assumption)
    }
}
