/// A table of a knowledge base (its clauses, say), indexed from 0: held in memory, or read record by record
/// from a compiled file where it lies, so that opening the file reads only what a question needs.
///
/// A table read in place stays in place when it changes: what is added after its records is held in
/// memory, and a record that is changed is kept as changed beside them.
package struct Table<Element: Sendable>: Sendable {
    /// The records read in place, before everything held; nil for a table held in memory alone.
    private var records: Records<Element>?
    /// Records read in place that have changed since, by index.
    private var changed: [Int: Element] = [:]
    /// What follows the records: the whole table when none are read in place.
    private var held: [Element]

    /// A table holding `elements`.
    package init(_ elements: [Element] = []) { held = elements }

    /// A table of `records`, read where they lie.
    init(_ records: Records<Element>) {
        self.records = records
        held = []
    }

    private var recordCount: Int { records?.count ?? 0 }

    /// True when some of the table is read in place from a compiled file.
    var isReadInPlace: Bool { records != nil }

    mutating func append(_ element: Element) { held.append(element) }

    mutating func append(contentsOf elements: some Sequence<Element>) { held.append(contentsOf: elements) }

    static func += (table: inout Table, elements: some Sequence<Element>) { table.append(contentsOf: elements) }

    /// Makes room for `capacity` elements in all, counting those read in place.
    mutating func reserveCapacity(_ capacity: Int) { held.reserveCapacity(Swift.max(capacity - recordCount, 0)) }
}

extension Table: RandomAccessCollection, MutableCollection {
    package var startIndex: Int { 0 }
    package var endIndex: Int { recordCount + held.count }

    package subscript(index: Int) -> Element {
        get {
            guard let records, index < records.count else { return held[index - recordCount] }
            if !changed.isEmpty, let element = changed[index] { return element }
            return records[index]
        }
        set {
            if index < recordCount {
                precondition(index >= 0, "index out of range")
                changed[index] = newValue
            } else {
                held[index - recordCount] = newValue
            }
        }
        // In place, as an array's: appending to a list of a million indexes must not copy them.
        _modify {
            if let records, index < records.count {
                precondition(index >= 0, "index out of range")
                var element = changed.removeValue(forKey: index) ?? records[index]
                defer { changed[index] = element }
                yield &element
            } else {
                yield &held[index - recordCount]
            }
        }
    }
}

extension Table: Equatable where Element: Equatable {
    package static func == (a: Table, b: Table) -> Bool { a.elementsEqual(b) }
}

/// Fixed-size records of one table of a compiled knowledge base, decoded each time one is read.
final class Records<Element: Sendable>: Sendable {
    let count: Int
    private let element: @Sendable (Int) -> Element

    /// `count` records, the one at an index read by `element`.
    init(count: Int, element: @escaping @Sendable (Int) -> Element) {
        self.count = count
        self.element = element
    }

    subscript(index: Int) -> Element {
        precondition(index >= 0 && index < count, "index out of range")
        return element(index)
    }
}
