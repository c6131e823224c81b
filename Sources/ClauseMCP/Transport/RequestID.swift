/// The id of a JSON-RPC request as the server accepts it: a string, or a number that is exactly an
/// integer a 64-bit `Int` holds (`7`, `7.0`, `7e0`). Any other id (an object, an array, `null`, a
/// boolean, `1.5`, `1e30`) makes the request invalid.
enum RequestID {
    /// The id written the way the server writes it back: a string as it was written, an integer in
    /// plain digits (`7.0` becomes `7`); nil when `raw` is not a valid id.
    static func canonical(_ raw: [UInt8]) -> [UInt8]? {
        guard let first = raw.first else { return nil }
        if first == UInt8(ascii: "\"") { return raw.count >= 2 && raw.last == UInt8(ascii: "\"") ? raw : nil }
        return integer(raw).map { Array(String($0).utf8) }
    }

    /// The integer a JSON number denotes, when it is an integer within `Int`'s range.
    static func integer(_ raw: [UInt8]) -> Int? {
        guard let number = JSONNumber(raw) else { return nil }
        var digits = Array((number.whole + number.fraction).drop { $0 == UInt8(ascii: "0") })
        guard !digits.isEmpty else { return 0 }
        var scale = number.exponent - number.fraction.count
        while scale < 0, digits.last == UInt8(ascii: "0") {
            digits.removeLast()
            scale += 1
        }
        guard scale >= 0, digits.count + scale <= 19 else { return nil }
        digits += [UInt8](repeating: UInt8(ascii: "0"), count: scale)
        return Int((number.negative ? "-" : "") + String(decoding: digits, as: UTF8.self))
    }
}

/// The parts of a JSON number: sign, whole digits, fraction digits and exponent.
private struct JSONNumber {
    var negative = false
    var whole: [UInt8] = []
    var fraction: [UInt8] = []
    var exponent = 0

    /// The parts of `raw`, or nil when it is not a JSON number (or its exponent is absurdly long).
    init?(_ raw: [UInt8]) {
        var index = 0
        func digits() -> [UInt8] {
            let start = index
            while index < raw.count, raw[index] >= UInt8(ascii: "0"), raw[index] <= UInt8(ascii: "9") { index += 1 }
            return Array(raw[start..<index])
        }
        if index < raw.count, raw[index] == UInt8(ascii: "-") {
            negative = true
            index += 1
        }
        whole = digits()
        guard !whole.isEmpty, whole.count == 1 || whole[0] != UInt8(ascii: "0") else { return nil }
        if index < raw.count, raw[index] == UInt8(ascii: ".") {
            index += 1
            fraction = digits()
            guard !fraction.isEmpty else { return nil }
        }
        if index < raw.count, raw[index] == UInt8(ascii: "e") || raw[index] == UInt8(ascii: "E") {
            index += 1
            var sign = 1
            if index < raw.count, raw[index] == UInt8(ascii: "+") || raw[index] == UInt8(ascii: "-") {
                sign = raw[index] == UInt8(ascii: "-") ? -1 : 1
                index += 1
            }
            let written = digits()
            let significant = written.drop { $0 == UInt8(ascii: "0") }
            guard !written.isEmpty, significant.count <= 6 else { return nil }
            exponent = sign * (Int(String(decoding: significant, as: UTF8.self)) ?? 0)
        }
        guard index == raw.count else { return nil }
    }
}
