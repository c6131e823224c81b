/// Why a compiled knowledge base cannot be read.
struct SnapshotError: Error {
    /// What is wrong, in words that end with what to do.
    var message: String
}

/// Reads the fields `SnapshotWriter` wrote, checking every length against the bytes left and every index
/// against the table it points into: a damaged file is an error, never a crash or a wrong index.
struct SnapshotReader {
    private let bytes: UnsafeRawBufferPointer
    private(set) var offset: Int
    /// How many of each table the knowledge base holds, once its counts are read.
    var limits = SnapshotLimits()
    /// Called with bytes that have been read and will not be read again, so that the memory of a mapped
    /// file can be given back as it is read; nil when there is nothing to give back.
    var release: ((Range<Int>) -> Void)?
    /// How many bytes are read between two calls of `release`, unless set.
    static let releaseStride = 2 << 20
    /// How many bytes are read between two calls of `release`.
    var releaseStride = Self.releaseStride
    private var released = 0
    /// The checksums of the blocks of `bytes`, checked as the reader reads them; nil when `bytes` need no
    /// check (a header).
    let checks: BlockChecks?
    /// Where the blocks checked last lie: reading within them needs no look at the checks.
    private var checked = 0..<0

    init(_ bytes: UnsafeRawBufferPointer, offset: Int = 0, checks: BlockChecks? = nil) {
        self.bytes = bytes
        self.offset = offset
        self.checks = checks
    }

    /// A reader at `offset` of a file whose tables `limits` counts and whose blocks `checks` checks.
    init(_ bytes: UnsafeRawBufferPointer, offset: Int, limits: SnapshotLimits, checks: BlockChecks) {
        self.bytes = bytes
        self.offset = offset
        self.limits = limits
        self.checks = checks
    }

    /// The bytes read.
    var contents: UnsafeRawBufferPointer { bytes }
    var isAtEnd: Bool { offset == bytes.count }
    var remaining: Int { bytes.count - offset }

    /// Gives back what has been read since the last time, once it is at least `releaseStride` bytes, or
    /// everything read when `all`.
    mutating func releaseRead(all: Bool = false) {
        guard let release, offset - released >= (all ? 1 : releaseStride) else { return }
        release(released..<offset)
        released = offset
    }

    static func damaged(_ what: String) -> SnapshotError {
        SnapshotError(message: "it is damaged (\(what)); compile it again with 'clq compile'")
    }

    /// Where the next `count` bytes start, once they are checked; the reader goes past them.
    @inline(__always)
    private mutating func take(_ count: Int) throws(SnapshotError) -> Int {
        guard count >= 0, count <= bytes.count - offset else { throw Self.damaged("it ends early") }
        if checks != nil, offset < checked.lowerBound || offset + count > checked.upperBound { try check(offset..<offset + count) }
        defer { offset += count }
        return offset
    }

    /// Checks the blocks `range` lies in, and remembers them as checked.
    @inline(never)
    private mutating func check(_ range: Range<Int>) throws(SnapshotError) {
        try checks?.require(range)
        let shift = BlockChecks.blockShift
        checked = (range.lowerBound >> shift) << shift..<min(((range.upperBound + (1 << shift) - 1) >> shift) << shift, bytes.count)
    }

    @inline(__always)
    mutating func byte() throws(SnapshotError) -> UInt8 { bytes[try take(1)] }

    @inline(__always)
    mutating func int32() throws(SnapshotError) -> Int32 {
        Int32(littleEndian: bytes.loadUnaligned(fromByteOffset: try take(4), as: Int32.self))
    }

