/// A map keyed by strings: a dictionary, or, as read from a compiled knowledge base, its keys in order
/// searched by halves, so that opening one hashes nothing; the first change turns it into a dictionary.
struct StringMap<Value: Sendable & Equatable>: Sendable, Equatable {
    private var dictionary: [String: Value] = [:]
    private var orderedKeys: [String] = []
    private var orderedValues: [Value] = []

    init() {}

    /// A map of `keys`, in increasing order, to `values`.
    init(orderedKeys keys: [String], values: [Value]) {
        orderedKeys = keys
        orderedValues = values
    }

    var count: Int { orderedKeys.isEmpty ? dictionary.count : orderedKeys.count }

    /// True while the keys are still in order as read, none hashed.
    var isReadInOrder: Bool { !orderedKeys.isEmpty }

    subscript(key: String) -> Value? {
        get {
            guard !orderedKeys.isEmpty else { return dictionary[key] }
            var (low, high) = (0, orderedKeys.count)
            while low < high {
                let middle = (low + high) / 2
                if orderedKeys[middle] < key { low = middle + 1 } else { high = middle }
            }
            return low < orderedKeys.count && orderedKeys[low] == key ? orderedValues[low] : nil
        }
        set {
            makeDictionary()
            dictionary[key] = newValue
        }
    }

    /// Makes room for `count` more keys; a map read from a compiled knowledge base becomes a
    /// dictionary only when there is something to add.
    mutating func reserveCapacity(_ count: Int) {
        guard count > 0 else { return }
        makeDictionary()
        dictionary.reserveCapacity(dictionary.count + count)
    }

    /// Sets the value for `key` and returns the one it replaces.
    mutating func updateValue(_ value: Value, forKey key: String) -> Value? {
        makeDictionary()
        return dictionary.updateValue(value, forKey: key)
    }

    /// Calls `body` with every entry, in no particular order.
    func forEach(_ body: (String, Value) -> Void) {
        if orderedKeys.isEmpty {
            for (key, value) in dictionary { body(key, value) }
        } else {
            for (key, value) in zip(orderedKeys, orderedValues) { body(key, value) }
        }
    }

    /// Every entry, in increasing order of key.
    var ordered: [(key: String, value: Value)] {
        guard orderedKeys.isEmpty else { return Array(zip(orderedKeys, orderedValues)).map { ($0.0, $0.1) } }
        return dictionary.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    private mutating func makeDictionary() {
        guard !orderedKeys.isEmpty else { return }
        dictionary = Dictionary(zip(orderedKeys, orderedValues), uniquingKeysWith: { _, last in last })
        orderedKeys = []
        orderedValues = []
    }

    static func == (a: StringMap, b: StringMap) -> Bool {
        a.count == b.count && a.ordered.elementsEqual(b.ordered) { $0.key == $1.key && $0.value == $1.value }
    }
}
