extension Parser {
    // expectation = "expect" , expected_group , { ";" , expected_group } , "." ;
    mutating func parseExpectation() throws -> Expectation {
        let start = advance().range.start
        var groups = [try parseExpectedGroup()]
        while accept(.semicolon) != nil { groups.append(try parseExpectedGroup()) }
        try endStatement(.dot, after: "expectation (or ';' and another group)")
        return Expectation(groups: groups, range: ByteRange(start, previousEnd))
    }

    // expected_group = expected_label , [ ":" , expected_item , { "," , expected_item } ] ;
    mutating func parseExpectedGroup() throws -> ExpectedGroup {
        let start = current.range.start
        let label = try parseExpectedLabel()
        var items: [ExpectedItem] = []
        if accept(.colon) != nil {
            items.append(try parseExpectedItem())
            while accept(.comma) != nil { items.append(try parseExpectedItem()) }
        }
        return ExpectedGroup(label: label, items: items, range: ByteRange(start, previousEnd))
    }

    // expected_label = "holds" | "may" , "hold" | "does" , "not" , "hold" | "started" | "ended"
    //                | ( "starts" | "ends" ) , bound | "nothing" | "error" , STRING
    //                | "count" , INTEGER , [ "to" , INTEGER ]
    //                | "total" , MONEY , [ "to" , ( MONEY | "unbounded" ) ] , [ recurrence ] ;
    mutating func parseExpectedLabel() throws -> ExpectedGroup.Label {
        let token = current
        if at(.identifier), text(token) == "count" {
            advance()
            let least = try parseInteger("the least count")
            guard accept(.to) != nil else { return .count(String(least)) }
            let most = try parseInteger("the greatest count")
            return .count(least == most ? String(least) : "\(least) to \(most)")
        }
        if at(.identifier), text(token) == "total" {
            advance()
            let sure = try parseMoney().money
            var most: Money?? = .some(sure)
            if accept(.to) != nil {
                if at(.identifier), text(current) == "unbounded" {
                    advance()
                    most = .some(nil)
                } else {
                    most = .some(try parseMoney().money)
                }
            }
            let period = try parseRecurrence()
            return .total(Totals.Sum.text(sure: sure, atMost: most ?? nil, period: period))
        }
        switch token.kind {
        case .keyword(.holds): advance(); return .holds
        case .keyword(.may):
            advance()
            _ = try expect(.hold)
            return .mayHold
        case .keyword(.does):
            advance()
            _ = try expect(.not)
            _ = try expect(.hold)
            return .doesNotHold
        case .keyword(.started): advance(); return .started
        case .keyword(.ended): advance(); return .ended
        case .keyword(.starts):
            advance()
            return .starts(try parseExpectedBound())
        case .keyword(.ends):
            advance()
            return .ends(try parseExpectedBound())
        case .keyword(.nothing): advance(); return .nothing
        case .keyword(.error):
            advance()
            return .error(try parseString("the diagnostic id in quotes, as in \"unknown-party\"").text)
        default:
            throw expected("an expected answer: 'holds', 'may hold', 'does not hold', 'started', 'ended', 'starts', 'ends', 'nothing', 'count', 'total' or 'error'")
        }
    }

    // bound = DATE , [ "to" , DATE ] | "before" , DATE | "after" , DATE | "unknown" | "open" ;
    mutating func parseExpectedBound() throws -> String {
        if accept(.unknown) != nil { return "unknown" }
        if accept(.open) != nil { return "open" }
        if accept(.before) != nil { return "before \(try parseDate().date)" }
        if accept(.after) != nil { return "after \(try parseDate().date)" }
        guard at(.date) || at(.malformed) else { throw expected("a date, 'before', 'after', 'unknown' or 'open'") }
        let first = try parseDate()
        let last = accept(.to) != nil ? try parseDate() : first
        return Days.rangeText(first.date.firstDay, last.date.lastDay)
    }

    // expected_item = IDENT , [ "derived" ] , [ "via" , ref ] ;
    mutating func parseExpectedItem() throws -> ExpectedItem {
        let id = try parseIdentifier("a clause, event or agreement identifier")
        let derived = accept(.derived) != nil
        let via = accept(.via) != nil ? try parseRef("a party") : nil
        return ExpectedItem(id: id, derived: derived, via: via)
    }
}
