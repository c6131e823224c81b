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

    /// The keyword spelled by `text`, if any.
    package static func named(_ text: String) -> Keyword? { spelled(by: Array(text.utf8)[...]) }

    /// The keyword spelled by these UTF-8 bytes, found without building a string.
    static func spelled(by bytes: ArraySlice<UInt8>) -> Keyword? { SpellingTable.shared.keyword(spelled: bytes) }
}

/// The keywords by their spelling packed into two machine words, in an open-addressed table: finding
/// a word (a keyword or not) packs at most 16 bytes, multiplies twice and compares a slot or two, where
/// a dictionary would hash the word as a string.
private struct SpellingTable {
    static let shared = SpellingTable()

    /// A spelling packed into two words, byte `i` at bits `8 * i` (of `high` from byte 8 on). Identifier
    /// bytes are never zero, so two spellings of at most 16 bytes pack alike only when they are equal.
    private struct Packed: Equatable {
        var low: UInt64 = 0
        var high: UInt64 = 0

        /// `bytes` packed, or nil when they are longer than any keyword can be.
        init?(_ bytes: ArraySlice<UInt8>) {
            guard bytes.count <= 16 else { return nil }
            var shift: UInt64 = 0
            for index in bytes.indices {
                let byte = UInt64(bytes[index])
                if shift < 64 { low |= byte << shift } else { high |= byte << (shift - 64) }
                shift += 8
            }
        }

        /// The slot this spelling is first looked for in, of a table of `1 << bits` slots.
        func slot(bits: Int) -> Int {
            Int(truncatingIfNeeded: (low &* 0x9E37_79B9_7F4A_7C15 ^ high &* 0xC2B2_AE3D_27D4_EB4F) >> UInt64(64 - bits))
        }
    }

    /// Slots are four times as many as keywords, so a search mostly stops at its first slot.
    private static let bits = 9
    private let slots: [(spelling: Packed, keyword: Keyword)?]

    private init() {
        var slots = [(spelling: Packed, keyword: Keyword)?](repeating: nil, count: 1 << SpellingTable.bits)
        for keyword in Keyword.allCases {
            // Every keyword is at most 16 bytes long (a test checks it), so it packs.
            guard let packed = Packed(Array(keyword.rawValue.utf8)[...]) else { continue }
            var slot = packed.slot(bits: SpellingTable.bits)
            while slots[slot] != nil { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = (packed, keyword)
        }
        self.slots = slots
    }

    func keyword(spelled bytes: ArraySlice<UInt8>) -> Keyword? {
        guard let first = bytes.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z"),
              let packed = Packed(bytes) else { return nil }
        var slot = packed.slot(bits: SpellingTable.bits)
        while let entry = slots[slot] {
            if entry.spelling == packed { return entry.keyword }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }
}
