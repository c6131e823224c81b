import Dispatch

extension Checksum {
    /// How many bytes of a compiled file's contents each checksum of a stripe covers.
    static let stripeSize = 16 << 20

    /// The checksum of a compiled file's contents: the XXH64 of the XXH64s of its stripes of `stripe` bytes
    /// (the last one shorter), each written as 8 little-endian bytes. The stripes are read on as many
    /// threads as there are cores; `release`, when given, is called with the ranges of `bytes` read, about
    /// every `every` bytes (a multiple of 32), from whichever thread read them.
    static func striped(_ bytes: UnsafeRawBufferPointer, stripe: Int = stripeSize,
                        releasing release: (@Sendable (Range<Int>) -> Void)? = nil, every: Int = progressStride) -> UInt64 {
        let stripes = max((bytes.count + stripe - 1) / stripe, 1)
        let sums = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: stripes)
        defer { sums.deallocate() }
        let shared = SharedBytes(bytes: bytes, sums: sums)
        let sum: @Sendable (Int) -> Void = { index in
            let start = index * stripe
            let part = UnsafeRawBufferPointer(rebasing: shared.bytes[start..<min(start + stripe, shared.bytes.count)])
            var given = 0
            shared.sums[index] = xxh64(part, progress: release.map { release in
                { read in
                    release(start + given..<start + read)
                    given = read
                }
            }, every: every).littleEndian
            if given < part.count { release?(start + given..<start + part.count) }
        }
        if stripes == 1 { sum(0) } else { DispatchQueue.concurrentPerform(iterations: stripes, execute: sum) }
        return xxh64(UnsafeRawBufferPointer(sums))
    }

    /// The bytes read and the sums written by the threads of `striped`: each thread writes its own sums.
    private struct SharedBytes: @unchecked Sendable {
        let bytes: UnsafeRawBufferPointer
        let sums: UnsafeMutableBufferPointer<UInt64>
    }
}
