/// The reserved words of the language; all lowercase.
package enum Keyword: String, CaseIterable, Sendable {
    // Declarations.
    /// Words that begin a declaration, and `clause` inside an agreement.
    case party, asset, source, agreement, clause, event, prospect
    /// Words of party, asset, agreement and clause attributes: `aka`, `part of`, `owned by`, `effective`,
    /// `amends`, `against`, `toward(s)`, `using`.
    case aka, part, owned, effective, amends, against, toward, towards, over, using
    /// Words of exclusivity, validity bounds and amounts.
    case exclusive, from, until, unknown, open, amount, cap, least, exactly
    /// Words of conditions, terms and inferred instants.
    case `if`, unless, term, inferred
    /// Words of options: an event `exercises` or `lapses` a power; a clause waits `if exercised` it.
    case exercises, lapses, exercised
    /// Words of endings, citations, notes and the parties of events and prospects.
    case terminated, replaced, replaces, cites, line, note, involving
    // Modalities and kinds.
    /// The modalities, in clauses and as filter conditions; also singular kinds in questions.
    case right, obligation, permission, prohibition, power, immunity
    /// The correlatives of powers and immunities, asked for by name.
    case liability, liabilities, disability, disabilities
    /// The kinds of clause a question asks for.
    case rights, obligations, permissions, prohibitions, clauses, claims, claim, terms, powers, immunities
    /// The correlatives of permissions, asked for by name.
    case noRights = "no-rights", noRight = "no-right"
    /// The other nouns `list` takes.
    case parties, assets, agreements, sources, events, prospects
    // Questions.
    /// Words of `which`, yes/no and `when` questions.
    case which, hold, holds, does, `do`, have, `is`, when, start, begin, end, force
    /// Words of changes, `explain` and `list` questions, and `where` before a filter.
    case what, changed, changes, explain, list, `where`
    /// The temporal operators: `in`, `throughout`, `at`, `as of`, `before`, `after`, `between`.
    case `in`, throughout, at, `as`, before, after, between
    /// Prepositions, and the `and`, `or` and `not` of filters and lists.
    case of, by, to, on, `for`, and, or, not
    /// Filter conditions on a clause's parties, asset, action, derivation and ending.
    case holder, counterparty, about, action, derived, ended
    // Expectations.
    /// Words of `expect` statements: their labels and items.
    case expect, may, started, starts, ends, nothing, error, via

    private static let byText: [String: Keyword] = Dictionary(
        uniqueKeysWithValues: Keyword.allCases.map { ($0.rawValue, $0) })

    /// The keyword spelled by `text`, if any.
    package static func named(_ text: String) -> Keyword? { byText[text] }

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
