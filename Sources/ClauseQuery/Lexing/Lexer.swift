/// The largest source text accepted, in bytes.
package let maximumSourceSize = 256 * 1024 * 1024

/// The tokens of one source text, with the problems found while reading them.
package struct LexedSource: Sendable {
    /// The tokens in text order, without whitespace and comments, always ending with one `endOfInput` token.
    package var tokens: [Token]
    /// The lexical problems found, in text order, at most `Parser.maximumDiagnostics` of them; each
    /// comes with a `malformed` token (or, inside a string, a `string` token) so the parser never reports it again.
    package var diagnostics: [Diagnostic]
    /// The ranges of `#` comments, for tools that keep them (the formatter).
    package var comments: [ByteRange]
    /// True when the text ends inside a string: more input would complete it.
    package var endsInsideString: Bool
}

/// Turns UTF-8 bytes into tokens; never fails, reports problems as diagnostics.
package struct Lexer {
    private let bytes: [UInt8]
    private let file: FileID
    private var offset = 0
    /// Where the bytes read end: the end of the text, or of the part of it being lexed.
    private let end: Int
    private var tokens: [Token] = []
    private var diagnostics: [Diagnostic] = []
    private var endsInsideString = false
    private var comments: [ByteRange] = []
    /// False when scanning: problems are neither kept nor described.
    private var keepsDiagnostics = true
    /// True when lexing ends at the first problem (a part of a text, from which the text is then
    /// lexed on in one piece).
    private var stopsAtFirstProblem = false

    /// Splits `source` into tokens, reporting problems as diagnostics located in `file`; never fails.
    /// The tokens of `source`; `isCancelled` is polled every few thousand tokens, and stops the lexing
    /// with an `interrupted` error when it returns true.
    package static func lex(_ source: SourceText, file: FileID, isCancelled: () -> Bool = { false }) -> LexedSource {
        var lexer = Lexer(bytes: source.bytes, file: file)
        return lexer.run(isCancelled)
    }

    /// Hands the tokens of `source` to `visit` one at a time, as they are lexed, until it returns false:
    /// a reader that decides on the first tokens lexes no further. Problems are not reported.
    package static func scan(_ source: SourceText, _ visit: (Token) -> Bool) {
        guard source.bytes.count <= maximumSourceSize else { return }
        var lexer = Lexer(bytes: source.bytes, file: FileID(0))
        lexer.keepsDiagnostics = false
        while lexer.offset < lexer.end {
            lexer.lexOne()
            for token in lexer.tokens where !visit(token) { return }
            lexer.tokens.removeAll(keepingCapacity: true)
        }
    }

    /// The tokens of `range` of `source`, which starts and ends at the start of a line (or the text's
    /// end), lexed as they are within the whole text: no token spans a line break, and no token's kind
    /// depends on what follows a line break. The `endOfInput` token is at the range's end.
    /// When `stoppingAtFirstProblem`, the lexing ends with the first problem's token.
    package static func lex(_ source: SourceText, file: FileID, in range: Range<Int>, stoppingAtFirstProblem: Bool = false,
                            isCancelled: () -> Bool = { false }) -> LexedSource {
        var lexer = Lexer(bytes: source.bytes, file: file, in: range)
        lexer.stopsAtFirstProblem = stoppingAtFirstProblem
        return lexer.run(isCancelled)
    }

    private init(bytes: [UInt8], file: FileID, in range: Range<Int>? = nil) {
        self.bytes = bytes
        self.file = file
        offset = range?.lowerBound ?? 0
        end = range?.upperBound ?? bytes.count
    }

    private mutating func run(_ isCancelled: () -> Bool) -> LexedSource {
        if bytes.count > maximumSourceSize {
            report(.inputTooLarge, "input is \(bytes.count) bytes; the limit is \(maximumSourceSize) bytes", ByteRange(0, 0))
            return LexedSource(tokens: [Token(.endOfInput, ByteRange(0, 0))], diagnostics: diagnostics,
                               comments: [], endsInsideString: false)
        }
        // About as many tokens as a text of declarations has (one every 4 to 6 bytes), so that the array
        // is not copied each time it doubles; room a sparser text leaves unused is never touched. A text
        // of over 16 MB grows its array from there, as memory is asked for only as it is used.
        tokens.reserveCapacity(min((end - offset) / 4 + 16, 1 << 22))
        while offset < end {
            lexOne()
            if stopsAtFirstProblem, !diagnostics.isEmpty { break }
            if tokens.count & 0xFFF == 0, isCancelled() {
                diagnostics.append(Diagnostic(.interrupted, .error, "interrupted", at: nil))
                break
            }
        }
        tokens.append(Token(.endOfInput, ByteRange(offset, offset)))
        return LexedSource(tokens: tokens, diagnostics: diagnostics, comments: comments,
                           endsInsideString: endsInsideString)
    }

    private mutating func lexOne() {
        let start = offset
        let byte = bytes[offset]
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
            offset += 1
        case UInt8(ascii: "#"):
            lexComment()
        case UInt8(ascii: "\""):
            lexString()
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            lexNumber()
        case UInt8(ascii: "$"):
            offset += 1
            lexMoney(from: start)
        case UInt8(ascii: "'"):
            lexPossessive(quoteLength: 1)
        case UInt8(ascii: "<"), UInt8(ascii: ">"):
            offset += 1
            let withEqual = offset < end && bytes[offset] == UInt8(ascii: "=")
            if withEqual { offset += 1 }
            let kind: TokenKind = byte == UInt8(ascii: "<")
                ? (withEqual ? .lessEqual : .less) : (withEqual ? .greaterEqual : .greater)
            tokens.append(Token(kind, ByteRange(start, offset)))
        default:
            if let kind = Lexer.punctuation(byte) {
                offset += 1
                tokens.append(Token(kind, ByteRange(start, offset)))
            } else if Lexer.isIdentifierStart(byte) {
                lexIdentifier()
            } else if byte >= 0x80 {
                lexNonASCII()
            } else {
                offset += 1
                malformed(.unexpectedCharacter, keepsProblems ? "unexpected character \(Lexer.describe(byte))" : "",
                          ByteRange(start, offset))
            }
        }
    }

    /// The one-byte punctuation tokens.
    private static func punctuation(_ byte: UInt8) -> TokenKind? {
        switch byte {
        case UInt8(ascii: "."): return .dot
        case UInt8(ascii: "?"): return .question
        case UInt8(ascii: ","): return .comma
        case UInt8(ascii: ":"): return .colon
        case UInt8(ascii: ";"): return .semicolon
        case UInt8(ascii: "{"): return .leftBrace
        case UInt8(ascii: "}"): return .rightBrace
        case UInt8(ascii: "("): return .leftParen
        case UInt8(ascii: ")"): return .rightParen
        case UInt8(ascii: "="): return .equal
        case UInt8(ascii: "+"): return .plus
        default: return nil
        }
    }

    private static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || byte == UInt8(ascii: "_")
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private static func describe(_ byte: UInt8) -> String {
        byte >= 0x21 && byte < 0x7F ? "'\(Character(Unicode.Scalar(byte)))'" : "0x" + String(byte, radix: 16, uppercase: true)
    }

    /// Decodes the scalar at `offset`, or nil with its length 1 when the bytes are not valid UTF-8.
    private func scalar(at position: Int) -> (scalar: Unicode.Scalar?, length: Int) {
        let lead = bytes[position]
        let length: Int
        var value: UInt32
        switch lead {
        case 0x00...0x7F: return (Unicode.Scalar(lead), 1)
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return (nil, 1)
        }
        guard position + length <= end else { return (nil, 1) }
        for index in 1..<length {
            let next = bytes[position + index]
            guard next & 0xC0 == 0x80 else { return (nil, 1) }
            value = value << 6 | UInt32(next & 0x3F)
        }
        let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard value >= minimum, let decoded = Unicode.Scalar(value) else { return (nil, 1) }
        return (decoded, length)
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x800 ? twoByteClasses[Int(scalar.value)] & 1 != 0 : isAlphabeticByProperties(scalar)
    }

    @inline(never)
    private static func isAlphabeticByProperties(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic }

    static func continuesIdentifier(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isIdentifierStart(UInt8(scalar.value)) || isDigit(UInt8(scalar.value)) }
        return scalar.value < 0x800 ? twoByteClasses[Int(scalar.value)] & 2 != 0 : continuesIdentifierByProperties(scalar)
    }

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x800 ? twoByteClasses[Int(scalar.value)] & 4 != 0 : isWhitespaceByProperties(scalar)
    }

    // Reading a scalar's properties takes the metadata of the standard library's types and room of a size
    // known only when the program runs: kept out of line, so that the lexing of ASCII does not pay for it.
    @inline(never)
    private static func isWhitespaceByProperties(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }

    @inline(never)
    static func continuesIdentifierByProperties(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII
            ? isIdentifierStart(UInt8(scalar.value)) || isDigit(UInt8(scalar.value))
            : scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
                || scalar.properties.generalCategory == .spacingMark
    }

    /// The first scalar of each currency symbol: a handful, looked through faster than hashed.
    private static let moneySymbols = Array(Set(Money.symbols.compactMap { $0.symbol.unicodeScalars.first }))

    /// For each scalar below U+0800 (at most two bytes of UTF-8): 1 if it is a letter, 2 if it continues
    /// an identifier, 4 if it is white space. Read from Unicode's properties once, not for every character,
    /// and only when a text holds such a scalar: ASCII is classified without it.
    private static let twoByteClasses: [UInt8] = (0..<0x800).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return 0 }
        return (scalar.properties.isAlphabetic ? 1 : 0) | (continuesIdentifierByProperties(scalar) ? 2 : 0)
            | (scalar.properties.isWhitespace ? 4 : 0)
    }

    private mutating func lexNonASCII() {
        let start = offset
        let (decoded, length) = scalar(at: offset)
        guard let decoded else {
            offset += length
            malformed(.invalidUTF8, keepsProblems ? "invalid UTF-8 byte 0x\(String(bytes[start], radix: 16, uppercase: true))" : "",
                      ByteRange(start, offset))
            return
        }
        if decoded == "\u{2019}" {
            lexPossessive(quoteLength: length)
        } else if Lexer.moneySymbols.contains(decoded) {
            offset += length
            lexMoney(from: start)
        } else if Lexer.isLetter(decoded) {
            lexIdentifier()
        } else if decoded == "\u{FEFF}" && start == 0 {
            offset += length
        } else if Lexer.isWhitespace(decoded) {
            offset += length
        } else {
            offset += length
            malformed(.unexpectedCharacter, keepsProblems ? "unexpected character '\(decoded)' (U+\(String(decoded.value, radix: 16, uppercase: true)))" : "",
                   ByteRange(start, offset))
        }
    }

    // IDENT = ( letter | "_" ) , { letter | digit | "_" } ;
    private mutating func lexIdentifier() {
        let start = offset
        while offset < end {
            let byte = bytes[offset]
            if byte < 0x80 {
                guard Lexer.isIdentifierStart(byte) || Lexer.isDigit(byte) else { break }
                offset += 1
                continue
            }
            let (decoded, length) = scalar(at: offset)
            guard let decoded, Lexer.continuesIdentifier(decoded) else { break }
            offset += length
        }
        if offset - start == 2, bytes[start] == UInt8(ascii: "n"), bytes[start + 1] == UInt8(ascii: "o") {
            extendNoRight()
        }
        if let blanks = blanksBeforeFigure(afterCode: start) {
            offset += blanks
            lexMoney(from: start)
            return
        }
        let range = ByteRange(start, offset)
        if let keyword = Keyword.spelled(by: bytes[start..<offset]) {
            tokens.append(Token(.keyword(keyword), range))
        } else {
            tokens.append(Token(.identifier, range))
        }
    }

    /// After `no`, takes `-right` or `-rights` into the word when they follow, so `no-rights` is one keyword.
    private mutating func extendNoRight() {
        for suffix in ["-rights", "-right"] {
            let tail = Array(suffix.utf8)
            guard offset + tail.count <= end, bytes[offset..<offset + tail.count].elementsEqual(tail) else { continue }
            let after = offset + tail.count
            if after < end, Lexer.isIdentifierStart(bytes[after]) || Lexer.isDigit(bytes[after]) { continue }
            offset = after
            return
        }
    }

    // STRING = '"' , { character - '"' - '\' - newline | '\"' | '\\' | '\n' | '\t' } , '"' ;
    private mutating func lexString() {
        let start = offset
        offset += 1
        while offset < end {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                offset += 1
                tokens.append(Token(.string, ByteRange(start, offset)))
                return
            }
            if byte == UInt8(ascii: "\n") { break }
            if byte == UInt8(ascii: "\\") {
                let escapeStart = offset
                offset += 1
                if offset < end, [UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "n"),
                                          UInt8(ascii: "t")].contains(bytes[offset]) {
                    offset += 1
                } else {
                    report(.invalidEscape, "unknown escape in string; use \\\", \\\\, \\n or \\t",
                           ByteRange(escapeStart, min(offset + 1, end)))
                }
                continue
            }
            if byte >= 0x80 {
                let (decoded, length) = scalar(at: offset)
                if decoded == nil {
                    report(.invalidUTF8, "invalid UTF-8 byte 0x\(String(byte, radix: 16, uppercase: true)) in string",
                           ByteRange(offset, offset + 1))
                }
                offset += length
                continue
            }
            offset += 1
        }
        if offset >= end { endsInsideString = true }
        malformed(.unterminatedString, "unterminated string; add a closing '\"'", ByteRange(start, offset))
    }

    private mutating func digits() -> Int {
        let start = offset
        while offset < end, Lexer.isDigit(bytes[offset]) { offset += 1 }
        return offset - start
    }

    private func isDigit(at position: Int) -> Bool { position < end && Lexer.isDigit(bytes[position]) }

    /// True when `-` and two digits come next, as after the year or month of a date.
    private func atDateField() -> Bool {
        offset + 2 < end && bytes[offset] == UInt8(ascii: "-") && isDigit(at: offset + 1) && isDigit(at: offset + 2)
    }

    // INTEGER = digit , { digit } ;
    // DATE = digit , digit , digit , digit , [ "-" , digit , digit , [ "-" , digit , digit ] ] ;
    /// A date names a calendar day, month or year (1 to 9999); one that does not (2031-13, 2031-02-29,
    /// 0000) is reported here, once, and becomes a `malformed` token. Five or more digits followed by
    /// `-MM` are a date with a year too long.
    private mutating func lexNumber() {
        let start = offset
        let count = digits()
        var kind: TokenKind = .integer
        if count == 4 || (count > 4 && atDateField()) {
            kind = .date
            for _ in 0..<2 {
                guard atDateField() else { break }
                offset += 3
            }
        }
        finishNumber(kind, start: start, what: kind == .date ? "date" : "number")
    }

    // MONEY = CURRENCY , FIGURE ;
    // FIGURE = digit , { digit } , { "," , digit , digit , digit } , [ "." , digit , { digit } ] , [ "K" | "M" | "B" | "T" ] ;
    /// The figure after a currency symbol or code that starts at `start` and that the caller has
    /// stepped over. A `,` continues the figure only before exactly three digits. The parser reads
    /// the value.
    private mutating func lexMoney(from start: Int) {
        guard digits() > 0 else {
            malformed(.invalidNumber, "expected digits after '\(String(decoding: bytes[start..<offset], as: UTF8.self))', as in $38B",
                      ByteRange(start, offset))
            return
        }
        while offset < end, bytes[offset] == UInt8(ascii: ","), isDigit(at: offset + 1), isDigit(at: offset + 2), isDigit(at: offset + 3),
              !isDigit(at: offset + 4) {
            offset += 4
        }
        if offset + 1 < end, bytes[offset] == UInt8(ascii: "."), isDigit(at: offset + 1) {
            offset += 1
            _ = digits()
        }
        if offset < end, [UInt8(ascii: "K"), UInt8(ascii: "M"), UInt8(ascii: "B"),
                                  UInt8(ascii: "T")].contains(bytes[offset]) {
            offset += 1
        }
        finishNumber(.money, start: start, what: "amount")
    }

    // CURRENCY = "$" | "€" | "£" | "¥" | ISO_CODE , { " " } ;
    // ISO_CODE = letter , letter , letter ;
    /// After an identifier that is an ISO 4217 currency code (`USD`), the length of the blanks
    /// before a digit when one follows on the same line: the code then starts an amount.
    private func blanksBeforeFigure(afterCode start: Int) -> Int? {
        guard offset - start == 3 else { return nil }
        var position = offset
        while position < end, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t") {
            position += 1
        }
        // The cheap test first: a word is rarely followed by a figure.
        guard isDigit(at: position), Money.codes.contains(String(decoding: bytes[start..<offset], as: UTF8.self)) else {
            return nil
        }
        return position - offset
    }

    /// Ends a numeric token, reporting letters or digits glued to it.
    private mutating func finishNumber(_ kind: TokenKind, start: Int, what: String) {
        let figureEnd = offset
        while offset < end {
            let (decoded, length) = scalar(at: offset)
            guard let decoded, Lexer.continuesIdentifier(decoded) || decoded == "-" else { break }
            offset += length
        }
        let range = ByteRange(start, offset)
        if offset > figureEnd {
            let written = keepsProblems ? String(decoding: bytes[start..<offset], as: UTF8.self).truncatedForMessage : ""
            malformed(kind == .date ? .invalidDate : .invalidNumber,
                      keepsProblems ? "malformed \(what) '\(written)'" + (kind == .date ? "; write YYYY, YYYY-MM or YYYY-MM-DD" : "") : "",
                      range)
        } else if kind == .date, case .failure(let invalid) = CalendarDate.read(bytes[start..<offset]) {
            malformed(.invalidDate, invalid.message, range)
        } else {
            tokens.append(Token(kind, range))
        }
    }

    // POSSESSIVE = ( "'" | "’" ) , "s" ;
    private mutating func lexPossessive(quoteLength: Int) {
        let start = offset
        offset += quoteLength
        if offset < end, bytes[offset] == UInt8(ascii: "s"),
           offset + 1 >= end || !Lexer.isIdentifierContinuation(bytes[offset + 1]) {
            offset += 1
            tokens.append(Token(.possessive, ByteRange(start, offset)))
        } else {
            malformed(.unexpectedCharacter, "unexpected quote; strings use double quotes, and \"'s\" follows a name",
                      ByteRange(start, offset))
        }
    }

    private static func isIdentifierContinuation(_ byte: UInt8) -> Bool {
        isIdentifierStart(byte) || isDigit(byte) || byte >= 0x80
    }

    // comment = "#" , { character - newline } ;
    private mutating func lexComment() {
        let start = offset
        while offset < end, bytes[offset] != UInt8(ascii: "\n") { offset += 1 }
        comments.append(ByteRange(start, offset))
    }

    /// Reports text that is no token and emits a `malformed` token over it, which the parser skips without a word.
    private mutating func malformed(_ id: DiagnosticID, _ message: String, _ range: ByteRange) {
        report(id, message, range)
        tokens.append(Token(.malformed, range))
    }

    /// True while problems are still recorded: when scanning, or past `Parser.maximumDiagnostics`, they are
    /// only counted out, and callers make no message for them (random bytes make millions).
    private var keepsProblems: Bool { keepsDiagnostics && diagnostics.count < Parser.maximumDiagnostics }

    /// Records a problem while `keepsProblems`.
    private mutating func report(_ id: DiagnosticID, _ message: String, _ range: ByteRange) {
        guard keepsProblems else { return }
        diagnostics.append(Diagnostic(id, .error, message, at: SourceLocation(file: file, range: range)))
    }
}
