extension Parser {
    // declaration = party_decl | asset_decl | source_decl | agreement_decl | event_decl | prospect_decl ;
    mutating func parseDeclaration() throws -> Declaration {
        switch current.kind {
        case .keyword(.party): return .party(try parseParty())
        case .keyword(.asset): return .asset(try parseAsset())
        case .keyword(.source): return .source(try parseSource())
        case .keyword(.agreement): return .agreement(try parseAgreement())
        case .keyword(.event): return .event(try parseEvent())
        default: return .prospect(try parseProspect())
        }
    }

    // party_decl = "party" , IDENT , [ STRING ] , { party_attr } , "." ;
    // party_attr = "aka" , name , { "," , name } | "part" , "of" , ref ;
    mutating func parseParty() throws -> PartyDecl {
        let start = advance().range.start
        var decl = PartyDecl(id: try parseDeclaredIdentifier("a party identifier"), range: ByteRange(start, start))
        decl.displayName = parseOptionalString()
        while true {
            if let aka = accept(.aka) {
                try once(decl.aliases.isEmpty ? nil : decl.aliases, "'aka'", aka.range)
                decl.aliases = [try parseRef("an alias")]
                while accept(.comma) != nil { decl.aliases.append(try parseRef("an alias")) }
            } else if let part = accept(.part) {
                try once(decl.partOf, "'part of'", part.range)
                _ = try expect(.of)
                decl.partOf = try parseRef("the party it is part of")
            } else {
                break
            }
        }
        try endStatement(.dot, after: "party declaration (or 'aka', 'part of')", suggesting: [.aka, .part])
        decl.range = ByteRange(start, previousEnd)
        return decl
    }

    // asset_decl = "asset" , IDENT , [ STRING ] , [ "owned" , "by" , ref ] , "." ;
    mutating func parseAsset() throws -> AssetDecl {
        let start = advance().range.start
        var decl = AssetDecl(id: try parseDeclaredIdentifier("an asset identifier"), range: ByteRange(start, start))
        decl.displayName = parseOptionalString()
        if accept(.owned) != nil {
            _ = try expect(.by)
            decl.owner = try parseRef("the owning party")
        }
        try endStatement(.dot, after: "asset declaration (or 'owned by')", suggesting: [.owned])
        decl.range = ByteRange(start, previousEnd)
        return decl
    }

    // source_decl = "source" , IDENT , STRING , [ STRING ] , "." ;
    mutating func parseSource() throws -> SourceDecl {
        let start = advance().range.start
        let id = try parseDeclaredIdentifier("a source identifier")
        let document = try parseString("the document's name in quotes")
        var decl = SourceDecl(id: id, document: document, range: ByteRange(start, start))
        decl.title = parseOptionalString()
        try endStatement(.dot, after: "source declaration")
        decl.range = ByteRange(start, previousEnd)
        return decl
    }

    // agreement_decl = "agreement" , IDENT , [ STRING ] , { agreement_attr } , "{" , { clause_decl } , "}" ;
    mutating func parseAgreement() throws -> AgreementDecl {
        let start = advance().range.start
        var decl = AgreementDecl(id: try parseDeclaredIdentifier("an agreement identifier"), range: ByteRange(start, start))
        decl.title = parseOptionalString()
        do {
            try parseAgreementAttributes(&decl)
        } catch {
            guard skipToAgreementBody() else { throw error }
        }
        guard at(.leftBrace) else {
            throw expected("'{' to open the agreement's clauses, or an attribute ('between', 'effective', 'amends', 'cites', 'note')",
                           suggesting: [.between, .effective, .amends, .cites, .note])
        }
        advance()
        while !at(.rightBrace) {
            if at(.endOfInput) {
                throw expected("'}' to close agreement '\(decl.id.text)'")
            }
            if at(.malformed) {
                advance()
                continue
            }
            guard at(.clause) else {
                let before = index
                report(.expectedToken, "expected 'clause' or '}' in agreement '\(decl.id.text)', found \(describe(current))",
                       current.range, notes: keywordHint([.clause]))
                recoverInsideAgreement()
                if index == before { advance() }
                continue
            }
            let agreementIdentifier = declaringIdentifier
            do {
                decl.clauses.append(try parseClause())
            } catch {
                if let identifier = declaringIdentifier, identifier != agreementIdentifier {
                    failedIdentifiers.insert(identifier)
                }
                recoverInsideAgreement()
            }
            declaringIdentifier = agreementIdentifier
        }
        advance()
        decl.range = ByteRange(start, previousEnd)
        // The clauses stay alive until the knowledge base is built: keep no room left over from growing.
        decl.clauses = decl.clauses.withUnsafeBufferPointer { Array($0) }
        return decl
    }

