/// Reads JSON text (RFC 8259) into a `JSON` value in one pass over its bytes.
///
/// Accepts exactly what the standard allows: any value at the top level, surrounded by spaces,
/// tabs and line breaks; strings of valid UTF-8 whose escapes name whole characters; numbers
/// that are finite doubles. A number written without a fraction or exponent that fits in 64 bits
/// is an `integer`, any other a `number`. Nesting deeper than `maximumDepth` is refused, so no
/// input can exhaust the stack.
package struct JSONParser {
    static let maximumDepth = 512

    private let bytes: UnsafeBufferPointer<UInt8>
    /// False when only checking: objects and arrays are read through but their members not kept.
    private let keeps: Bool
    private var offset = 0
    private var depth = 0

    /// The value `bytes` hold, or nil when they are not JSON.
    package static func parse(_ bytes: [UInt8]) -> JSON? { read(bytes, keeping: true) }

    /// True when `bytes` are JSON, as `parse` reads it; without building the value.
    package static func isJSON(_ bytes: [UInt8]) -> Bool { read(bytes, keeping: false) != nil }

    private static func read(_ bytes: [UInt8], keeping: Bool) -> JSON? {
        bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(bytes: buffer, keeps: keeping)
            parser.skipBlanks()
            guard let value = parser.value() else { return nil }
            parser.skipBlanks()
            return parser.offset == buffer.count ? value : nil
        }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, keeps: Bool) {
        self.bytes = bytes
        self.keeps = keeps
    }

    private var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    private mutating func skipBlanks() {
        while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { offset += 1 }
    }

    /// Takes `word` when it comes next.
    private mutating func take(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        for index in 0..<count where bytes[offset + index] != word.utf8Start[index] { return false }
        offset += count
        return true
    }

    private mutating func value() -> JSON? {
        switch current {
        case UInt8(ascii: "{"): return object()
        case UInt8(ascii: "["): return array()
        case UInt8(ascii: "\""): return string().map(JSON.string)
        case UInt8(ascii: "t"): return take("true") ? .bool(true) : nil
        case UInt8(ascii: "f"): return take("false") ? .bool(false) : nil
        case UInt8(ascii: "n"): return take("null") ? .null : nil
        case .some(let byte) where byte == UInt8(ascii: "-") || (byte >= 0x30 && byte <= 0x39): return number()
        default: return nil
        }
    }

    private mutating func object() -> JSON? {
        guard depth < JSONParser.maximumDepth else { return nil }
        depth += 1
        defer { depth -= 1 }
        offset += 1
        var members: [String: JSON] = [:]
        skipBlanks()
        if current == UInt8(ascii: "}") {
            offset += 1
            return .object(members)
        }
        while true {
            skipBlanks()
            guard current == UInt8(ascii: "\""), let key = string() else { return nil }
            skipBlanks()
            guard current == UInt8(ascii: ":") else { return nil }
            offset += 1
            skipBlanks()
            guard let member = value() else { return nil }
            if keeps { members[key] = member }
            skipBlanks()
            switch current {
            case UInt8(ascii: ","): offset += 1
            case UInt8(ascii: "}"): offset += 1; return .object(members)
            default: return nil
            }
        }
    }

    private mutating func array() -> JSON? {
        guard depth < JSONParser.maximumDepth else { return nil }
        depth += 1
        defer { depth -= 1 }
        offset += 1
        var elements: [JSON] = []
        skipBlanks()
        if current == UInt8(ascii: "]") {
            offset += 1
            return .array(elements)
        }
        while true {
            skipBlanks()
            guard let element = value() else { return nil }
            if keeps { elements.append(element) }
            skipBlanks()
            switch current {
            case UInt8(ascii: ","): offset += 1
            case UInt8(ascii: "]"): offset += 1; return .array(elements)
            default: return nil
            }
        }
    }

    /// A string from its opening quote to past its closing one.
    private mutating func string() -> String? {
        offset += 1
        let start = offset
        // The common case, no escapes: the bytes between the quotes, checked as UTF-8 once.
        var combined: UInt8 = 0
        while let byte = current, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
            guard byte >= 0x20 else { return nil }
            combined |= byte
            offset += 1
        }
        // ASCII is valid UTF-8 as it stands; only a check needs nothing built.
        if current == UInt8(ascii: "\""), combined < 0x80 {
            let text = keeps ? String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self) : ""
            offset += 1
            return text
        }
        var text = Array(bytes[start..<offset])
        while let byte = current, byte != UInt8(ascii: "\"") {
            guard byte == UInt8(ascii: "\\") else {
                // A run of plain bytes up to the next escape or the end, copied at once.
                let run = offset
                while let byte = current, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
                    guard byte >= 0x20 else { return nil }
                    offset += 1
                }
                text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<offset]))
                continue
            }
            offset += 1
            guard let escape = current else { return nil }
            offset += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(escape)
            case UInt8(ascii: "b"): text.append(0x08)
            case UInt8(ascii: "f"): text.append(0x0C)
            case UInt8(ascii: "n"): text.append(0x0A)
            case UInt8(ascii: "r"): text.append(0x0D)
            case UInt8(ascii: "t"): text.append(0x09)
            case UInt8(ascii: "u"):
                guard let scalar = escapedScalar() else { return nil }
                UTF8.encode(scalar) { text.append($0) }
            default: return nil
            }
        }
        guard current == UInt8(ascii: "\"") else { return nil }
        offset += 1
        return String(validating: text, as: UTF8.self)
    }

    /// The character a `\u` escape names, taking the second half of a surrogate pair; nil for half a pair.
    private mutating func escapedScalar() -> Unicode.Scalar? {
        guard let first = hexQuad() else { return nil }
        switch first {
        case 0xD800...0xDBFF:
            guard take("\\u"), let second = hexQuad(), (0xDC00...0xDFFF).contains(second) else { return nil }
            return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
        case 0xDC00...0xDFFF:
            return nil
        default:
            return Unicode.Scalar(first)
        }
    }

    private mutating func hexQuad() -> UInt32? {
        guard offset + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[offset]
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
            offset += 1
        }
        return value
    }

    /// number = [ "-" ] ( "0" | digit1-9 { digit } ) [ "." digit { digit } ] [ ( "e" | "E" ) [ "+" | "-" ] digit { digit } ]
    private mutating func number() -> JSON? {
        let start = offset
        if current == UInt8(ascii: "-") { offset += 1 }
        guard let lead = current, lead >= 0x30, lead <= 0x39 else { return nil }
        offset += 1
        if lead != 0x30 { skipDigits() }
        var whole = true
        if current == UInt8(ascii: ".") {
            offset += 1
            guard skipDigits() > 0 else { return nil }
            whole = false
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            offset += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { offset += 1 }
            guard skipDigits() > 0 else { return nil }
            whole = false
        }
        let text = String(decoding: bytes[start..<offset], as: UTF8.self)
        if whole, let integer = Int64(text) { return .integer(integer) }
        guard let number = Double(text), number.isFinite else { return nil }
        return .number(number)
    }

    @discardableResult
    private mutating func skipDigits() -> Int {
        let start = offset
        while let byte = current, byte >= 0x30, byte <= 0x39 { offset += 1 }
        return offset - start
    }
}
