/// A boolean condition over clauses; `and`/`or` chains are flat so long chains stay shallow.
public indirect enum Filter: Hashable, Sendable {
    case or([Filter])
    case and([Filter])
    case not(Filter)
    case predicate(Predicate, ByteRange)
}

/// Which end of a validity a condition is about.
public enum ValidityEnd: String, Hashable, Sendable { case from, until }

/// A condition on a validity bound: its state, or how its date compares with a period.
public enum BoundCondition: Hashable, Sendable {
    case unknown
    case open
    case compared(ComparisonOperator, DateLiteral)
}

public enum ComparisonOperator: String, Hashable, Sendable {
    case equal = "=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
}

public enum Predicate: Hashable, Sendable {
    case holder(Name)
    case counterparty(Name)
    case party(Name)
    case about(Name)
    case action(Name)
    case agreement(Name)
    case modality(Modality)
    case exclusive
    case derived
    case ended
    /// `replaced` or `terminated`: how the clause ended.
    case endedBy(EndingSyntax.Kind)
    /// `from unknown`, `until open`, `until > 2030`: a condition on a validity bound.
    case bound(ValidityEnd, BoundCondition)
    case amount(kind: AmountKind?, comparison: ComparisonOperator?, value: MoneyLiteral?)
    case cites(Name, line: Int?)
}
