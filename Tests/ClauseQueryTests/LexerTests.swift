@testable import ClauseQuery
import Testing

@Suite struct LexerTests {
    func kinds(_ text: String) -> [TokenKind] {
        Lexer.lex(SourceText(name: "t", text: text), file: FileID(0)).tokens.map(\.kind)
    }

    func messages(_ text: String) -> [String] {
        Lexer.lex(SourceText(name: "t", text: text), file: FileID(0)).diagnostics.map { "\($0.id): \($0.message)" }
    }

    @Test(arguments: [
        ("which rights", [TokenKind.keyword(.which), .keyword(.rights), .endOfInput]),
        ("Microsoft", [.identifier, .endOfInput]),
        ("Société", [.identifier, .endOfInput]),
        ("\"OpenAI models\"", [.string, .endOfInput]),
        ("2031 2025-11 2026-04-28", [.date, .date, .date, .endOfInput]),
        ("17 123456", [.integer, .integer, .endOfInput]),
        ("$38B $1.5T $700", [.money, .money, .money, .endOfInput]),
        ("Microsoft's", [.identifier, .possessive, .endOfInput]),
        ("Microsoft’s", [.identifier, .possessive, .endOfInput]),
        (". ? , : ; { } ( )", [.dot, .question, .comma, .colon, .semicolon, .leftBrace, .rightBrace, .leftParen, .rightParen, .endOfInput]),
        ("= < <= > >=", [.equal, .less, .lessEqual, .greater, .greaterEqual, .endOfInput]),
        ("party # a comment\nasset", [.keyword(.party), .keyword(.asset), .endOfInput]),
        ("\u{FEFF}party", [.keyword(.party), .endOfInput]),
        ("Party", [.identifier, .endOfInput]),
    ])
    func tokenKinds(text: String, expected: [TokenKind]) {
        #expect(kinds(text) == expected)
    }

    @Test func tokensCarryByteRanges() {
        let tokens = Lexer.lex(SourceText(name: "t", text: "is Société's"), file: FileID(0)).tokens
        #expect(tokens.map(\.range) == [ByteRange(0, 2), ByteRange(3, 12), ByteRange(12, 14), ByteRange(14, 14)])
    }

    @Test(arguments: [
        ("\"open", ["unterminated-string: unterminated string; add a closing '\"'"]),
        ("\"a\\qb\"", ["invalid-escape: unknown escape in string; use \\\", \\\\, \\n or \\t"]),
        ("2031x", ["invalid-date: malformed date '2031x'; write YYYY, YYYY-MM or YYYY-MM-DD"]),
        ("12ab", ["invalid-number: malformed number '12ab'"]),
        ("$", ["invalid-number: expected digits after '$', as in $38B"]),
        ("@", ["unexpected-character: unexpected character '@'"]),
        ("'x", ["unexpected-character: unexpected quote; strings use double quotes, and \"'s\" follows a name"]),
        ("a — b", ["unexpected-character: unexpected character '—' (U+2014)"]),
    ])
    func lexicalErrors(text: String, expected: [String]) {
        #expect(messages(text) == expected)
    }

    @Test func invalidUTF8IsReportedByteByByte() {
        let bytes: [UInt8] = [UInt8(ascii: "a"), 0xFF, 0xC3, UInt8(ascii: "b")]
        let lexed = Lexer.lex(SourceText(name: "t", bytes: bytes), file: FileID(0))
        #expect(lexed.diagnostics.map(\.message) == ["invalid UTF-8 byte 0xFF", "invalid UTF-8 byte 0xC3"])
        #expect(lexed.tokens.map(\.kind) == [.identifier, .malformed, .malformed, .identifier, .endOfInput])
    }

    @Test func unterminatedStringAtTheEndMarksTheInputIncomplete() {
        #expect(Lexer.lex(SourceText(name: "t", text: "party A \"Name"), file: FileID(0)).endsInsideString)
        #expect(!Lexer.lex(SourceText(name: "t", text: "party A \"Name\nB"), file: FileID(0)).endsInsideString)
    }
}
