/// What a token is; its text is found through its range.
package enum TokenKind: Hashable, Sendable {
    /// A name: a letter or `_`, then letters, digits or `_` (letters include non-ASCII ones), that is not a keyword.
    case identifier
    /// A reserved word.
    case keyword(Keyword)
    /// A double-quoted string, escapes unresolved; its range includes the quotes.
    case string
    /// A run of digits of any length but four.
    case integer
    /// Four digits, optionally followed by `-MM` and `-DD`: `2031`, `2025-11`, `2026-04-28`.
    case date
    /// `$`, digits, an optional fraction and an optional `K`, `M`, `B` or `T`, as in `$38B`.
    case money
    /// `.`, `?`, `,`, `:` and `;`.
    case dot, question, comma, colon, semicolon
    /// `{`, `}`, `(` and `)`.
    case leftBrace, rightBrace, leftParen, rightParen
    /// `'s` or `’s` right after a name.
    case possessive
    /// `=`, `<`, `<=`, `>` and `>=` of filter comparisons.
    case equal, less, lessEqual, greater, greaterEqual
    /// `+` before an instant's offset: `from exercised Renewal + 90 days`.
    case plus
    /// Text the lexer could not read and has reported: a date naming no day (`2031-13`), a malformed number,
    /// an unterminated string, a stray character or byte. The parser abandons the statement silently.
    case malformed
    /// The end of the text: always the last token, with an empty range.
    case endOfInput
}

/// One lexical token with the bytes it covers.
package struct Token: Hashable, Sendable {
    /// What the token is, and for a keyword which one.
    package var kind: TokenKind
    /// The bytes the token covers in its source text.
    package var range: ByteRange

    /// A token of `kind` covering `range`.
    package init(_ kind: TokenKind, _ range: ByteRange) {
        self.kind = kind
        self.range = range
    }
}

extension TokenKind {
    /// How the token is named in "expected …" messages.
    package var spelling: String {
        switch self {
        case .identifier: return "a name"
        case .keyword(let keyword): return "'\(keyword.rawValue)'"
        case .string: return "a quoted string"
        case .integer: return "a number"
        case .date: return "a date"
        case .money: return "an amount of money"
        case .dot: return "'.'"
        case .question: return "'?'"
        case .comma: return "','"
        case .colon: return "':'"
        case .semicolon: return "';'"
        case .leftBrace: return "'{'"
        case .rightBrace: return "'}'"
        case .leftParen: return "'('"
        case .rightParen: return "')'"
        case .possessive: return "\"'s\""
        case .equal: return "'='"
        case .plus: return "'+'"
        case .less: return "'<'"
        case .lessEqual: return "'<='"
        case .greater: return "'>'"
        case .greaterEqual: return "'>='"
        case .malformed: return "unreadable text"
        case .endOfInput: return "the end of the input"
        }
    }
}
