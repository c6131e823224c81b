/// A half-open range of byte offsets into one source text.
public struct ByteRange: Hashable, Sendable, Codable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    public var length: Int { end - start }

    /// The smallest range covering both.
    public func union(_ other: ByteRange) -> ByteRange {
        ByteRange(min(start, other.start), max(end, other.end))
    }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
}

/// A byte range in a particular source text of a `SourceSet`.
public struct SourceLocation: Hashable, Sendable {
    public var file: FileID
    public var range: ByteRange

    public init(file: FileID, range: ByteRange) {
        self.file = file
        self.range = range
    }
}

/// Identifies one source text within a `SourceSet`.
public struct FileID: Hashable, Sendable, Comparable {
    public let rawValue: Int32
    public init(_ rawValue: Int32) { self.rawValue = rawValue }
    public static func < (a: FileID, b: FileID) -> Bool { a.rawValue < b.rawValue }
}