    /// After an error in an agreement's header, moves to its '{' so its clauses are still read and checked.
    mutating func skipToAgreementBody() -> Bool {
        while !at(.endOfInput) {
            if at(.leftBrace) { return true }
            if at(.dot) || at(.rightBrace) { return false }
            if case .keyword(let keyword) = current.kind, [.party, .asset, .source, .agreement, .event, .prospect].contains(keyword),
               startsLine(current) { return false }
            advance()
        }
        return false
    }

    // agreement_attr = "between" , ref , { ( "," | "and" ) , ref } | "effective" , instant
    //                | "amends" , ref | citation | note ;
    mutating func parseAgreementAttributes(_ decl: inout AgreementDecl) throws {
        while true {
            let token = current
            switch token.kind {
            case .keyword(.between):
                try once(decl.parties.isEmpty ? nil : decl.parties, "'between'", token.range)
                advance()
                decl.parties = try parseRefList("a party")
            case .keyword(.effective):
                try once(decl.effective, "'effective'", token.range)
                advance()
                decl.effective = try parseInstant()
            case .keyword(.amends):
                try once(decl.amends, "'amends'", token.range)
                advance()
                decl.amends = try parseRef("the agreement it amends")
            default:
                guard try parseSourcing(&decl.citation, &decl.note) else { return }
            }
        }
    }

    /// Skips to the next clause or the closing brace of the agreement.
    mutating func recoverInsideAgreement() {
        while !at(.endOfInput) && !at(.rightBrace) && !at(.clause) {
            if at(.dot) { advance(); return }
            advance()
        }
    }

    // clause_decl = "clause" , IDENT , ":" , clause_head , [ about ] , { clause_attr } , "." ;
    mutating func parseClause() throws -> ClauseDecl {
        let start = advance().range.start
        let id = try parseDeclaredIdentifier("a clause identifier")
        _ = try expect(.colon, "':' after the clause identifier")
        var decl = try parseClauseHead(id)
        decl.range = ByteRange(start, start)
        if at(.to) { decl.about = try parseAbout() }
        try parseClauseAttributes(&decl)
        try endStatement(.dot, after: "clause (or an attribute: 'exclusive', 'from', 'until', 'for', 'if', 'unless', 'amount', 'cites', 'note')",
                         suggesting: [.against, .toward, .towards, .to, .on, .using, .not, .exclusive, .from, .until, .for,
                                      .if, .unless, .amount, .terminated, .replaced, .replaces, .cites, .note])
        decl.range = ByteRange(start, previousEnd)
        return decl
    }

