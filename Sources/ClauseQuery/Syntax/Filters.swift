/// A boolean condition over clauses; `and`/`or` chains are flat so long chains stay shallow.
public indirect enum Filter: Hashable, Sendable {
    case or([Filter])
    case and([Filter])
    case not(Filter)
    case predicate(Predicate, ByteRange)
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
    case amount(kind: AmountKind?, comparison: ComparisonOperator?, value: MoneyLiteral?)
    case cites(Name, line: Int?)
}
