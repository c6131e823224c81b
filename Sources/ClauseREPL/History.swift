/// The lines entered at the prompt, oldest first: bounded, without consecutive duplicates.
///
/// A multi-line statement is one entry with newlines inside.
public struct History: Equatable, Sendable {
    public static let defaultLimit = 1000

    public private(set) var entries: [String] = []
    /// The most entries kept; older ones are dropped first.
    public let limit: Int
    /// Entries added in this session, in order; saving merges them into the file.
    public private(set) var added: [String] = []

    public init(entries: [String] = [], limit: Int = History.defaultLimit) {
        self.limit = max(1, limit)
        self.entries = History.normalized(entries, limit: self.limit)
    }

    /// Adds an entry unless it is blank or repeats the last one; true when added.
    @discardableResult
    public mutating func add(_ entry: String) -> Bool {
        guard entry.contains(where: { !$0.isWhitespace }), entry != entries.last else { return false }
        entries.append(entry)
        added.append(entry)
        if entries.count > limit { entries.removeFirst(entries.count - limit) }
        return true
    }

    /// `entries` without blanks and consecutive duplicates, keeping the newest `limit`.
    static func normalized(_ entries: [String], limit: Int) -> [String] {
        var result: [String] = []
        for entry in entries where entry.contains(where: { !$0.isWhitespace }) && entry != result.last {
            result.append(entry)
        }
        return Array(result.suffix(limit))
    }

    /// One entry per line, with backslash, newline and carriage return escaped.
    static func encode(_ entries: [String]) -> [UInt8] {
        var bytes: [UInt8] = []
        for entry in entries {
            for byte in entry.utf8 {
                switch byte {
                case UInt8(ascii: "\\"): bytes += Array("\\\\".utf8)
                case UInt8(ascii: "\n"): bytes += Array("\\n".utf8)
                case UInt8(ascii: "\r"): bytes += Array("\\r".utf8)
                default: bytes.append(byte)
                }
            }
            bytes.append(UInt8(ascii: "\n"))
        }
        return bytes
    }

    static func decode(_ bytes: [UInt8]) -> [String] {
        var entries: [String] = []
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            var entry: [UInt8] = []
            var escaped = false
            for byte in line {
                if escaped {
                    switch byte {
                    case UInt8(ascii: "n"): entry.append(UInt8(ascii: "\n"))
                    case UInt8(ascii: "r"): entry.append(UInt8(ascii: "\r"))
                    default: entry.append(byte)
                    }
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else {
                    entry.append(byte)
                }
            }
            entries.append(String(decoding: entry, as: UTF8.self))
        }
        return entries
    }
}
