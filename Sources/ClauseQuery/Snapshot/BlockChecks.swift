import Dispatch
import Synchronization

/// The checksums of the blocks of a compiled file's contents, each checked the first time something reads
/// from its block, so that opening a file does not read all of it, and a question reads only the blocks it
/// needs, each once.
///
/// A block that does not match its checksum is never read: what was to be read from it reads as damaged,
/// and `damage` says why, so that no answer computed from it is given.
final class BlockChecks: @unchecked Sendable {
    /// Blocks are 4,096 bytes (the last one shorter): a page, so that checking one reads no more than
    /// reading from it does.
    static let blockShift = 12
    static var blockSize: Int { 1 << blockShift }

    /// The number of blocks of `length` bytes of contents.
    static func blocks(of length: Int) -> Int { (length + blockSize - 1) >> blockShift }

    /// The checksum of each block: the XXH64 of its bytes, worked out on every core.
    static func sums(of contents: UnsafeRawBufferPointer) -> [UInt64] {
        var sums = [UInt64](repeating: 0, count: blocks(of: contents.count))
        sums.withUnsafeMutableBufferPointer { buffer in
            let shared = SharedSums(contents: contents, sums: buffer)
            inParts(buffer.count) { blocks in
                for block in blocks { shared.sums[block] = Checksum.xxh64(shared.block(block)) }
            }
        }
        return sums
    }

    /// Calls `body` with runs of the blocks `0..<count` that together cover them, on every core.
    private static func inParts(_ count: Int, _ body: @Sendable (Range<Int>) -> Void) {
        let parts = max(min(count / 256, 16), 1)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            body(count * part / parts..<count * (part + 1) / parts)
        }
    }

    /// What is said of a block that does not match its checksum.
    static func mismatch(_ block: Int, of length: Int) -> SnapshotError {
        let start = block << blockShift, header = CompiledKnowledge.headerSize
        return SnapshotReader.damaged("its bytes \(header + start)..<\(header + min(start + blockSize, length)) do not match "
                                      + "their checksum")
    }

    /// The name the file was opened by, for what is said of it.
    let name: String
    let contents: UnsafeRawBufferPointer
    /// The checksums, as written after the contents: 8 little-endian bytes per block.
    private let sums: UnsafeRawBufferPointer
    /// One bit per block, set once the block is found to match its checksum.
    private let checked: UnsafeMutablePointer<Atomic<UInt64>>
    private let words: Int
    private let firstDamage = Mutex<String?>(nil)

    /// The blocks of `contents`, whose checksums are `sums`, which must hold one per block.
    init(name: String, contents: UnsafeRawBufferPointer, sums: UnsafeRawBufferPointer) {
        self.name = name
        self.contents = contents
        self.sums = sums
        words = (Self.blocks(of: contents.count) + 63) / 64
        checked = .allocate(capacity: max(words, 1))
        for word in 0..<max(words, 1) { (checked + word).initialize(to: Atomic(0)) }
    }

    deinit {
        checked.deinitialize(count: max(words, 1))
        checked.deallocate()
    }

    /// Why something could not be read, or nil when everything read so far has read.
    var damage: String? { firstDamage.withLock { $0 } }

    /// Records the first reason something could not be read.
    func record(_ error: SnapshotError) {
        firstDamage.withLock { if $0 == nil { $0 = error.message } }
    }

    /// True when the blocks `range` of the contents lies in match their checksums, checking those not
    /// checked yet; false, with the reason recorded, when one does not or the range is outside the contents.
    @inline(__always)
    func verify(_ range: Range<Int>) -> Bool {
        guard range.lowerBound >= 0, range.upperBound <= contents.count else {
            record(SnapshotReader.damaged("a place outside the file"))
            return false
        }
        guard !range.isEmpty else { return true }
        var block = range.lowerBound >> Self.blockShift
        let last = (range.upperBound - 1) >> Self.blockShift
        while block <= last {
            let bit = UInt64(1) << UInt64(block & 63)
            if checked[block >> 6].load(ordering: .relaxed) & bit == 0, !check(block) { return false }
            block += 1
        }
        return true
    }

    /// As `verify`, throwing the reason instead.
    @inline(__always)
    func require(_ range: Range<Int>) throws(SnapshotError) {
        guard verify(range) else { throw SnapshotError(message: damage ?? "it is damaged") }
    }

    /// Checks every block not checked yet, on every core; the first block that does not match, or nil.
    func verifyAll() -> Int? {
        let firstBad = Mutex<Int?>(nil)
        Self.inParts(Self.blocks(of: contents.count)) { blocks in
            for block in blocks where !verify(block << Self.blockShift..<(block << Self.blockShift) + 1) {
                firstBad.withLock { $0 = min($0 ?? block, block) }
                return
            }
        }
        return firstBad.withLock { $0 }
    }

    @inline(never)
    private func check(_ block: Int) -> Bool {
        let start = block << Self.blockShift
        let bytes = UnsafeRawBufferPointer(rebasing: contents[start..<min(start + Self.blockSize, contents.count)])
        let expected = UInt64(littleEndian: sums.loadUnaligned(fromByteOffset: block * 8, as: UInt64.self))
        guard Checksum.xxh64(bytes) == expected else {
            record(Self.mismatch(block, of: contents.count))
            return false
        }
        checked[block >> 6].bitwiseOr(UInt64(1) << UInt64(block & 63), ordering: .relaxed)
        return true
    }

    /// The contents and the sums the threads of `sums(of:)` write, each its own blocks.
    private struct SharedSums: @unchecked Sendable {
        let contents: UnsafeRawBufferPointer
        let sums: UnsafeMutableBufferPointer<UInt64>

        func block(_ block: Int) -> UnsafeRawBufferPointer {
            let start = block << BlockChecks.blockShift
            return UnsafeRawBufferPointer(rebasing: contents[start..<min(start + BlockChecks.blockSize, contents.count)])
        }
    }
}
