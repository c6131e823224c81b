extension Parser {
    // ref = IDENT | STRING ;   name = IDENT | STRING ;
    mutating func parseRef(_ what: String = "a name") throws -> Name {
        if let token = accept(.identifier) {
            return Name(text(token), range: token.range)
        }
        if at(.string) {
            let token = advance()
            return Name(stringValue(token), range: token.range, isQuoted: true)
        }
        throw expected(what)
    }

    /// Reads the identifier a declaration introduces, remembering it in case the declaration fails.
    mutating func parseDeclaredIdentifier(_ what: String) throws -> Name {
        let name = try parseIdentifier(what)
        declaringIdentifier = name.text
        return name
    }

    mutating func parseIdentifier(_ what: String) throws -> Name {
        guard at(.identifier) else {
            if case .keyword(let keyword) = current.kind {
                throw fail(.expectedToken,
                           "expected \(what), found the keyword '\(keyword.rawValue)'; keywords cannot be used as identifiers",
                           current.range)
            }
            throw expected(what)
        }
        let token = advance()
        return Name(text(token), range: token.range)
    }

    mutating func parseString(_ what: String) throws -> Name {
        guard at(.string) else { throw expected(what) }
        let token = advance()
        return Name(stringValue(token), range: token.range, isQuoted: true)
    }

    mutating func parseOptionalString() -> Name? {
        guard at(.string) else { return nil }
        let token = advance()
        return Name(stringValue(token), range: token.range, isQuoted: true)
    }

    // ref_list = ref , { ( "," | "and" ) , ref } ;
    mutating func parseRefList(_ what: String) throws -> [Name] {
        var refs = [try parseRef(what)]
        while at(.comma) || (at(.and) && [.identifier, .string, .endOfInput].contains(peek().kind)) {
            advance()
            refs.append(try parseRef(what))
        }
        return refs
    }

    /// A DATE token; the lexer has checked that it names a calendar date. A number of more than four
    /// digits where a date goes is a year too long.
    mutating func parseDate(_ what: String = "a date (2031, 2025-11 or 2026-04-28)") throws -> DateLiteral {
        if at(.integer), current.range.length > 4,
           case .failure(let invalid) = CalendarDate.read(source.bytes[current.range.start..<current.range.end]) {
            throw fail(.invalidDate, invalid.message, current.range)
        }
        guard at(.date) else { throw expected(what) }
        let token = advance()
        guard let date = CalendarDate.parse(source.bytes[token.range.start..<token.range.end]) else {
            throw fail(.invalidDate, "'\(text(token).truncatedForMessage)' is not a date", token.range)
        }
        return DateLiteral(date: date, range: token.range)
    }

    // INTEGER (a four-digit number lexes as a year and is accepted here too)
    mutating func parseInteger(_ what: String) throws -> Int {
        guard at(.integer) || at(.date) else { throw expected(what) }
        let token = advance()
        guard let value = Int(text(token)), value >= 0, value <= Int(Int32.max) else {
            throw fail(.invalidNumber, "expected \(what), found '\(text(token).truncatedForMessage)'", token.range)
        }
        return value
    }

    /// A MONEY token's figure, read exactly: `$38B`, `€120,000`, `USD 1.5M`.
    mutating func parseMoney() throws -> MoneyLiteral {
        guard at(.money) else { throw expected("an amount of money such as $38B, €120,000 or USD 1.5M") }
        let token = advance()
        let written = text(token)
        switch Money.read(written) {
        case .success(let money): return MoneyLiteral(money: money, text: written, range: token.range)
        case .failure(let error):
            throw fail(.invalidNumber, "'\(written.truncatedForMessage)' \(error.message)", token.range)
        }
    }

    // amount = "amount" , ( "cap" | "at" , "least" | "exactly" ) , ( MONEY | "unknown" ) , [ recurrence ] ;
    mutating func parseAmount() throws -> AmountSyntax {
        let start = try expect(.amount).range.start
        guard let kind = parseAmountKind() else { throw expected("'cap', 'at least' or 'exactly'") }
        let value = accept(.unknown) != nil ? nil : try parseMoney()
        let period = try parseRecurrence()
        return AmountSyntax(kind: kind, value: value, period: period, range: ByteRange(start, previousEnd))
    }

    // recurrence = "per" , ( "year" | "quarter" | "month" ) ;
    /// `per` and the period are read as words here, not reserved.
    mutating func parseRecurrence() throws -> AmountPeriod? {
        guard at(.identifier), text(current) == "per" else { return nil }
        advance()
        guard at(.identifier), let period = AmountPeriod(rawValue: text(current)) else {
            throw expected("'year', 'quarter' or 'month' after 'per'")
        }
        advance()
        return period
    }

    mutating func parseAmountKind() -> AmountKind? {
        if accept(.cap) != nil { return .cap }
        if accept(.exactly) != nil { return .exactly }
        if at(.at) && peek().kind == .keyword(.least) {
            advance()
            advance()
            return .atLeast
        }
        return nil
    }

    // citation = "cites" , ref , "line" , INTEGER ;
    mutating func parseCitation() throws -> CitationSyntax {
        let start = try expect(.cites).range.start
        let source = try parseRef("a source name")
        _ = try expect(.line)
        let line = try parseInteger("a line number")
        return CitationSyntax(source: source, line: line, range: ByteRange(start, previousEnd))
    }

    // note = "note" , STRING ;
    mutating func parseNote() throws -> NoteSyntax {
        let start = try expect(.note).range.start
        let text = try parseString("a quoted note")
        return NoteSyntax(text: text.text, range: ByteRange(start, previousEnd))
    }

    /// The contents of a string token with its escapes resolved.
    func stringValue(_ token: Token) -> String {
        var bytes = source.bytes[token.range.start..<token.range.end].dropFirst()
        if bytes.last == UInt8(ascii: "\""), token.range.length >= 2 { bytes = bytes.dropLast() }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var escaping = false
        for byte in bytes {
            if escaping {
                switch byte {
                case UInt8(ascii: "n"): result.append(UInt8(ascii: "\n"))
                case UInt8(ascii: "t"): result.append(UInt8(ascii: "\t"))
                default: result.append(byte)
                }
                escaping = false
            } else if byte == UInt8(ascii: "\\") {
                escaping = true
            } else {
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Records a second occurrence of an attribute that may appear once.
    mutating func once<T>(_ existing: T?, _ what: String, _ range: ByteRange) throws {
        if existing != nil {
            throw fail(.duplicateAttribute, "\(what) is given twice; give it once", range)
        }
    }
}
