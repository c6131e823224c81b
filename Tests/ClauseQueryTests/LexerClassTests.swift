@testable import ClauseQuery
import Testing

/// The lexer's table of characters below U+0800 says what Unicode's properties say of each.
@Suite struct LexerClassTests {
    @Test func theTableAgreesWithUnicodesProperties() {
        var checked = 0
        for value in UInt32(0)..<0x900 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(Lexer.isLetter(scalar) == scalar.properties.isAlphabetic, "U+\(String(value, radix: 16))")
            #expect(Lexer.continuesIdentifier(scalar) == Lexer.continuesIdentifierByProperties(scalar), "U+\(String(value, radix: 16))")
            #expect(Lexer.isWhitespace(scalar) == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
            checked += 1
        }
        #expect(checked == 0x900)
    }

    @Test func lettersOfManyScriptsMakeNames() {
        let source = SourceText(name: "a.clq", bytes: Array("party Ωmega. party Ünïcode\u{301}. party ß_1.".utf8))
        let lexed = Lexer.lex(source, file: FileID(0))
        #expect(lexed.diagnostics.isEmpty)
        #expect(lexed.tokens.filter { $0.kind == .identifier }.map { source.text(in: $0.range) } == ["Ωmega", "Ünïcode\u{301}", "ß_1"])
    }
}
