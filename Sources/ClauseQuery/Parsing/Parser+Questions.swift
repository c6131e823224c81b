extension Parser {
    /// True when the current token can begin a question.
    var startsQuestion: Bool {
        if atHowMany || atHowMuch || atTotal || atTimeline { return true }
        switch current.kind {
        case .keyword(.which), .keyword(.is), .keyword(.does), .keyword(.when), .keyword(.what),
             .keyword(.changes), .keyword(.explain), .keyword(.list):
            return true
        default:
            return clauseKind(current.kind) != nil
        }
    }

    // question = plain_question | explain_question | timeline_question ;
    mutating func parseQuestion() throws -> Question {
        if at(.explain) { return .explain(try parseExplain()) }
        if atTimeline { return .timeline(try parseTimeline()) }
        return try parsePlainQuestion()
    }

    /// True at `timeline` before `of`, a modifier or the end of the question: the word is read in context.
    var atTimeline: Bool {
        guard at(.identifier), text(current) == "timeline" else { return false }
        let next = peek().kind
        return startsModifier(next) || next == .question || next == .endOfInput
    }

    // timeline_question = "timeline" , [ "of" , ( kind | ref ) ] , modifiers ;
    mutating func parseTimeline() throws -> TimelineQuestion {
        advance()
        var target: TimelineQuestion.Target?
        if accept(.of) != nil {
            if let kind = clauseKind(current.kind) {
                advance()
                target = .kind(kind)
            } else {
                target = .name(try parseRef("a party, an agreement, a clause or a kind of clause"))
            }
        }
        return TimelineQuestion(target: target, modifiers: try parseModifiers())
    }

    /// True at `how many`, whose two words are read in context rather than reserved.
    var atHowMany: Bool {
        at(.identifier) && text(current) == "how" && peek().kind == .identifier && text(peek()) == "many"
    }

    /// True at `how much`, read in context like `how many`.
    var atHowMuch: Bool {
        at(.identifier) && text(current) == "how" && peek().kind == .identifier && text(peek()) == "much"
    }

    /// True at `total` before a kind or `of`: the word is read in context, not reserved.
    var atTotal: Bool {
        at(.identifier) && text(current) == "total" && (peek().kind == .keyword(.of) || clauseKind(peek().kind) != nil)
    }

    // total_question = "total" , [ "of" ] , kind , modifiers
    //                | "how" , "much" , ( "does" | "do" ) , ref , "owe" , [ ref ] , modifiers ;
    mutating func parseTotal() throws -> TotalQuestion {
        if atTotal {
            advance()
            _ = accept(.of)
            let kind = try parseKind()
            return TotalQuestion(which: WhichQuestion(kind: kind, modifiers: try parseModifiers()), owedTo: nil)
        }
        advance()
        advance()
        guard accept(.does) != nil || accept(.do) != nil else { throw expected("'does' and a party, as in 'how much does OpenAI owe AWS?'") }
        let party = try parseRef("a party")
        guard at(.identifier), text(current) == "owe" else { throw expected("'owe', as in 'how much does OpenAI owe AWS?'") }
        advance()
        let owedTo = at(.identifier) || at(.string) ? try parseRef("the party owed") : nil
        return TotalQuestion(which: WhichQuestion(kind: .obligations, modifiers: try parseModifiers(party: party)),
                             owedTo: owedTo)
    }

    // count_question = "how" , "many" , kind_question ;
    mutating func parseCount() throws -> WhichQuestion {
        advance()
        advance()
        return try parseKindQuestion()
    }

    // plain_question = which_question | yes_no_question | when_question | changes_question | list_question
    //                | count_question | total_question ;
    mutating func parsePlainQuestion() throws -> Question {
        if atHowMany { return .count(try parseCount()) }
        if atHowMuch || atTotal { return .total(try parseTotal()) }
        switch current.kind {
        case .keyword(.which): return .which(try parseWhich())
        case .keyword(.is), .keyword(.does): return .yesNo(try parseYesNo())
        case .keyword(.when): return .when(try parseWhen())
        case .keyword(.what), .keyword(.changes): return .changes(try parseChanges())
        case .keyword(.list): return .list(try parseList())
        default: return .which(try parseBareKind())
        }
    }

    // kind = "rights" | "claims" | "obligations" | "permissions" | "prohibitions" | "powers" | "immunities"
    //      | "no-rights" | "liabilities" | "disabilities" | "terms" | "clauses" | singular forms ;
    func clauseKind(_ kind: TokenKind) -> ClauseKind? {
        switch kind {
        case .keyword(.rights), .keyword(.right): return .rights
        case .keyword(.claims), .keyword(.claim): return .claims
        case .keyword(.noRights), .keyword(.noRight): return .noRights
        case .keyword(.terms), .keyword(.term): return .terms
        case .keyword(.obligations), .keyword(.obligation): return .obligations
        case .keyword(.permissions), .keyword(.permission): return .permissions
        case .keyword(.prohibitions), .keyword(.prohibition): return .prohibitions
        case .keyword(.powers), .keyword(.power): return .powers
        case .keyword(.immunities), .keyword(.immunity): return .immunities
        case .keyword(.liabilities), .keyword(.liability): return .liabilities
        case .keyword(.disabilities), .keyword(.disability): return .disabilities
        case .keyword(.clauses), .keyword(.clause): return .clauses
        default: return nil
        }
    }

    mutating func parseKind() throws -> ClauseKind {
        guard let kind = clauseKind(current.kind) else {
            throw expected("'rights', 'obligations', 'permissions', 'prohibitions' or 'clauses'", suggesting: Parser.kindKeywords)
        }
        advance()
        return kind
    }

    // which_question = "which" , kind_question ;
    mutating func parseWhich() throws -> WhichQuestion {
        advance()
        return try parseKindQuestion()
    }

    // kind_question = kind , ( ( "hold" | "holds" ) , modifiers | ( "does" | "do" ) , ref , ( "have" | "hold" ) , modifiers ) ;
    mutating func parseKindQuestion() throws -> WhichQuestion {
        let kind = try parseKind()
        if accept(.hold) != nil || accept(.holds) != nil {
            return WhichQuestion(kind: kind, modifiers: try parseModifiers())
        }
        if accept(.does) != nil || accept(.do) != nil {
            let party = try parseRef("a party")
            guard accept(.have) != nil || accept(.hold) != nil else { throw expected("'have' or 'hold'") }
            return WhichQuestion(kind: kind, modifiers: try parseModifiers(party: party))
        }
        throw expected("'hold' or 'does'", suggesting: [.hold, .holds, .does, .do])
    }

    // which_question = kind , ( "of" | "for" ) , ref , modifiers ;
    mutating func parseBareKind() throws -> WhichQuestion {
        let kind = try parseKind()
        guard at(.of) || at(.for) else { throw expected("'of' or 'for' and a party", suggesting: [.of, .for]) }
        return WhichQuestion(kind: kind, modifiers: try parseModifiers())
    }

    /// True when `kind` can begin a `modifier`.
    func startsModifier(_ kind: TokenKind) -> Bool {
        switch kind {
        case .keyword(.for), .keyword(.of), .keyword(.where), .keyword(.in), .keyword(.throughout), .keyword(.at),
             .keyword(.as), .keyword(.before), .keyword(.after), .keyword(.between):
            return true
        default:
            return false
        }
    }

    // modifiers = [ modifier , { [ "and" ] , modifier } ] ;
    // modifier = ( "for" | "of" ) , ref | "where" , filter | temporal ;
    mutating func parseModifiers(party: Name? = nil) throws -> Modifiers {
        var modifiers = Modifiers(party: party)
        var count = 0
        while true {
            if count > 0, at(.and), startsModifier(peek().kind) || peek().kind == .endOfInput {
                advance()
                guard startsModifier(current.kind) else { throw expected("'for', 'where' or a time such as 'in 2031'") }
            }
            count += 1
            let token = current
            switch token.kind {
            case .keyword(.for), .keyword(.of):
                if modifiers.party != nil {
                    throw fail(.duplicateModifier, "the party is given twice; ask about one party", token.range)
                }
                advance()
                modifiers.party = try parseRef("a party")
            case .keyword(.where):
                if modifiers.filter != nil {
                    throw fail(.duplicateModifier, "'where' is given twice; join the conditions with 'and'", token.range)
                }
                advance()
                modifiers.filter = try parseFilter()
            case .keyword(.in), .keyword(.throughout), .keyword(.at), .keyword(.as), .keyword(.before),
                 .keyword(.after), .keyword(.between):
                if modifiers.temporal != nil {
                    throw fail(.duplicateModifier, "a time is given twice; use 'between A and B' for a span", token.range)
                }
                modifiers.temporal = try parseTemporal()
            default:
                return modifiers
            }
        }
    }

    // temporal = "in" , period | "throughout" , period | ( "at" | "as" , "of" ) , period
    //          | "before" , period | "after" , period | "between" , period , "and" , period ;
    mutating func parseTemporal() throws -> Temporal {
        let token = advance()
        let op: Temporal.Operator
        switch token.kind {
        case .keyword(.in): op = .in
        case .keyword(.throughout): op = .throughout
        case .keyword(.at): op = .at
        case .keyword(.as):
            _ = try expect(.of)
            op = .asOf
        case .keyword(.before): op = .before
        case .keyword(.after): op = .after
        default: op = .between
        }
        let (first, firstEnd) = try parsePeriod()
        var second = firstEnd
        var spanEnd: DateLiteral?
        if op == .between {
            _ = try expect(.and)
            let (start, end) = try parsePeriod()
            second = end ?? start
            spanEnd = firstEnd
        }
        let temporal = Temporal(op: op, first: first, second: second, firstEnd: spanEnd,
                                range: ByteRange(token.range.start, previousEnd))
        if let second, TimeWindow(temporal) == nil {
            let what = op == .between ? "'between'" : "the span"
            throw fail(.emptyPeriod, "\(what) runs backwards: \(second.date) ends before \(first.date) starts",
                       temporal.range)
        }
        return temporal
    }

    // period = DATE , [ "to" , DATE ] ;
    mutating func parsePeriod() throws -> (DateLiteral, DateLiteral?) {
        let first = try parseDate()
        guard accept(.to) != nil else { return (first, nil) }
        return (first, try parseDate())
    }

    // subject = ref , "'s" , IDENT , [ ( "to" | "of" | "on" ) , ref ] | ref ;
    mutating func parseSubject() throws -> Subject {
        let ref = try parseRef("a clause or a party's possessive (Microsoft's access)")
        guard accept(.possessive) != nil else { return .clause(ref) }
        let action = try parseIdentifier("an action such as 'access'")
        var object: Name?
        if accept(.to) != nil || accept(.of) != nil || accept(.on) != nil {
            object = try parseRef("an asset")
        }
        return .possessive(party: ref, action: action, object: object)
    }

    // yes_no_question = "is" , subject , ( "in" , "force" | [ filter_not ] ) , modifiers
    //                 | "does" , subject , ( "hold" | "holds" ) , modifiers ;
    mutating func parseYesNo() throws -> YesNoQuestion {
        let isForm = advance().kind == .keyword(.is)
        let subject = try parseSubject()
        var predicate: Filter?
        var inForce = false
        if isForm {
            if at(.in), peek().kind == .keyword(.force) {
                advance()
                advance()
                inForce = true
            } else if startsFilterFactor {
                predicate = try parseFilterNot()
            }
        } else {
            guard accept(.hold) != nil || accept(.holds) != nil else { throw expected("'hold'", suggesting: [.hold, .holds]) }
        }
        var question = YesNoQuestion(subject: subject, predicate: predicate, modifiers: try parseModifiers())
        question.inForce = inForce
        return question
    }

    // when_question = "when" , "does" , subject , ( "start" | "begin" | "end" ) , modifiers ;
    mutating func parseWhen() throws -> WhenQuestion {
        advance()
        _ = try expect(.does)
        let subject = try parseSubject()
        let boundary: WhenQuestion.Boundary
        if accept(.start) != nil || accept(.begin) != nil {
            boundary = .start
        } else if accept(.end) != nil {
            boundary = .end
        } else {
            throw expected("'start' or 'end'", suggesting: [.start, .begin, .end])
        }
        return WhenQuestion(subject: subject, boundary: boundary, modifiers: try parseModifiers())
    }

    // changes_question = ( "what" , "changed" | "changes" ) , "between" , period , "and" , period , modifiers ;
    /// A time among the modifiers is kept in `modifiers.temporal`; checking judges whether the form can use it.
    mutating func parseChanges() throws -> ChangesQuestion {
        if advance().kind == .keyword(.what), accept(.changed) == nil { throw expected("'changed'", suggesting: [.changed]) }
        guard at(.between) else { throw expected("'between'", suggesting: [.between]) }
        let temporal = try parseTemporal()
        let modifiers = try parseModifiers()
        return ChangesQuestion(first: temporal.firstEnd ?? temporal.first, second: temporal.second ?? temporal.first,
                               modifiers: modifiers)
    }

    // explain_question = "explain" , ( plain_question | subject , modifiers ) ;
    mutating func parseExplain() throws -> ExplainQuestion {
        advance()
        if let again = accept(.explain) {
            throw fail(.expectedToken, "'explain' takes a question or a clause, not another 'explain'; write it once",
                       again.range)
        }
        if atTimeline {
            throw fail(.expectedToken, "'explain' does not take a timeline; ask 'timeline …' on its own, or explain one of "
                       + "its clauses (explain ModelAccess)", current.range)
        }
        if startsQuestion {
            return ExplainQuestion(target: .question(try parsePlainQuestion()))
        }
        let subject = try parseSubject()
        return ExplainQuestion(target: .subject(subject, try parseModifiers()))
    }

    // list_question = "list" , list_noun , modifiers ;
    mutating func parseList() throws -> ListQuestion {
        advance()
        let noun = try parseListNoun()
        return ListQuestion(noun: noun, modifiers: try parseModifiers())
    }

    // list_noun = kind | "parties" | "assets" | "agreements" | "sources" | "events" | "prospects" ;
    mutating func parseListNoun() throws -> ListQuestion.Noun {
        let noun: ListQuestion.Noun
        if let kind = clauseKind(current.kind) {
            noun = ListQuestion.Noun(rawValue: kind.rawValue) ?? .clauses
        } else {
            switch current.kind {
            case .keyword(.parties): noun = .parties
            case .keyword(.assets): noun = .assets
            case .keyword(.agreements): noun = .agreements
            case .keyword(.sources): noun = .sources
            case .keyword(.events): noun = .events
            case .keyword(.prospects): noun = .prospects
            default:
                throw expected("what to list: 'parties', 'assets', 'agreements', 'sources', 'events', 'prospects' or a kind of clause",
                               suggesting: Parser.kindKeywords + [.parties, .assets, .agreements, .sources, .events, .prospects])
            }
        }
        advance()
        return noun
    }
}
