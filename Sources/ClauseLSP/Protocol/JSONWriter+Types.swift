/// Protocol types written straight to text, for replies too large to build as `JSON` values first:
/// the same text as `JSONEncoder` writes for them (keys sorted, absent optionals left out).
extension JSONWriter {
    /// `{"character":…,"line":…}`
    mutating func append(_ position: Position) {
        bytes.append(contentsOf: #"{"character":"#.utf8)
        append(integer: Int64(position.character))
        bytes.append(contentsOf: #","line":"#.utf8)
        append(integer: Int64(position.line))
        bytes.append(UInt8(ascii: "}"))
    }

    /// `{"end":…,"start":…}`
    mutating func append(_ range: TextRange) {
        bytes.append(contentsOf: #"{"end":"#.utf8)
        append(range.end)
        bytes.append(contentsOf: #","start":"#.utf8)
        append(range.start)
        bytes.append(UInt8(ascii: "}"))
    }

    /// A symbol and its children, keys in order: children, detail, kind, name, range, selectionRange.
    mutating func append(_ symbol: DocumentSymbol) {
        bytes.append(UInt8(ascii: "{"))
        if let children = symbol.children {
            bytes.append(contentsOf: #""children":"#.utf8)
            append(children)
            bytes.append(UInt8(ascii: ","))
        }
        if let detail = symbol.detail {
            bytes.append(contentsOf: #""detail":"#.utf8)
            append(string: detail)
            bytes.append(UInt8(ascii: ","))
        }
        bytes.append(contentsOf: #""kind":"#.utf8)
        append(integer: Int64(symbol.kind))
        bytes.append(contentsOf: #","name":"#.utf8)
        append(string: symbol.name)
        bytes.append(contentsOf: #","range":"#.utf8)
        append(symbol.range)
        bytes.append(contentsOf: #","selectionRange":"#.utf8)
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