    // clause_head = modality , "of" , ref , [ ( "against" | "toward" | "towards" ) , ref ] | "term" ;
    mutating func parseClauseHead(_ id: Name) throws -> ClauseDecl {
        let modalityToken = current
        if accept(.term) != nil {
            return ClauseDecl(id: id, modality: .term, modalityRange: modalityToken.range, holder: nil,
                              range: modalityToken.range)
        }
        guard let modality = parseModality() else {
            throw expected("'right', 'obligation', 'permission', 'prohibition', 'power', 'immunity' or 'term'",
                           suggesting: [.right, .obligation, .permission, .prohibition, .power, .immunity, .term])
        }
        _ = try expect(.of)
        let holder = try parseRef("the holding party")
        var counterparty: Name?
        if accept(.against) != nil || accept(.toward) != nil || accept(.towards) != nil || accept(.over) != nil {
            counterparty = try parseRef("the counterparty")
        }
        // Made whole at once: a clause's syntax is not copied to be changed.
        return ClauseDecl(id: id, modality: modality, modalityRange: modalityToken.range, holder: holder,
                          counterparty: counterparty, range: modalityToken.range)
    }

    // modality = "right" | "obligation" | "permission" | "prohibition" | "power" | "immunity" ;
    mutating func parseModality() -> Modality? {
        switch current.kind {
        case .keyword(.right): advance(); return .right
        case .keyword(.obligation): advance(); return .obligation
        case .keyword(.permission): advance(); return .permission
        case .keyword(.prohibition): advance(); return .prohibition
        case .keyword(.power): advance(); return .power
        case .keyword(.immunity): advance(); return .immunity
        default: return nil
        }
    }

    // about = "to" , IDENT , [ ref_list ] , [ "on" , ref_list ] , [ "using" , ref_list ] ;
    mutating func parseAbout() throws -> AboutSyntax {
        advance()
        var about = AboutSyntax(action: try parseIdentifier("an action such as 'access' or 'pay'"))
        if at(.identifier) || at(.string) { about.objects = try parseRefList("an asset") }
        if accept(.on) != nil { about.on = try parseRefList("an asset") }
        if accept(.using) != nil { about.using = try parseRefList("an asset") }
        return about
    }

    // clause_attr = [ "not" ] , "exclusive" | "from" , instant | "until" , instant | duration | condition
    //             | amount | ( "terminated" | "replaced" ) , "by" , ref , [ "on" , instant ] | "replaces" , ref
    //             | citation | note ;
    mutating func parseClauseAttributes(_ decl: inout ClauseDecl) throws {
        while true {
            let token = current
            switch token.kind {
            case .keyword(.not), .keyword(.exclusive):
                try once(decl.exclusive, "exclusivity", token.range)
                let negated = accept(.not) != nil
                _ = try expect(.exclusive)
                decl.exclusive = !negated
            case .keyword(.from):
                try once(decl.from, "'from'", token.range)
                advance()
                decl.from = try parseInstant()
            case .keyword(.until):
                try once(decl.until ?? decl.duration.map { InstantSyntax(.unknown, range: $0.range) }, "the end", token.range)
                advance()
                decl.until = try parseInstant()
            case .keyword(.for):
                try once(decl.until ?? decl.duration.map { InstantSyntax(.unknown, range: $0.range) }, "the end", token.range)
                decl.duration = try parseDuration()
            case .keyword(.if), .keyword(.unless):
                decl.conditions.append(try parseCondition())
            case .keyword(.to) where decl.until == nil && index >= 2 && tokens[index - 2].kind == .keyword(.from):
                let end = [.date, .keyword(.unknown), .keyword(.open)].contains(peek().kind) ? text(peek()) : "…"
                throw fail(.expectedToken,
                           "use 'until' for the end of a validity: from \(text(tokens[index - 1])) until \(end)", token.range)
            case .keyword(.amount):
                decl.amounts.append(try parseAmount())
            case .keyword(.replaces):
                try once(decl.replaces, "'replaces'", token.range)
                advance()
                decl.replaces = try parseRef("the clause it replaces")
            case .keyword(.terminated), .keyword(.replaced):
                try once(decl.ending, "how the clause ended", token.range)
                advance()
                _ = try expect(.by)
                let by = try parseRef("the clause or agreement that ended it")
                let on = accept(.on) != nil ? try parseInstant() : nil
                decl.ending = EndingSyntax(kind: token.kind == .keyword(.terminated) ? .terminated : .replaced,
                                           by: by, on: on, range: ByteRange(token.range.start, previousEnd))
            default:
                var note = decl.note
                let sourcing = try parseSourcing(&decl.citation, &note)
                decl.note = note
                guard sourcing else { return }
            }
        }
    }

