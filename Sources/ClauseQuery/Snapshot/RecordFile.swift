/// The bytes of a compiled knowledge base, kept for as long as something reads from them: given in place
/// by whoever keeps them valid (a mapped file), or a copy.
package final class CompiledBytes: @unchecked Sendable {
    /// The whole file, header included.
    let raw: UnsafeRawBufferPointer
    /// Keeps `raw` valid; nil when `raw` is a copy this object owns.
    private let owner: (AnyObject & Sendable)?
    /// Called with ranges of `raw` that have been read and will not be read again soon, so that their memory
    /// can be given back; a later read of them reads them again.
    let release: (@Sendable (Range<Int>) -> Void)?

    /// The bytes `raw`, which `owner` keeps valid as long as it lives and does not change.
    package init(_ raw: UnsafeRawBufferPointer, keptBy owner: AnyObject & Sendable,
                 releasing release: (@Sendable (Range<Int>) -> Void)? = nil) {
        self.raw = raw
        self.owner = owner
        self.release = release
    }

    /// A copy of `bytes`.
    package init(copying bytes: [UInt8]) {
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 16)
        bytes.withUnsafeBytes { copy.copyMemory(from: $0) }
        raw = UnsafeRawBufferPointer(copy)
        owner = nil
        release = nil
    }

    deinit {
        if owner == nil { UnsafeMutableRawBufferPointer(mutating: raw).deallocate() }
    }
}

/// The contents of one compiled knowledge base as its tables read them, record by record.
///
/// Each record is checked as it is read: its block against its checksum when the block is first read, and
/// its fields against the tables they point into. A record that does not read reads as an empty one, and
/// `damage` says why, so that no answer computed from it is given.
final class RecordFile: @unchecked Sendable {
    let bytes: CompiledBytes
    /// The bytes after the header, which offsets count from.
    let contents: UnsafeRawBufferPointer
    let limits: SnapshotLimits
    /// Where the strings of records lie in `contents`.
    let heap: Range<Int>
    let checks: BlockChecks

    init(_ bytes: CompiledBytes, contents: UnsafeRawBufferPointer, limits: SnapshotLimits, heap: Range<Int>, checks: BlockChecks) {
        self.bytes = bytes
        self.contents = contents
        self.limits = limits
        self.heap = heap
        self.checks = checks
    }

    /// Why something could not be read, or nil when everything read so far has read.
    var damage: String? { checks.damage }

    /// What `decode` reads of the record of `size` bytes in a fixed layout at `offset`, or `damaged` when
    /// it cannot.
    @inline(__always)
    func read<T>(at offset: Int, size: Int, or damaged: T, fixed decode: (FixedRecord) throws(SnapshotError) -> T) -> T {
        guard let base = contents.baseAddress, checks.verify(offset..<offset + size) else { return damaged }
        do throws(SnapshotError) {
            return try decode(FixedRecord(base: base + offset, file: self))
        } catch {
            checks.record(error)
            return damaged
        }
    }

    /// What `decode` reads at `offset` as the file's stream is read, or `damaged` when it cannot.
    @inline(__always)
    func read<T>(at offset: Int, or damaged: T, _ decode: (inout SnapshotReader) throws(SnapshotError) -> T) -> T {
        var reader = SnapshotReader(contents, offset: offset, limits: limits, checks: checks)
        do throws(SnapshotError) {
            return try decode(&reader)
        } catch {
            checks.record(error)
            return damaged
        }
    }
}
