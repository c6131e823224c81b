/// A JSON value with object keys kept in the order given, so output is stable.
package indirect enum JSONValue: Hashable, Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number: whole values under 10^15 in magnitude print without a fraction, and
    /// infinities and NaN print as `null`.
    case number(Double)
    /// A string, printed with quotes, backslashes and control characters escaped.
    case string(String)
    /// An array, elements in order.
    case array([JSONValue])
    /// An object whose members print in the order given, duplicate keys included.
    case object([(String, JSONValue)])

    /// Equal when the serialized texts are equal, so the order of object members matters.
    package static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }
    /// Hashes the serialized text.
    package func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }

    /// Compact JSON text on one line.
    package func serialized() -> String {
        var output = ""
        write(to: &output)
        return output
    }

    private func write(to output: inout String) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .number(let value):
            if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
                output += String(Int64(value))
            } else if value.isFinite {
                output += String(value)
            } else {
                output += "null"
            }
        case .string(let value): JSONValue.writeString(value, to: &output)
        case .array(let values):
            output += "["
            for (index, value) in values.enumerated() {
                if index > 0 { output += "," }
                value.write(to: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output += "," }
                JSONValue.writeString(key, to: &output)
                output += ":"
                value.write(to: &output)
            }
            output += "}"
        }
    }

    /// The string in quotes, escaped as RFC 8259 asks. Every byte to escape is ASCII, so the UTF-8 is
    /// copied in runs between them.
    private static func writeString(_ value: String, to output: inout String) {
        output += "\""
        var value = value
        value.withUTF8 { bytes in
            var runStart = 0
            func copyRun(to end: Int) {
                if runStart < end { output += String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<end]), as: UTF8.self) }
            }
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                copyRun(to: index)
                switch byte {
                case UInt8(ascii: "\""): output += "\\\""
                case UInt8(ascii: "\\"): output += "\\\\"
                case UInt8(ascii: "\n"): output += "\\n"
                case UInt8(ascii: "\r"): output += "\\r"
                case UInt8(ascii: "\t"): output += "\\t"
                default: output += "\\u" + String(byte, radix: 16).leftPadded(to: 4)
                }
                runStart = index + 1
            }
            copyRun(to: bytes.count)
        }
        output += "\""
    }
}

extension JSONValue {
    init(_ string: String?) { self = string.map(JSONValue.string) ?? .null }
    init(_ bool: Bool?) { self = bool.map(JSONValue.bool) ?? .null }
}
