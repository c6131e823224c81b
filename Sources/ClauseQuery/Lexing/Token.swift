/// What a token is; its text is found through its range.
public enum TokenKind: Hashable, Sendable {
    case identifier
    case keyword(Keyword)
    case string
    case integer
    case date
    case money
    case dot, question, comma, colon, semicolon
    case leftBrace, rightBrace, leftParen, rightParen
    case possessive
    case equal, less, lessEqual, greater, greaterEqual
    case endOfInput
}

/// One lexical token with the bytes it covers.
public struct Token: Hashable, Sendable {
    public var kind: TokenKind
    public var range: ByteRange

    public init(_ kind: TokenKind, _ range: ByteRange) {
        self.kind = kind
        self.range = range
    }
}

extension TokenKind {
    /// How the token is named in "expected …" messages.
    public var spelling: String {
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
        case .less: return "'<'"
        case .lessEqual: return "'<='"
        case .greater: return "'>'"
        case .greaterEqual: return "'>='"
        case .endOfInput: return "the end of the input"
        }
    }
}
