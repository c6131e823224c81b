/// Appends the fields of a compiled knowledge base: fixed-width little-endian integers, and strings and
/// lists prefixed by their length.
struct SnapshotWriter {
    private(set) var bytes: [UInt8] = []
    /// Where strings go while records are written: each string is then written as its place there.
    var heap: [UInt8]?

    init() {}

    /// A writer whose first bytes are room for a compiled file's header, filled in by `CompiledKnowledge.sealed`.
    init(reservingHeader: Bool) {
        if reservingHeader { bytes = [UInt8](repeating: 0, count: CompiledKnowledge.headerSize) }
    }

    mutating func append(_ contents: [UInt8]) { bytes.append(contentsOf: contents) }

    /// The bytes written, leaving the writer empty, so that whoever takes them holds the only copy.
    mutating func takeBytes() -> [UInt8] {
        defer { bytes = [] }
        return bytes
    }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func int32(_ value: Int32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func int64(_ value: Int64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func uint64(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func count(_ value: Int) { int32(Int32(clamping: value)) }

    /// An index, or -1 for none.
    mutating func index(_ value: Int32?) { int32(value ?? -1) }

    mutating func range(_ value: Range<Int32>) {
        int32(value.lowerBound)
        int32(value.upperBound)
    }

    mutating func flag(_ value: Bool) { byte(value ? 1 : 0) }

    mutating func string(_ value: String) {
        if heap != nil { return optionalString(value) }
        count(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    /// A string, or a length of -1 for none.
    mutating func optionalString(_ value: String?) {
        guard heap != nil else {
            if let value { string(value) } else { int32(-1) }
            return
        }
        guard let value else {
            int64(0)
            return int32(-1)
        }
        int64(Int64(heap?.count ?? 0))
        count(value.utf8.count)
        heap?.append(contentsOf: value.utf8)
    }

    /// `items` as records of one size, the largest one's, after that size, each written by `write`; the
    /// strings in them go to `heap`, where each record's are written as their place.
    mutating func records<Items: Sequence>(_ items: Items, heap: inout [UInt8],
                                           _ write: (inout SnapshotWriter, Items.Element) -> Void) {
        var encoded = SnapshotWriter()
        encoded.heap = heap
        heap = []
        var ends: [Int] = []
        var stride = 1
        for item in items {
            write(&encoded, item)
            stride = max(stride, encoded.bytes.count - (ends.last ?? 0))
            ends.append(encoded.bytes.count)
        }
        heap = encoded.heap ?? []
        int32(Int32(stride))
        bytes.reserveCapacity(bytes.count + ends.count * stride)
        var start = 0
        for end in ends {
            bytes.append(contentsOf: encoded.bytes[start..<end])
            bytes.append(contentsOf: repeatElement(0, count: stride - (end - start)))
            start = end
        }
    }

    mutating func blob(_ value: [UInt8]) {
        count(value.count)
        bytes.append(contentsOf: value)
    }

    mutating func indexes(_ values: [Int32]) {
        count(values.count)
        for value in values { int32(value) }
    }

    mutating func strings(_ values: [String]) {
        count(values.count)
        for value in values { string(value) }
    }

    mutating func location(_ value: SourceLocation?) {
        guard let value else { return int32(-1) }
        int32(value.file.rawValue)
        count(value.range.start)
        count(value.range.end)
    }
}
