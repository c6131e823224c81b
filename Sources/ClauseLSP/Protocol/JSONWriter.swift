/// Writes a `JSON` value as compact UTF-8 text, byte by byte: keys sorted, `/` not escaped, a
/// whole number below 1e15 as an integer. The text is what Foundation's `JSONEncoder` writes for it
/// with `.sortedKeys` and `.withoutEscapingSlashes`, and like it the writer refuses a number that
/// is not finite.
struct JSONWriter {
    var bytes: [UInt8] = []

    /// The text of `value`; nil when it holds a number that is not finite.
    static func write(_ value: JSON) -> [UInt8]? {
        var writer = JSONWriter()
        guard writer.append(value) else { return nil }
        return writer.bytes
    }

    /// Appends `value`; false when it holds a number that is not finite.
    mutating func append(_ value: JSON) -> Bool {
        switch value {
        case .null: bytes.append(contentsOf: JSONWriter.null)
        case .bool(let flag): bytes.append(contentsOf: flag ? JSONWriter.true : JSONWriter.false)
        case .integer(let number): append(integer: number)
        case .number(let number):
            guard number.isFinite else { return false }
            if number == number.rounded(), abs(number) < 1e15 {
                append(integer: Int64(number))
            } else {
                var text = number.description
                if text.hasSuffix(".0") { text.removeLast(2) }
                bytes.append(contentsOf: text.utf8)
            }
        case .string(let text): append(string: text)
        case .array(let values):
            bytes.append(UInt8(ascii: "["))
            for (position, element) in values.enumerated() {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                guard append(element) else { return false }
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            for (position, key) in members.keys.sorted().enumerated() {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                append(string: key)
                bytes.append(UInt8(ascii: ":"))
                guard let member = members[key], append(member) else { return false }
            }
            bytes.append(UInt8(ascii: "}"))
        }
        return true
    }

    /// Appends an integer in decimal.
    mutating func append(integer: Int64) {
        append(room: ByteCursor.integerRoom) { $0.integer(integer) }
    }

    /// Appends text written in the program, such as a key with its quotes and colon.
    mutating func append(raw text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends a string in quotes: `"`, `\` and control characters escaped, everything else as it is.
    mutating func append(string: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = string
        text.withUTF8 { utf8 in
            var start = 0
            for (position, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<position]))
                appendEscape(byte)
                start = position + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case 0x22, 0x5C: bytes.append(byte)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 15)]])
        }
    }

    private static let null = Array("null".utf8)
    private static let `true` = Array("true".utf8)
    private static let `false` = Array("false".utf8)
}
