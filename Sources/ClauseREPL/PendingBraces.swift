/// How deep inside `{ … }` the lines of an unfinished statement end, kept line by line, so that pasting a
/// long agreement does not parse its growing text again for every line: while a brace is open, the
/// statement cannot be finished.
struct PendingBraces {
    /// Open braces not yet closed, outside strings and comments.
    private(set) var depth = 0

    /// Counts the braces of one more line.
    mutating func add(_ line: String) {
        var inString = false
        var escaped = false
        for byte in line.utf8 {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "#"): return
            case UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: "}"): depth = max(0, depth - 1)
            default: break
            }
        }
    }

    /// True when the statement may be finished and is worth parsing.
    var mayBeFinished: Bool { depth == 0 }
}
