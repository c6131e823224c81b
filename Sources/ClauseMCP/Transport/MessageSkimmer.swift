import Foundation

/// Follows the bytes of one JSON-RPC message as they arrive, keeping none of them but what a reply
/// needs: whether the message is an object or a batch, and for each object in it the raw text of its
/// `id` and `method` members and where the `id` is.
///
/// It reads in one pass and in constant memory apart from the envelopes it keeps (at most
/// `maximumEnvelopes`). It does not check that the text is JSON: on text that is not, what it
/// reports is meaningless, and the caller checks the text on its own.
struct MessageSkimmer {
    /// What a whole message is, from its first byte that is not white space.
    enum Shape: Equatable { case object, batch, other }

    /// One object of the message (the message itself, or an element of a batch): the raw text of its
    /// `id` and `method` values, when present and no longer than `maximumValueLength`.
    struct Envelope: Equatable {
        /// The `id` value as written, or nil without one.
        var id: [UInt8]?
        /// The byte offsets of the `id` value in the message.
        var idRange: Range<Int>?
        /// True when the `id` value was longer than `maximumValueLength` (`id` then holds its start).
        var idIsLong = false
        /// The `method` value as written (with its quotes; its start if it is longer than
        /// `maximumValueLength`), or nil without one.
        var method: [UInt8]?

        /// A request: it has a method and an id.
        var isRequest: Bool { method != nil && id != nil }
        /// A response: an id and no method.
        var isResponse: Bool { method == nil && id != nil }
    }

    private enum Container { case object, array }
    private enum Field { case id, method }

    /// A member's value being read: which member, where it starts and ends, and its first bytes.
    private struct Capture {
        var field: Field
        var start: Int?
        var end = 0
        var bytes: [UInt8] = []
        var isLong = false
    }

    static let maximumValueLength = 256
    static let maximumEnvelopes = 10_000

    /// The shape of the message, once its first byte is read.
    private(set) var shape: Shape?
    /// The objects of the message read to their end, in order.
    private(set) var envelopes: [Envelope] = []
    /// True when the message held more than `maximumEnvelopes` objects (the rest are not kept).
    private(set) var hasMoreEnvelopes = false
    /// The object being read, while one is open.
    private(set) var current: Envelope?
    /// Bytes read so far.
    private(set) var offset = 0

    private var depth = 0
    private var outerKinds: (Container?, Container?) = (nil, nil)
    private var inString = false
    private var escaped = false
    private var expectingKey = false
    private var readingKey = false
    private var key: [UInt8] = []
    private var pendingField: Field?
    private var capture: Capture?

    /// True when the first object's `id` and `method` are known for good: it has ended, or both were
    /// read; or the message is not an object.
    var firstEnvelopeIsSettled: Bool {
        guard let shape else { return false }
        guard shape == .object else { return true }
        if !envelopes.isEmpty { return true }
        guard let current else { return false }
        return current.id != nil && current.method != nil
    }

    /// The first object of the message, ended or not.
    var firstEnvelope: Envelope? { envelopes.first ?? current }

    /// Reads `bytes`, the next part of the message. Inside a string that is neither a key nor a
    /// captured value, it skips ahead to the next quote or backslash.
    mutating func read(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress else { return }
        var index = 0
        while index < bytes.count {
            if inString && !escaped && !readingKey && capture == nil {
                let plain = MessageSkimmer.plainLength(base + index, bytes.count - index)
                index += plain
                offset += plain
                if index == bytes.count { break }
            }
            read(bytes[index])
            index += 1
        }
    }

    /// How many bytes from `start` come before the first quote or backslash (all `count` if none).
    private static func plainLength(_ start: UnsafeRawPointer, _ count: Int) -> Int {
        var length = count
        if let quote = memchr(start, Int32(UInt8(ascii: "\"")), count) { length = start.distance(to: UnsafeRawPointer(quote)) }
        if let backslash = memchr(start, Int32(UInt8(ascii: "\\")), length) {
            length = start.distance(to: UnsafeRawPointer(backslash))
        }
        return length
    }

    /// Reads one byte of the message.
    mutating func read(_ byte: UInt8) {
        defer { offset += 1 }
        if inString {
            readInString(byte)
            return
        }
        if capture != nil { capture(byte) }
        switch byte {
        case UInt8(ascii: "\""):
            inString = true
            if depth == 0 && shape == nil { shape = .other }
            if isAtMessageLevel && expectingKey {
                readingKey = true
                expectingKey = false
                key.removeAll(keepingCapacity: true)
            }
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            open(byte == UInt8(ascii: "{") ? .object : .array)
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
            if isAtMessageLevel, let envelope = current {
                keep(envelope)
                current = nil
            }
            depth = max(0, depth - 1)
        case UInt8(ascii: ","):
            if isAtMessageLevel { expectingKey = true }
        case UInt8(ascii: ":"):
            if isAtMessageLevel, let field = pendingField {
                capture = Capture(field: field)
            }
            pendingField = nil
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
            break
        default:
            if depth == 0 && shape == nil { shape = .other }
        }
    }

    private mutating func readInString(_ byte: UInt8) {
        if capture != nil { capture(byte) }
        if escaped {
            escaped = false
        } else if byte == UInt8(ascii: "\\") {
            escaped = true
        } else if byte == UInt8(ascii: "\"") {
            inString = false
            if readingKey {
                readingKey = false
                pendingField = key == MessageSkimmer.idKey ? .id : key == MessageSkimmer.methodKey ? .method : nil
            }
            return
        }
        if readingKey, key.count <= MessageSkimmer.methodKey.count { key.append(byte) }
    }

    private static let idKey = Array("id".utf8)
    private static let methodKey = Array("method".utf8)

    /// Adds `byte` to the value being captured, or ends the capture when it ends the value.
    private mutating func capture(_ byte: UInt8) {
        guard var value = capture else { return }
        let endsValue = !inString && isAtMessageLevel && (byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}"))
        if endsValue {
            finish(value)
            return
        }
        let isSpace = !inString && (byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D)
        if value.start == nil {
            if isSpace { return }
            value.start = offset
        }
        if !isSpace { value.end = offset + 1 }
        if value.bytes.count < MessageSkimmer.maximumValueLength {
            value.bytes.append(byte)
        } else {
            value.isLong = true
        }
        capture = value
    }

    private mutating func finish(_ value: Capture) {
        capture = nil
        guard let start = value.start, current != nil else { return }
        let text = Array(value.bytes.prefix(value.end - start))
        switch value.field {
        case .id:
            current?.id = text
            current?.idRange = start..<value.end
            current?.idIsLong = value.isLong
        case .method:
            current?.method = text
        }
    }

    private mutating func open(_ kind: Container) {
        depth += 1
        if depth == 1 {
            outerKinds.0 = kind
            if shape == nil { shape = kind == .object ? .object : .batch }
        } else if depth == 2 {
            outerKinds.1 = kind
        }
        if isAtMessageLevel {
            current = Envelope()
            expectingKey = true
        }
    }

    private mutating func keep(_ envelope: Envelope) {
        if envelopes.count < MessageSkimmer.maximumEnvelopes {
            envelopes.append(envelope)
        } else {
            hasMoreEnvelopes = true
        }
    }

    /// Inside the message's own object, or inside an object that is an element of a batch.
    private var isAtMessageLevel: Bool {
        switch depth {
        case 1: return shape == .object && outerKinds.0 == .object
        case 2: return shape == .batch && outerKinds.1 == .object
        default: return false
        }
    }
}
