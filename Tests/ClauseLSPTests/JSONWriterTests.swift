@testable import ClauseLSP
import Foundation
import PropertyBased
import Testing

/// The protocol's JSON writer writes, byte for byte, what Foundation's encoder wrote before it.
@Suite struct JSONWriterTests {
    /// The text Foundation's encoder writes for a value, as the server wrote every message before.
    static func foundation<T: Encodable>(_ value: T) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { [UInt8]($0) } ?? Array("null".utf8)
    }

    static let strings = ["", "a", "B", "a10", "a9", "aB", "ab", "_", "é", "e", "🎉", "/", "http://x/y", "\"", "\\",
                          "\n", "\r\n", "\t", "\u{0}", "\u{1}", "\u{8}", "\u{c}", "\u{b}", "\u{1f}", "\u{7f}", "\u{2028}",
                          "a \"quoted\" \\ word", "line\nbreak"]
    static let numbers: [Double] = [0, -0.0, 1, -1, 1.5, -2.25, 0.1, 1e-7, 1e15, -1e15, 999_999_999_999_999,
                                    123_456_789_012_345.5, 2.5e15, 1e16, 1e20, 1.7976931348623157e308, 5e-324]
    static let integers: [Int64] = [0, 1, -1, 42, 1_000_000, Int64.max, Int64.min]

    /// A value built from `picks`, each pick choosing a kind of value or one of its pieces.
    static func value(_ picks: inout ArraySlice<Int>, depth: Int = 0) -> JSON {
        guard let pick = picks.popFirst() else { return .null }
        let piece = picks.popFirst() ?? 0
        switch pick % (depth < 3 ? 8 : 6) {
        case 0: return .null
        case 1: return .bool(piece % 2 == 0)
        case 2: return .integer(integers[piece % integers.count])
        case 3: return .number(numbers[piece % numbers.count])
        case 4: return .string(strings[piece % strings.count])
        case 5: return .string(strings[piece % strings.count] + strings[(piece / 7) % strings.count])
        case 6: return .array((0..<(piece % 4)).map { _ in value(&picks, depth: depth + 1) })
        default:
            var members: [String: JSON] = [:]
            for _ in 0..<(piece % 5) {
                let key = strings[(picks.popFirst() ?? 0) % strings.count]
                members[key] = value(&picks, depth: depth + 1)
            }
            return .object(members)
        }
    }

    @Test func writesWhatFoundationsEncoderWrote() async {
        await propertyCheck(count: 3000, input: Gen.int(in: 0...1000).array(of: 0...60)) { picks in
            var rest = picks[...]
            let value = JSONWriterTests.value(&rest)
            let ours = value.serialized()
            let theirs = JSONWriterTests.foundation(value)
            #expect(ours == theirs, "\(value): \(String(decoding: ours, as: UTF8.self)) and \(String(decoding: theirs, as: UTF8.self))")
        }
    }

    @Test func writesEachKindOfValue() {
        let value = JSON.object(["b": .array([.integer(-12), .number(2.5), .number(3), .number(1e20), .bool(true), .null]),
                                 "a": .string("x/\"\\\n\u{1}é"), "B": .object([:])])
        #expect(String(decoding: value.serialized(), as: UTF8.self)
            == #"{"B":{},"a":"x/\"\\\n\u0001é","b":[-12,2.5,3,1e+20,true,null]}"#)
    }

    /// A number that is not finite has no JSON text: the message is `null`, as the encoder's failure made it.
    @Test func aNumberThatIsNotFiniteMakesTheMessageNull() {
        #expect(JSON.object(["a": .array([.number(1), .number(.nan)])]).serialized() == Array("null".utf8))
        #expect(JSON.number(-.infinity).serialized() == Array("null".utf8))
        #expect(JSONWriter.write(.array([.number(.infinity)])) == nil)
    }

    /// Symbols written straight to text are the text the encoder wrote for them.
    @Test func symbolsAreWrittenAsTheEncoderWroteThem() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...1000).array(of: 0...40)) { picks in
            var rest = picks[...]
            let symbols = JSONWriterTests.symbols(&rest, depth: 0)
            var writer = JSONWriter()
            writer.append(symbols)
            #expect(writer.bytes == JSONWriterTests.foundation(symbols), "\(symbols)")
        }
    }

    /// A cursor writes integers as Swift prints them, strings as the writer escapes them, and each
    /// within the room it was given.
    @Test func aCursorWritesAsTheWriterDoes() {
        let numbers: [Int64] = [0, 1, 9, 10, 99, 100, 12_345, -1, -10, Int64(Int32.max), Int64(Int32.min),
                                999_999_999_999_999_999, .max, .min]
        let texts = ["", "a", "\"quoted\"", "back\\slash", "line\nbreak\r\t", "\u{1}\u{1F}\u{8}\u{C}", "é—🎉", "\u{7F}"]
        for number in numbers {
            var written = JSONWriter()
            written.append(room: ByteCursor.integerRoom) { $0.integer(number) }
            #expect(written.bytes == Array(String(number).utf8), "\(number)")
            #expect(written.bytes.count <= ByteCursor.integerRoom)
        }
        for text in texts + [String(repeating: "\u{0}", count: 50)] {
            var writer = JSONWriter()
            writer.append(string: text)
            var written = JSONWriter()
            written.append(room: ByteCursor.room(forString: text)) { $0.string(text) }
            #expect(written.bytes == writer.bytes, "\(text.debugDescription)")
            #expect(written.bytes.count <= ByteCursor.room(forString: text))
        }
        let widest = TextRange(start: Position(line: .min, character: .min), end: Position(line: .min, character: .min))
        var range = JSONWriter()
        range.append(room: ByteCursor.rangeRoom) { $0.range(widest) }
        #expect(range.bytes.count <= ByteCursor.rangeRoom)
        var position = JSONWriter()
        position.append(room: ByteCursor.positionRoom) { $0.position(widest.start) }
        #expect(position.bytes.count <= ByteCursor.positionRoom)
    }

    static func symbols(_ picks: inout ArraySlice<Int>, depth: Int) -> [DocumentSymbol] {
        (0..<((picks.popFirst() ?? 0) % 3)).map { _ in
            let pick = picks.popFirst() ?? 0
            func position() -> Position {
                Position(line: (picks.popFirst() ?? 0) * 1_000_003, character: picks.popFirst() ?? 0)
            }
            let range = TextRange(start: position(), end: position())
            return DocumentSymbol(name: strings[pick % strings.count],
                                  detail: pick % 3 == 0 ? nil : strings[(pick / 3) % strings.count],
                                  kind: pick % 26, range: range, selectionRange: TextRange(start: range.end, end: position()),
                                  children: depth < 2 && pick % 2 == 0 ? symbols(&picks, depth: depth + 1) : nil)
        }
    }
}
