extension Parser {
    // filter = filter_and , { "or" , filter_and } ;
    mutating func parseFilter() throws -> Filter {
        var terms = [try parseFilterAnd()]
        while accept(.or) != nil { terms.append(try parseFilterAnd()) }
        return terms.count == 1 ? terms[0] : .or(terms)
    }

    // filter_and = filter_not , { "and" , filter_not } ;
    mutating func parseFilterAnd() throws -> Filter {
        var terms = [try parseFilterNot()]
        while at(.and), startsFilterFactor(peek().kind) || peek().kind == .endOfInput {
            advance()
            terms.append(try parseFilterNot())
        }
        return terms.count == 1 ? terms[0] : .and(terms)
    }

    // filter_not = "not" , filter_not | predicate_factor ;
    mutating func parseFilterNot() throws -> Filter {
        guard accept(.not) != nil else { return try parsePredicateFactor() }
        return try nested { parser in .not(try parser.parseFilterNot()) }
    }

    var startsFilterFactor: Bool { startsFilterFactor(current.kind) }

    func startsFilterFactor(_ kind: TokenKind) -> Bool {
        switch kind {
        case .leftParen, .keyword(.not), .keyword(.holder), .keyword(.counterparty), .keyword(.party),
             .keyword(.about), .keyword(.action), .keyword(.agreement), .keyword(.right), .keyword(.obligation),
             .keyword(.permission), .keyword(.prohibition), .keyword(.power), .keyword(.immunity), .keyword(.exclusive),
             .keyword(.derived),
             .keyword(.ended), .keyword(.amount), .keyword(.cites), .keyword(.replaced), .keyword(.terminated),
             .keyword(.from), .keyword(.until):
            return true
        default:
            return false
        }
    }

    // predicate_factor = "(" , filter , ")" | predicate ;
    mutating func parsePredicateFactor() throws -> Filter {
        if accept(.leftParen) != nil {
            let inner = try nested { parser in try parser.parseFilter() }
            _ = try expect(.rightParen, "')' to close the '('")
            return inner
        }
        let start = current.range.start
        let predicate = try parsePredicate()
        return .predicate(predicate, ByteRange(start, previousEnd))
    }

    // predicate = ( "holder" | "counterparty" | "party" ) , "is" , ref | "about" , ref
    //           | "action" , "is" , IDENT | "agreement" , "is" , ref | modality | "exclusive"
    //           | "derived" | "ended" | "replaced" | "terminated"
    //           | ( "from" | "until" ) , ( "unknown" | "open" | comparison , DATE )
    //           | "amount" , [ amount kind ] , [ comparison , MONEY ] | "cites" , ref , [ "line" , INTEGER ] ;
    mutating func parsePredicate() throws -> Predicate {
        let token = current
        if let modality = parseModality() { return .modality(modality) }
        switch token.kind {
        case .keyword(.holder), .keyword(.counterparty), .keyword(.party):
            advance()
            _ = try expect(.is)
            let party = try parseRef("a party")
            switch token.kind {
            case .keyword(.holder): return .holder(party)
            case .keyword(.counterparty): return .counterparty(party)
            default: return .party(party)
            }
        case .keyword(.about):
            advance()
            return .about(try parseRef("an asset"))
        case .keyword(.action):
            advance()
            _ = try expect(.is)
            return .action(try parseIdentifier("an action"))
        case .keyword(.agreement):
            advance()
            _ = try expect(.is)
            return .agreement(try parseRef("an agreement"))
        case .keyword(.exclusive):
            advance()
            return .exclusive
        case .keyword(.derived):
            advance()
            return .derived
        case .keyword(.ended):
            advance()
            return .ended
        case .keyword(.replaced), .keyword(.terminated):
            advance()
            return .endedBy(token.kind == .keyword(.replaced) ? .replaced : .terminated)
        case .keyword(.from), .keyword(.until):
            advance()
            let end: ValidityEnd = token.kind == .keyword(.from) ? .from : .until
            if accept(.unknown) != nil { return .bound(end, .unknown) }
            if accept(.open) != nil { return .bound(end, .open) }
            guard let comparison = parseComparison() else { throw expected("'unknown', 'open' or a comparison such as '> 2030'") }
            return .bound(end, .compared(comparison, try parseDate()))
        case .keyword(.amount):
            advance()
            let kind = parseAmountKind()
            guard let comparison = parseComparison() else {
                return .amount(kind: kind, comparison: nil, value: nil)
            }
            return .amount(kind: kind, comparison: comparison, value: try parseMoney())
        case .keyword(.cites):
            advance()
            let source = try parseRef("a source")
            let line = accept(.line) != nil ? try parseInteger("a line number") : nil
            return .cites(source, line: line)
        default:
            throw expected("a condition such as 'holder is Microsoft', 'about Azure', 'exclusive' or '(…)'", suggesting: [
                .holder, .counterparty, .party, .about, .action, .agreement, .right, .obligation, .permission, .prohibition,
                .exclusive, .derived, .ended, .replaced, .terminated, .from, .until, .amount, .cites, .not,
            ])
        }
    }

    // comparison = "=" | "<" | "<=" | ">" | ">=" ;
    mutating func parseComparison() -> ComparisonOperator? {
        switch current.kind {
        case .equal: advance(); return .equal
        case .less: advance(); return .less
        case .lessEqual: advance(); return .lessEqual
        case .greater: advance(); return .greater
        case .greaterEqual: advance(); return .greaterEqual
        default: return nil
        }
    }
}
