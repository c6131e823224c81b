/// Appends the fields of a compiled knowledge base: fixed-width little-endian integers, and strings and
/// lists prefixed by their length.
struct SnapshotWriter {
    private(set) var bytes: [UInt8] = []

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
        count(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    /// A string, or a length of -1 for none.
    mutating func optionalString(_ value: String?) {
        if let value { string(value) } else { int32(-1) }
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
