/// Protocol types written straight to text, for replies too large to build as `JSON` values first:
/// the same text as `JSONEncoder` writes for them (keys sorted, absent optionals left out).
extension JSONWriter {
    /// `{"character":…,"line":…}`
    mutating func append(_ position: Position) {
        append(room: ByteCursor.positionRoom) { $0.position(position) }
    }

    /// `{"end":…,"start":…}`
    mutating func append(_ range: TextRange) {
        append(room: ByteCursor.rangeRoom) { $0.range(range) }
    }

    /// A symbol and its children, keys in order: children, detail, kind, name, range, selectionRange.
    mutating func append(_ symbol: DocumentSymbol) {
        append(raw: "{")
        if let children = symbol.children {
            append(raw: #""children":"#)
            append(children)
            append(raw: ",")
        }
        appendSymbolFields(detail: symbol.detail, kind: symbol.kind, name: symbol.name, range: symbol.range,
                           selectionRange: symbol.selectionRange)
    }

    /// A symbol's members after its children, and the brace that closes it.
    mutating func appendSymbolFields(detail: String?, kind: Int, name: String, range: TextRange, selectionRange: TextRange) {
        let room = 80 + ByteCursor.room(forString: detail ?? "") + ByteCursor.integerRoom + ByteCursor.room(forString: name)
            + 2 * ByteCursor.rangeRoom
        append(room: room) { cursor in
            if let detail {
                cursor.raw(#""detail":"#)
                cursor.string(detail)
                cursor.byte(UInt8(ascii: ","))
            }
            cursor.raw(#""kind":"#)
            cursor.integer(Int64(kind))
            cursor.raw(#","name":"#)
            cursor.string(name)
            cursor.raw(#","range":"#)
            cursor.range(range)
            cursor.raw(#","selectionRange":"#)
            cursor.range(selectionRange)
            cursor.byte(UInt8(ascii: "}"))
        }
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
