/// The identifiers a load has declared so far, kept as a Bloom filter: when it says an identifier is
/// new, it is; when it says it may have been seen, the name indexes say for sure.
///
/// Identifiers are unique across kinds, so a declared identifier would otherwise be looked up in the
/// index of every kind. Nearly every identifier is new, and ruling it out here costs one pass over its
/// bytes instead of a hash in each index.
struct IdentifierFilter {
    private var words: [UInt64]
    /// The number of bits, less one: a power of two less one.
    private let mask: UInt64

    /// A filter with about 8 bits for each of `count` identifiers, and at most 128 MiB of them: more
    /// identifiers than that make it rule out fewer, never wrongly.
    init(expecting count: Int) {
        var bits = 1 << 10
        while bits < count &* 8, bits < 1 << 30 { bits <<= 1 }
        words = Array(repeating: 0, count: bits / 64)
        mask = UInt64(bits - 1)
    }

    /// Adds `id`; returns false when it was certainly not added before, true when it may have been.
    mutating func insert(_ id: String) -> Bool {
        let hash = Self.hash(id)
        // Both bits are set, whatever the first one says.
        let first = set(hash & mask)
        let second = set((hash >> 32 | hash << 32) & mask)
        return first && second
    }

    /// Sets a bit; returns whether it was set already.
    private mutating func set(_ bit: UInt64) -> Bool {
        let (word, mask) = (Int(bit >> 6), UInt64(1) << (bit & 63))
        let was = words[word] & mask != 0
        words[word] |= mask
        return was
    }

    /// FNV-1a over the identifier's UTF-8, then mixed so that both halves of the hash depend on
    /// every byte.
    static func hash(_ id: String) -> UInt64 {
        var id = id
        var hash = id.withUTF8 { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            return hash
        }
        hash ^= hash >> 33
        hash = hash &* 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 33
        return hash
    }
}
