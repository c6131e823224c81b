/// A clause as a question sees it: stated, or read as its correlative.
struct ClauseView {
    let index: Int32
    let clause: Clause
    let derivation: DerivationRule?

    init(_ index: Int32, in kb: borrowing KnowledgeBase, derivation: DerivationRule? = nil) {
        self.init(index, kb.clauses[Int(index)], derivation: derivation)
    }

    /// The view of `clause`, clause `index` of its knowledge base, already read.
    init(_ index: Int32, _ clause: Clause, derivation: DerivationRule? = nil) {
        self.index = index
        self.clause = clause
        self.derivation = derivation
    }

    /// The modality the row reads with: a claim's correlative is a duty, a duty's a claim, a
    /// permission's a no-right.
    var modality: Modality {
        guard let derivation else { return clause.modality }
        switch derivation {
        case .correlativeOfRight: return .obligation
        case .correlativeOfObligation, .correlativeOfProhibition: return .right
        case .correlativeOfPermission: return .noRight
        case .correlativeOfPower: return .liability
        case .correlativeOfImmunity: return .disability
        }
    }

    /// The party holding the row, or nil for a term.
    var holder: Int32? {
        if derivation != nil { return clause.counterparty }
        return clause.holder >= 0 ? clause.holder : nil
    }

    var counterparty: Int32? { derivation == nil ? clause.counterparty : clause.holder }

    /// The correlative rule that turns this clause into its counterparty's position, if any: every
    /// stated clause between two parties has one; a term has none.
    static func correlativeRule(for clause: Clause) -> DerivationRule? {
        guard clause.counterparty != nil, clause.holder >= 0 else { return nil }
        switch clause.modality {
        case .right: return .correlativeOfRight
        case .obligation: return .correlativeOfObligation
        case .prohibition: return .correlativeOfProhibition
        case .permission: return .correlativeOfPermission
        case .power: return .correlativeOfPower
        case .immunity: return .correlativeOfImmunity
        case .noRight, .liability, .disability, .term: return nil
        }
    }

    /// The days the row holds on, over every reading the source allows.
    func span(_ kb: KnowledgeBase, _ assumption: UnknownEndAssumption) -> HoldingSpan {
        var span = HoldingSpan(validity: kb.span(of: clause, assumption: assumption))
        guard !clause.conditions.isEmpty else { return span }
        for condition in kb.conditions(of: clause) {
            let range: ConditionRange
            switch condition.target {
            case .event(let instant):
                let day = kb.days(of: instant)
                range = ConditionRange(earliest: day.isOpen ? Days.minus : day.earliest,
                                       latest: day.isOpen ? Days.minus : day.latest, canBeNever: false)
            case .prospect:
                range = ConditionRange(earliest: Days.minus, latest: Days.plus, canBeNever: true)
            case .exercise(let power):
                range = kb.exerciseRange(of: power, assumption)
            }
            if condition.kind == .if { span.ifs.append(range) } else { span.unlesses.append(range) }
        }
        return span
    }
}

extension KnowledgeBase {
    /// The days a power may be exercised on: the exercising event's day when one is recorded; none
    /// once a lapse is recorded; else any day of its window, or never (the exercise may simply not be
    /// recorded).
    func exerciseRange(of power: Int32, _ assumption: UnknownEndAssumption) -> ConditionRange {
        switch exerciseRecord(of: power) {
        case .exercised(let event):
            let day = instants[Int(events[Int(event)].date)]
            return ConditionRange(earliest: day.earliest, latest: day.latest, canBeNever: false)
        case .lapsed:
            return ConditionRange(earliest: Days.plus, latest: Days.plus, canBeNever: true)
        case .none:
            let window = span(of: clauses[Int(power)], assumption: assumption)
            return ConditionRange(earliest: window.earliestStart, latest: window.latestEnd, canBeNever: true)
        }
    }
}
