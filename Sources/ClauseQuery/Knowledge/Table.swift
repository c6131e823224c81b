import Synchronization

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
        @inline(__always) get {
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

extension Table {
    /// What `project` gives of element `index`: read through `projected`, records of the same table that
    /// decode only what `project` keeps, when the element is a record read in place and unchanged.
    @inline(__always)
    func projected<T>(_ index: Int, through projected: Records<T>, _ project: (Element) -> T) -> T {
        if index < projected.count, let records, index < records.count, changed.isEmpty || changed[index] == nil {
            return projected[index]
        }
        return project(self[index])
    }
}

extension Table: Equatable where Element: Equatable {
    package static func == (a: Table, b: Table) -> Bool { a.elementsEqual(b) }
}

/// Fixed-size records of one table of a compiled knowledge base, decoded each time one is read until the
/// table has been read about twice over: a session that reads that much is asking many questions, and
/// then decodes every record once and keeps them, as a knowledge base loaded from text does.
final class Records<Element: Sendable>: @unchecked Sendable {
    let count: Int
    private let element: @Sendable (Int) -> Element
    /// Records read so far, and how many reads make the table decode every record and keep them.
    private let reads = Atomic<Int>(0)
    private let readsBeforeHolding: Int
    /// Every record, decoded: written once, under `filling`, before `isHeld` says so. Through a pointer,
    /// so that reading it is not checked for exclusive access on every read.
    private let all: UnsafeMutablePointer<UnsafeMutableBufferPointer<Element>?>
    private let held = Atomic<Bool>(false)
    private let filling = Mutex<Void>(())

    /// `count` records, the one at an index read by `element`; after `readsBeforeHolding` reads (twice the
    /// records, and a few thousand more, unless given), all of them decoded and kept.
    init(count: Int, readsBeforeHolding: Int? = nil, element: @escaping @Sendable (Int) -> Element) {
        self.count = count
        self.element = element
        self.readsBeforeHolding = readsBeforeHolding ?? 2 * count + 4_096
        all = .allocate(capacity: 1)
        all.initialize(to: nil)
    }

    deinit {
        if let records = all.pointee {
            records.baseAddress?.deinitialize(count: count)
            records.deallocate()
        }
        all.deinitialize(count: 1)
        all.deallocate()
    }

    /// True once every record is decoded and kept.
    var isHeld: Bool { held.load(ordering: .acquiring) }

    @inline(__always)
    subscript(index: Int) -> Element {
        if held.load(ordering: .acquiring), let records = all.pointee {
            precondition(index >= 0 && index < count, "index out of range")
            return records[index]
        }
        return decoded(index)
    }

    @inline(never)
    private func decoded(_ index: Int) -> Element {
        precondition(index >= 0 && index < count, "index out of range")
        if reads.wrappingAdd(1, ordering: .relaxed).newValue == readsBeforeHolding { holdAll() }
        return element(index)
    }

    private func holdAll() {
        filling.withLock { _ in
            guard !held.load(ordering: .acquiring) else { return }
            let decoded = UnsafeMutableBufferPointer<Element>.allocate(capacity: count)
            for index in 0..<count { decoded.initializeElement(at: index, to: element(index)) }
            all.pointee = decoded
            held.store(true, ordering: .releasing)
        }
    }
}
