/// Protocol types written straight to text, for replies too large to build as `JSON` values first:
/// the same text as `JSONEncoder` writes for them (keys sorted, absent optionals left out).
extension JSONWriter {
    /// `{"character":…,"line":…}`
    mutating func append(_ position: Position) {
        append(raw: #"{"character":"#)
        append(integer: Int64(position.character))
        append(raw: #","line":"#)
        append(integer: Int64(position.line))
        bytes.append(UInt8(ascii: "}"))
    }

    /// `{"end":…,"start":…}`
    mutating func append(_ range: TextRange) {
        append(raw: #"{"end":"#)
        append(range.end)
        append(raw: #","start":"#)
        append(range.start)
        bytes.append(UInt8(ascii: "}"))
    }

    /// A symbol and its children, keys in order: children, detail, kind, name, range, selectionRange.
    mutating func append(_ symbol: DocumentSymbol) {
        bytes.append(UInt8(ascii: "{"))
        if let children = symbol.children {
            append(raw: #""children":"#)
            append(children)
            bytes.append(UInt8(ascii: ","))
        }
        if let detail = symbol.detail {
            append(raw: #""detail":"#)
            append(string: detail)
            bytes.append(UInt8(ascii: ","))
        }
        append(raw: #""kind":"#)
        append(integer: Int64(symbol.kind))
        append(raw: #","name":"#)
        append(string: symbol.name)
        append(raw: #","range":"#)
        append(symbol.range)
        append(raw: #","selectionRange":"#)
        append(symbol.selectionRange)
        bytes.append(UInt8(ascii: "}"))
    }

    /// `[…]` of symbols.
    mutating func append(_ symbols: [DocumentSymbol]) {
        bytes.append(UInt8(ascii: "["))
        for (position, symbol) in symbols.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            append(symbol)
        }
        bytes.append(UInt8(ascii: "]"))
    }
}