    @inline(__always)
    mutating func int64() throws(SnapshotError) -> Int64 {
        Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: try take(8), as: Int64.self))
    }

    mutating func uint64() throws(SnapshotError) -> UInt64 {
        UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: try take(8), as: UInt64.self))
    }

    /// A count of things that follow, each taking at least `size` bytes, so a damaged count cannot make
    /// the reader reserve more than the file could hold.
    mutating func count(atLeast size: Int = 1) throws(SnapshotError) -> Int {
        let value = Int(try int32())
        guard value >= 0, value <= (bytes.count - offset) / max(size, 1) else { throw Self.damaged("a count is out of range") }
        return value
    }

    /// A count that is not followed by its items here (a table's size, read before the tables).
    mutating func tableSize() throws(SnapshotError) -> Int {
        let value = Int(try int32())
        guard value >= 0, value <= bytes.count else { throw Self.damaged("a table size is out of range") }
        return value
    }

    /// An index into a table of `limit` entries.
    @inline(__always)
    mutating func index(below limit: Int, _ what: String) throws(SnapshotError) -> Int32 {
        let value = try int32()
        guard value >= 0, Int(value) < limit else { throw Self.damaged("\(what) \(value) of \(limit)") }
        return value
    }

    /// An index into a table of `limit` entries, or nil when -1 was written.
    @inline(__always)
    mutating func optionalIndex(below limit: Int, _ what: String) throws(SnapshotError) -> Int32? {
        let value = try int32()
        if value == -1 { return nil }
        guard value >= 0, Int(value) < limit else { throw Self.damaged("\(what) \(value) of \(limit)") }
        return value
    }

    @inline(__always)
    mutating func range(within limit: Int, _ what: String) throws(SnapshotError) -> Range<Int32> {
        let lower = try int32()
        let upper = try int32()
        guard lower >= 0, lower <= upper, Int(upper) <= limit else { throw Self.damaged("\(what) \(lower)..<\(upper) of \(limit)") }
        return lower..<upper
    }

    mutating func flag() throws(SnapshotError) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw Self.damaged("a flag is neither 0 nor 1")
        }
    }

    /// One of `cases`, written as its position.
    mutating func choice<T>(_ cases: [T], _ what: String) throws(SnapshotError) -> T {
        let value = Int(try byte())
        guard value < cases.count else { throw Self.damaged("\(what) \(value)") }
        return cases[value]
    }

    mutating func string() throws(SnapshotError) -> String {
        let count = try count()
        let start = try take(count)
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<start + count]), as: UTF8.self)
    }

    mutating func optionalString() throws(SnapshotError) -> String? {
        let count = try int32()
        if count == -1 { return nil }
        offset -= 4
        return try string()
    }

    /// Where a table of `count` records lies, each `stride` bytes long as written before them; the reader
    /// goes past them.
    mutating func records(_ count: Int) throws(SnapshotError) -> (start: Int, stride: Int) {
        let stride = Int(try int32())
        guard stride >= 1, count <= remaining / stride else { throw Self.damaged("a table larger than the file") }
        let start = offset
        try move(to: offset + count * stride)
        return (start, stride)
    }

    /// Goes to `offset` of the bytes, which must lie within them.
    mutating func move(to offset: Int) throws(SnapshotError) {
        guard offset >= 0, offset <= bytes.count else { throw Self.damaged("a place outside the file") }
        self.offset = offset
    }

    mutating func blob() throws(SnapshotError) -> [UInt8] {
        let count = try count()
        let start = try take(count)
        return Array(UnsafeRawBufferPointer(rebasing: bytes[start..<start + count]))
    }

    mutating func indexes(below limit: Int, _ what: String) throws(SnapshotError) -> [Int32] {
        let count = try count(atLeast: 4)
        var values: [Int32] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try index(below: limit, what)) }
        return values
    }

    mutating func strings() throws(SnapshotError) -> [String] {
        let count = try count(atLeast: 4)
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try string()) }
        return values
    }

    /// A place in one of the compiled sources, checked against that source's length.
    mutating func location() throws(SnapshotError) -> SourceLocation? {
        let file = try int32()
        if file == -1 { return nil }
        return try limits.location(in: file, Int(try int32()), Int(try int32()))
    }
}

/// The size of every table of a compiled knowledge base, read before the tables so that every index can be
/// checked as it is read.
struct SnapshotLimits {
    /// The identifier the session gives the first compiled text; the others follow it.
    var firstFile: Int32 = 0
    var sourceLengths: [Int] = []
    var parties = 0, assets = 0, sources = 0, agreements = 0, clauses = 0, events = 0, prospects = 0
    var strings = 0, clauseAssets = 0, amounts = 0, instants = 0, conditions = 0
}

extension SnapshotLimits {
    /// The place `start..<end` in compiled source text `file`, checked against that text's length.
    func location(in file: Int32, _ start: Int, _ end: Int) throws(SnapshotError) -> SourceLocation {
        guard file >= 0, Int(file) < sourceLengths.count else { throw SnapshotReader.damaged("source text \(file)") }
        guard start >= 0, start <= end, end <= sourceLengths[Int(file)] else {
            throw SnapshotReader.damaged("a place \(start)..<\(end) outside its source")
        }
        return SourceLocation(file: FileID(file + firstFile), range: ByteRange(start, end))
    }
}
