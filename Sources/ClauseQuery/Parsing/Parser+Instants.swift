extension Parser {
    // instant = instant_range , [ offset ] , [ "inferred" , STRING ] ;
    mutating func parseInstant(_ what: String = "an instant: a date, 'before', 'after', 'between', 'unknown', 'open', an event or 'exercised' and a power")
        throws -> InstantSyntax {
        let start = current.range.start
        let form = try parseInstantRange(what)
        return try finishInstant(form, from: start)
    }

    /// Reads the optional offset and `inferred STRING` after an instant's range and closes its bytes.
    mutating func finishInstant(_ form: InstantSyntax.Form, from start: Int) throws -> InstantSyntax {
        var instant = InstantSyntax(form, range: ByteRange(start, previousEnd))
        if at(.plus) {
            instant.offset = try parseOffset()
            instant.range = ByteRange(start, previousEnd)
        }
        if accept(.inferred) != nil {
            guard at(.string) else { throw expected("the reason for the inference, in quotes") }
            instant.inferred = parseOptionalString()?.text
            instant.range = ByteRange(start, previousEnd)
        }
        return instant
    }

    // instant_range = DATE | "before" , DATE | "after" , DATE | "between" , DATE , "and" , DATE
    //               | "unknown" | "open" | ref | "exercised" , ref ;
    mutating func parseInstantRange(_ what: String) throws -> InstantSyntax.Form {
        if accept(.unknown) != nil { return .unknown }
        if accept(.exercised) != nil { return .exercise(try parseRef("the power (an option) exercised")) }
        if accept(.open) != nil { return .open }
        if accept(.before) != nil { return .before(try parseDate()) }
        if accept(.after) != nil { return .after(try parseDate()) }
        if accept(.between) != nil {
            let first = try parseDate()
            _ = try expect(.keyword(.and), "'and' and the last date of the range")
            let last = try parseDate()
            guard last.date.lastDay >= first.date.firstDay else {
                throw fail(.emptyPeriod, "'between' runs backwards: \(last.date) ends before \(first.date) starts",
                           first.range.union(last.range))
            }
            return .between(first, last)
        }
        if at(.identifier) || at(.string) { return .event(try parseRef("an event")) }
        if at(.date) || at(.malformed) { return .date(try parseDate()) }
        throw expected(what)
    }

    // duration = "for" , INTEGER , unit ;
    mutating func parseDuration() throws -> DurationSyntax {
        try parseLength(after: .keyword(.for))
    }

    // offset = "+" , INTEGER , unit ;
    mutating func parseOffset() throws -> DurationSyntax {
        try parseLength(after: .plus)
    }

    // unit = "day" | "days" | "month" | "months" | "year" | "years" ;
    /// The keyword or sign before a length, then the length; the units are read as words, not reserved.
    private mutating func parseLength(after token: TokenKind) throws -> DurationSyntax {
        let start = try expect(token).range.start
        let count = try parseInteger("a number of days, months or years")
        guard at(.identifier) else { throw expected("'days', 'months' or 'years'") }
        let unit: DurationSyntax.Unit
        switch text(current) {
        case "day", "days": unit = .days
        case "month", "months": unit = .months
        case "year", "years": unit = .years
        default: throw expected("'days', 'months' or 'years'")
        }
        advance()
        guard count > 0, count <= 10_000 else {
            throw fail(.invalidNumber, "a duration runs from 1 to 10000 \(unit.rawValue)", ByteRange(start, previousEnd))
        }
        return DurationSyntax(count: count, unit: unit, range: ByteRange(start, previousEnd))
    }

    // condition = ( "if" | "unless" ) , [ "exercised" ] , ref ;
    mutating func parseCondition() throws -> ConditionSyntax {
        let keyword = advance()
        let exercise = accept(.exercised) != nil
        let target = try parseRef(exercise ? "the power (an option) exercised" : "an event, a prospect or 'exercised' and a power")
        return ConditionSyntax(kind: keyword.kind == .keyword(.if) ? .if : .unless, exercise: exercise, target: target,
                               range: ByteRange(keyword.range.start, previousEnd))
    }
}
