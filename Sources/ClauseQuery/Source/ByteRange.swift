/// A half-open range of byte offsets into one source text.
///
/// Stored in 32 bits each: sources are limited to `maximumSourceSize` (256 MiB), far below 2 GiB, and
/// every token and syntax node carries a range, so the small size matters on large inputs.
public struct ByteRange: Hashable, Sendable, Codable, CustomDebugStringConvertible {
    private var lower: Int32
    private var upper: Int32

    /// The offset of the first byte covered, from 0.
    public var start: Int {
        get { Int(lower) }
        set { lower = ByteRange.clamp(newValue) }
    }

    /// The offset just past the last byte covered; never less than `start`.
    public var end: Int {
        get { Int(upper) }
        set { upper = ByteRange.clamp(newValue) }
    }

    /// The bytes from `start` up to but not including `end`; an `end` before `start` gives an empty range at `start`.
    public init(_ start: Int, _ end: Int) {
        lower = ByteRange.clamp(start)
        upper = ByteRange.clamp(max(start, end))
    }

    private static func clamp(_ offset: Int) -> Int32 { Int32(clamping: offset) }

    /// `ByteRange(start: 3, end: 9)`.
    public var debugDescription: String { "ByteRange(start: \(start), end: \(end))" }

    private enum CodingKeys: String, CodingKey { case start, end }

    /// Decodes `{"start": …, "end": …}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(try container.decode(Int.self, forKey: .start), try container.decode(Int.self, forKey: .end))
    }

    /// Encodes `{"start": …, "end": …}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
    }

    /// The number of bytes covered.
    public var length: Int { end - start }

    /// The smallest range covering both.
    package func union(_ other: ByteRange) -> ByteRange {
        ByteRange(min(start, other.start), max(end, other.end))
    }

    /// True when `offset` lies in the range: at or after `start` and before `end`.
    package func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
}

/// A byte range in a particular source text of a `SourceSet`.
public struct SourceLocation: Hashable, Sendable {
    /// The source text within the set.
    public var file: FileID
    /// The bytes covered in that text.
    public var range: ByteRange

    /// The bytes `range` of the source text `file`.
    public init(file: FileID, range: ByteRange) {
        self.file = file
        self.range = range
    }
}

/// Identifies one source text within a `SourceSet`.
public struct FileID: Hashable, Sendable, Comparable {
    /// The text's position, from 0, in the order texts were added to the set.
    public let rawValue: Int32
    /// The identifier of the text at position `rawValue`.
    public init(_ rawValue: Int32) { self.rawValue = rawValue }
    /// Orders by position, that is by when the texts were added.
    public static func < (a: FileID, b: FileID) -> Bool { a.rawValue < b.rawValue }
}
