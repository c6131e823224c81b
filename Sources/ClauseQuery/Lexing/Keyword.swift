/// The reserved words of the language; all lowercase.
public enum Keyword: String, CaseIterable, Sendable {
    // Declarations.
    case party, asset, source, agreement, clause, event, prospect
    case aka, part, owned, effective, amends, against, toward, towards, using
    case exclusive, from, until, unknown, open, amount, cap, least, exactly
    case terminated, replaced, cites, line, note, involving
    // Modalities and kinds.
    case right, obligation, permission, prohibition
    case rights, obligations, permissions, prohibitions, clauses
    case parties, assets, agreements, sources, events, prospects
    // Questions.
    case which, hold, holds, does, `do`, have, `is`, when, start, begin, end
    case what, changed, changes, explain, list, `where`
    case `in`, throughout, at, `as`, before, after, between
    case of, by, to, on, `for`, and, or, not
    case holder, counterparty, about, action, derived, ended
    // Expectations.
    case expect, may, started, starts, ends, nothing, error, via

    private static let byText: [String: Keyword] = Dictionary(
        uniqueKeysWithValues: Keyword.allCases.map { ($0.rawValue, $0) })

    /// The keyword spelled by `text`, if any.
    public static func named(_ text: String) -> Keyword? { byText[text] }

    /// Keywords by their first letter, with their spellings as bytes.
    private static let byFirstLetter: [[(bytes: [UInt8], keyword: Keyword)]] = {
        var buckets = [[(bytes: [UInt8], keyword: Keyword)]](repeating: [], count: 26)
        for keyword in Keyword.allCases {
            let bytes = Array(keyword.rawValue.utf8)
            buckets[Int(bytes[0] - UInt8(ascii: "a"))].append((bytes, keyword))
        }
        return buckets
    }()

    /// The keyword spelled by these UTF-8 bytes, found without building a string.
    static func spelled(by bytes: ArraySlice<UInt8>) -> Keyword? {
        guard let first = bytes.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") else { return nil }
        for candidate in byFirstLetter[Int(first - UInt8(ascii: "a"))]
        where candidate.bytes.count == bytes.count && candidate.bytes.elementsEqual(bytes) {
            return candidate.keyword
        }
        return nil
    }
}
