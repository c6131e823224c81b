import Synchronization

/// The clauses of a knowledge base by the days they may hold on, so that a question without a party judges
/// only the clauses that may hold in its window instead of every clause.
///
/// Each clause has one window: from the earliest day it may start or end on to the latest, under either
/// reading of unknown ends. Its conditions and what cuts it short only narrow the days it holds on, so a
/// clause whose window misses the question's days surely does not hold in them, starts or ends in them.
/// The windows are kept in two orders, by first day and by last day, latest first: the clauses that may hold
/// in a window are among those whose first day is not after it, and among those whose last day is not
/// before it; the shorter of the two runs is read.
struct TimeIndex: Sendable {
    /// A clause's window, in day numbers clamped to 32 bits (the clamp keeps the window as wide or wider).
    struct Entry: Sendable, Equatable {
        var first: Int32
        var last: Int32
        var clause: Int32
    }

    /// The windows by first day, and by last day latest first; ties in the order the clauses are declared.
    let byFirst: Entries
    let byLast: Entries
    /// How many clauses the knowledge base has; an entry naming another clause does not read.
    let clauseCount: Int

    init(byFirst: Entries, byLast: Entries, clauseCount: Int) {
        self.byFirst = byFirst
        self.byLast = byLast
        self.clauseCount = clauseCount
    }

    /// The index of the clauses of `kb`, each clause's window worked out from its instants.
    init(building kb: KnowledgeBase) {
        var entries: [Entry] = []
        entries.reserveCapacity(kb.clauses.count)
        for (index, clause) in kb.clauses.enumerated() {
            let window = Self.window(of: clause, kb)
            entries.append(Entry(first: Int32(clamping: window.lowerBound), last: Int32(clamping: window.upperBound),
                                 clause: Int32(index)))
        }
        let byFirst = entries.sorted { ($0.first, $0.clause) < ($1.first, $1.clause) }
        entries.sort { $0.last != $1.last ? $0.last > $1.last : $0.clause < $1.clause }
        self.init(byFirst: Entries(byFirst), byLast: Entries(entries), clauseCount: kb.clauses.count)
    }

    /// The days `clause` may start, hold or end on under either reading of unknown ends: every day on
    /// which a question may find it holding, starting or ending lies in it. An unknown end read as
    /// continuing only moves the earliest end later, so the reading that leaves it unknown is the wider.
    static func window(of clause: Clause, _ kb: KnowledgeBase) -> ClosedRange<Int> {
        let span = kb.span(of: clause, assumption: .unknown)
        let low = min(span.earliestStart, span.earliestEnd)
        return low...max(low, span.latestStart, span.latestEnd)
    }

    /// The clauses whose window shares a day with [first, last], in the order declared.
    func clauses(overlapping first: Int, _ last: Int) -> [Int32] {
        let (first, last) = (Int32(clamping: first), Int32(clamping: last))
        let startedBy = byFirst.partition { $0.first > last }
        let endingFrom = byLast.partition { $0.last < first }
        var chosen = [UInt64](repeating: 0, count: (clauseCount + 63) / 64)
        func choose(_ entry: Entry) {
            guard entry.clause >= 0, Int(entry.clause) < clauseCount else { return }
            chosen[Int(entry.clause) >> 6] |= 1 << UInt64(entry.clause & 63)
        }
        if startedBy <= endingFrom {
            for position in 0..<startedBy {
                let entry = byFirst[position]
                if entry.last >= first { choose(entry) }
            }
        } else {
            for position in 0..<endingFrom {
                let entry = byLast[position]
                if entry.first <= last { choose(entry) }
            }
        }
        var result: [Int32] = []
        for (word, bits) in chosen.enumerated() where bits != 0 {
            var rest = bits
            while rest != 0 {
                result.append(Int32(word << 6 + rest.trailingZeroBitCount))
                rest &= rest - 1
            }
        }
        return result
    }
}

extension TimeIndex {
    /// The windows in one order: held in memory, or read where they lie in a compiled file.
    struct Entries: Sendable {
        private let held: [Entry]
        private let inPlace: (file: RecordFile, start: Int)?
        let count: Int

        init(_ entries: [Entry]) {
            held = entries
            inPlace = nil
            count = entries.count
        }

        /// `count` entries of `TimeIndex.recordSize` bytes from `start` of the contents of `file`.
        init(_ file: RecordFile, start: Int, count: Int) {
            held = []
            inPlace = (file, start)
            self.count = count
        }

        /// Entry `position`; one that does not read reads as naming no clause, and the file says why.
        subscript(position: Int) -> Entry {
            guard let (file, start) = inPlace else { return held[position] }
            return file.read(at: start + position * TimeIndex.recordSize, size: TimeIndex.recordSize,
                             or: Entry(first: .min, last: .max, clause: -1)) { record throws(SnapshotError) in
                Entry(first: record.int32(0), last: record.int32(4),
                      clause: try record.index(8, below: file.limits.clauses, "clause"))
            }
        }

        /// How many entries, from the first, `isPast` is false for: they all come before those it is true for.
        func partition(by isPast: (Entry) -> Bool) -> Int {
            var (low, high) = (0, count)
            while low < high {
                let middle = (low + high) / 2
                if isPast(self[middle]) { high = middle } else { low = middle + 1 }
            }
            return low
        }
    }

    /// The bytes of an entry in a compiled file: its first day, last day and clause.
    static let recordSize = 12
}

/// The time index of one knowledge base: read from the compiled file that holds it, or built from the
/// clauses when a question without a party needs it a second time. The first such question judges every
/// clause, which costs about what building the index does, so a knowledge base asked one question does not
/// pay for both. A load starts a new one: what it adds or changes may move any clause's window.
final class TimeIndexCache: Sendable, Equatable {
    private let state: Mutex<(index: TimeIndex?, asked: Bool)>

    init(_ index: TimeIndex? = nil) { state = Mutex((index, false)) }

    /// The index, built by `build` when it is not at hand.
    func index(building build: () -> TimeIndex) -> TimeIndex {
        state.withLock { state in
            if let index = state.index { return index }
            let built = build()
            state.index = built
            return built
        }
    }

    /// The index; when it is not at hand, nil the first time it is asked for, and built by `build` after.
    func indexWhenAskedAgain(building build: () -> TimeIndex) -> TimeIndex? {
        let askedBefore = state.withLock { state in
            defer { state.asked = true }
            return state.index != nil || state.asked
        }
        return askedBefore ? index(building: build) : nil
    }

    /// Knowledge bases are equal whatever their caches hold.
    static func == (a: TimeIndexCache, b: TimeIndexCache) -> Bool { true }
}

extension KnowledgeBase {
    /// How many things are declared, clauses included.
    var declaredCount: Int {
        parties.count + assets.count + sources.count + agreements.count + clauses.count + events.count + prospects.count
    }

    /// The time index of the clauses, built now when it is not at hand.
    var timeIndex: TimeIndex {
        timeIndexCache.index { TimeIndex(building: self) }
    }

    /// The clauses that may hold, start or end on a day of [first, last], in the order declared; nil when
    /// every clause is to be judged (the first time, when the index is not at hand).
    func clauses(overlapping first: Int, _ last: Int) -> [Int32]? {
        timeIndexCache.indexWhenAskedAgain { TimeIndex(building: self) }?.clauses(overlapping: first, last)
    }
}
