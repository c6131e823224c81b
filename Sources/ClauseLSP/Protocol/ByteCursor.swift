/// Writes JSON text into memory reserved for it, one store per byte and no check of room per
/// write: for the largest replies (a document's symbols and semantic tokens), written a piece at a
/// time into a scratch buffer and appended whole. Whoever makes a cursor reserves enough room for
/// what it writes: `room(forString:)` says how much a string takes at most.
struct ByteCursor {
    private let base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0

    init(_ base: UnsafeMutablePointer<UInt8>) {
        self.base = base
    }

    /// The most room the text of an integer takes: a sign and nineteen digits.
    static let integerRoom = 20

    /// The most room a string takes in quotes: each byte escaped as `\u00XX` at worst.
    static func room(forString string: String) -> Int { string.utf8.count * 6 + 2 }

    /// The bytes written so far.
    var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes in
            for byte in bytes {
                base[count] = byte
                count += 1
            }
        }
    }

    mutating func byte(_ byte: UInt8) {
        base[count] = byte
        count += 1
    }

    mutating func integer(_ value: Int64) {
        if value < 0 { byte(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits = 1
        var scale: UInt64 = 1
        while magnitude / scale >= 10 {
            scale *= 10
            digits += 1
        }
        for _ in 0..<digits {
            byte(UInt8(ascii: "0") + UInt8(magnitude / scale))
            magnitude %= scale
            scale /= 10
        }
    }

    /// A string in quotes, escaped as `JSONWriter.append(string:)` escapes it.
    mutating func string(_ string: String) {
        byte(UInt8(ascii: "\""))
        var text = string
        text.withUTF8 { bytes in
            for value in bytes {
                switch value {
                case 0x22, 0x5C: byte(UInt8(ascii: "\\")); byte(value)
                case 0x08: byte(UInt8(ascii: "\\")); byte(UInt8(ascii: "b"))
                case 0x09: byte(UInt8(ascii: "\\")); byte(UInt8(ascii: "t"))
                case 0x0A: byte(UInt8(ascii: "\\")); byte(UInt8(ascii: "n"))
                case 0x0C: byte(UInt8(ascii: "\\")); byte(UInt8(ascii: "f"))
                case 0x0D: byte(UInt8(ascii: "\\")); byte(UInt8(ascii: "r"))
                case ..<0x20:
                    raw("\\u00")
                    byte(ByteCursor.hex[Int(value >> 4)])
                    byte(ByteCursor.hex[Int(value & 15)])
                default: byte(value)
                }
            }
        }
        byte(UInt8(ascii: "\""))
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// `{"character":…,"line":…}`
    mutating func position(_ position: Position) {
        raw(#"{"character":"#)
        integer(Int64(position.character))
        raw(#","line":"#)
        integer(Int64(position.line))
        byte(UInt8(ascii: "}"))
    }

    /// `{"end":…,"start":…}`
    mutating func range(_ range: TextRange) {
        raw(#"{"end":"#)
        position(range.end)
        raw(#","start":"#)
        position(range.start)
        byte(UInt8(ascii: "}"))
    }

    /// The most room a position takes.
    static let positionRoom = 2 * integerRoom + 24
    /// The most room a range takes.
    static let rangeRoom = 2 * positionRoom + 20
}

extension JSONWriter {
    /// Appends what `write` writes into at most `room` bytes.
    mutating func append(room: Int, _ write: (inout ByteCursor) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, room)) { buffer in
            guard let base = buffer.baseAddress else { return }
            var cursor = ByteCursor(base)
            write(&cursor)
            bytes.append(contentsOf: cursor.written)
        }
    }
}
