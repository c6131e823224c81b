/// Picks the known spelling closest to a misspelled one, for "did you mean" notes.
enum Suggestions {
    static func closest(to text: String, among candidates: [String]) -> String? {
        closest(to: text, among: Spellings(candidates))
    }

    /// The candidate within a few edits of `text` (ignoring case), the closest first. A candidate whose
    /// length or letters differ by more than those edits could is passed over by its key alone, so a
    /// search over many names compares few of them.
    static func closest(to text: String, among candidates: Spellings) -> String? {
        let lowered = text.lowercased()
        let target = Array(lowered.unicodeScalars)
        guard target.count >= 3, target.count <= 64 else { return nil }
        let limit = max(1, min(3, target.count / 3))
        let key = SpellingKey(lowered)
        var best: (String, Int)?
        for (candidate, candidateKey) in zip(candidates.names, candidates.keys)
        where abs(Int(candidateKey.length) - target.count) <= limit
            && (candidateKey.letters ^ key.letters).nonzeroBitCount <= 2 * limit {
            let distance = editDistance(target, Array(candidate.lowercased().unicodeScalars), limit: limit)
            if distance <= limit, distance < (best?.1 ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.0
    }

    /// Damerau–Levenshtein distance (adjacent transpositions count once), cut off past `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}

/// What a spelling is passed over by in a search for a close one: its length and the letters it has,
/// ignoring case. One edit changes the length by at most one and the set of letters by at most two.
struct SpellingKey: Sendable, Equatable {
    /// The Unicode scalars of the spelling in lower case.
    var length: Int32
    /// One bit for each letter a–z and digit it has, and one shared by each of a few groups of other scalars.
    var letters: UInt64

    /// The key of `lowered`, a spelling already in lower case.
    init(_ lowered: String) {
        var (length, letters): (Int32, UInt64) = (0, 0)
        for scalar in lowered.unicodeScalars {
            length += 1
            let value = scalar.value
            switch value {
            case 97...122: letters |= 1 << UInt64(value - 97)
            case 48...57: letters |= 1 << UInt64(26 + value - 48)
            default: letters |= 1 << UInt64(36 + value % 28)
            }
        }
        (self.length, self.letters) = (length, letters)
    }

    init(length: Int32, letters: UInt64) { (self.length, self.letters) = (length, letters) }
}

/// Spellings to suggest from, each with its key.
struct Spellings {
    var names: [String] = []
    var keys: [SpellingKey] = []

    init(names: [String], keys: [SpellingKey]) { (self.names, self.keys) = (names, keys) }

    /// `names`, each keyed here.
    init(_ names: [String]) {
        self.names = names
        keys = names.map { SpellingKey($0.lowercased()) }
    }

    static func + (a: Spellings, b: Spellings) -> Spellings {
        Spellings(names: a.names + b.names, keys: a.keys + b.keys)
    }
}