    // event_decl = "event" , IDENT , [ STRING ] , { event_attr } , "." ;
    // event_attr = "on" , instant | ( "after" | "before" ) , DATE , [ "inferred" , STRING ]
    //            | "between" , DATE , "and" , DATE , [ "inferred" , STRING ] | "involving" , ref_list
    //            | ( "exercises" | "lapses" ) , ref | amount | citation | note ;
    mutating func parseEvent() throws -> EventDecl {
        let start = advance().range.start
        var decl = EventDecl(id: try parseDeclaredIdentifier("an event identifier"), range: ByteRange(start, start))
        decl.title = parseOptionalString()
        attributes: while true {
            let token = current
            switch token.kind {
            case .keyword(.on):
                try once(decl.date, "the event's date", token.range)
                advance()
                decl.date = try parseInstant()
            case .keyword(.after), .keyword(.before), .keyword(.between):
                try once(decl.date, "the event's date", token.range)
                decl.date = try finishInstant(try parseInstantRange("a date"), from: token.range.start)
            case .keyword(.involving):
                advance()
                decl.involving += try parseRefList("a party")
            case .keyword(.amount):
                decl.amounts.append(try parseAmount())
            case .keyword(.exercises), .keyword(.lapses):
                try once(decl.option, "'exercises' or 'lapses'", token.range)
                advance()
                let power = try parseRef("the power (an option) it \(token.kind == .keyword(.exercises) ? "exercises" : "lets lapse")")
                decl.option = OptionSyntax(kind: token.kind == .keyword(.exercises) ? .exercised : .lapsed, power: power,
                                           range: ByteRange(token.range.start, previousEnd))
            default:
                guard try parseSourcing(&decl.citation, &decl.note) else { break attributes }
            }
        }
        try endStatement(.dot, after: "event (or an attribute: 'on', 'after', 'before', 'between', 'involving', 'exercises', 'lapses', 'amount', 'cites', 'note')",
                         suggesting: [.on, .after, .before, .between, .involving, .exercises, .lapses, .amount, .cites, .note])
        decl.range = ByteRange(start, previousEnd)
        return decl
    }

    // prospect_decl = "prospect" , IDENT , [ STRING ] , { prospect_attr } , "." ;
    // prospect_attr = "involving" , ref_list | citation | note ;
    mutating func parseProspect() throws -> ProspectDecl {
        let start = advance().range.start
        var decl = ProspectDecl(id: try parseDeclaredIdentifier("a prospect identifier"), range: ByteRange(start, start))
        decl.title = parseOptionalString()
        attributes: while true {
            let token = current
            switch token.kind {
            case .keyword(.involving):
                advance()
                decl.involving += try parseRefList("a party")
            default:
                guard try parseSourcing(&decl.citation, &decl.note) else { break attributes }
            }
        }
        try endStatement(.dot, after: "prospect (or 'involving', 'cites', 'note')", suggesting: [.involving, .cites, .note])
        decl.range = ByteRange(start, previousEnd)
        return decl
    }

    /// Reads `cites …` or `note …` when one comes next; false when neither does.
    mutating func parseSourcing(_ citation: inout CitationSyntax?, _ note: inout NoteSyntax?) throws -> Bool {
        let token = current
        switch token.kind {
        case .keyword(.cites):
            try once(citation, "'cites'", token.range)
            citation = try parseCitation()
        case .keyword(.note):
            try once(note, "'note'", token.range)
            note = try parseNote()
        default:
            return false
        }
        return true
    }
}
