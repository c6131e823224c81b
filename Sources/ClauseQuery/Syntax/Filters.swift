/// A boolean condition over clauses; `and`/`or` chains are flat so long chains stay shallow.
package indirect enum Filter: Hashable, Sendable {
    /// `filter`: two or more terms joined by `or`.
    case or([Filter])
    /// `filter_and`: two or more terms joined by `and`.
    case and([Filter])
    /// `filter_not`: `not` and the condition it negates.
    case not(Filter)
    /// `predicate`, with the bytes it covers.
    case predicate(Predicate, ByteRange)
}

/// Which end of a validity a condition is about.
package enum ValidityEnd: String, Hashable, Sendable { case from, until }

/// A condition on a validity bound: its state, or how its date compares with a period.
package enum BoundCondition: Hashable, Sendable {
    /// `unknown`: the bound is not stated.
    case unknown
    /// `open`: the bound is explicitly without limit.
    case open
    /// `comparison DATE`: the bound's date compared with the period; an unknown bound may match.
    case compared(ComparisonOperator, DateLiteral)
}

/// `comparison`: how a bound's date or an amount's figure compares with the value written after it.
package enum ComparisonOperator: String, Hashable, Sendable {
    /// With an amount they compare dollars; with a date, `=` means within the days it covers, `<` before its
    /// first day, `>` after its last, and `<=`, `>=` include it.
    case equal = "=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
}

/// `predicate`: one condition on a clause row.
package enum Predicate: Hashable, Sendable {
    /// `holder is PARTY`: the row's holder is the party or one of its parts.
    case holder(Name)
    /// `counterparty is PARTY`: the row's counterparty is the party or one of its parts.
    case counterparty(Name)
    /// `party is PARTY`: the row's holder or counterparty is the party or one of its parts.
    case party(Name)
    /// `about ASSET`: the clause mentions the asset, whether acted on, after `on` or after `using`.
    case about(Name)
    /// `action is VERB`: the clause's action is the verb, ignoring case.
    case action(Name)
    /// `agreement is AGREEMENT`: the clause belongs to the agreement.
    case agreement(Name)
    /// A `modality` keyword: the row reads with that modality (a derived row reads as a right).
    case modality(Modality)
    /// `exclusive`: holds for an exclusive clause, may hold when exclusivity is not stated.
    case exclusive
    /// `derived`: the row is a correlative reading.
    case derived
    /// `ended`: the clause was replaced or terminated.
    case ended
    /// `replaced` or `terminated`: how the clause ended.
    case endedBy(EndingSyntax.Kind)
    /// `from unknown`, `until open`, `until > 2030`: a condition on a validity bound.
    case bound(ValidityEnd, BoundCondition)
    /// `amount [KIND] [comparison MONEY]`: some amount of the clause has that kind and meets the
    /// comparison; an unstated figure may.
    case amount(kind: AmountKind?, comparison: ComparisonOperator?, value: MoneyLiteral?)
    /// `cites SOURCE [line N]`: the clause cites the source, at that line when one is given.
    case cites(Name, line: Int?)
}
