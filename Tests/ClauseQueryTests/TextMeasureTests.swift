@testable import ClauseQuery
import Foundation
import PropertyBased
import Testing

/// The shortcuts of rendering give what the general code gives: a table's width of a text is its
/// number of characters, and a date is written as year, month and day padded with zeros.
@Suite struct TextMeasureTests {
    static let pieces = ["a", "Z", " ", "-", "\r\n", "\r", "\n", "é", "e\u{301}", "—", "🎉", "👍🏽", "\t", "\u{1B}", "1",
                         "\u{7F}", "\u{85}", "\u{9F}", "\u{A0}", "\0"]

    @Test func aTextsWidthIsItsNumberOfCharacters() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...(TextMeasureTests.pieces.count - 1)).array(of: 0...12)) { picks in
            let text = picks.map { TextMeasureTests.pieces[$0] }.joined()
            #expect(text.displayWidth == text.count, "\(Array(text.unicodeScalars))")
            let inner = text.dropFirst()
            #expect(inner.displayWidth == inner.count, "\(Array(inner.unicodeScalars))")
        }
    }

    /// A table cell is escaped and measured in one pass where it can be: the same text and width as
    /// escaping, then measuring.
    @Test func aCellIsEscapedAndMeasuredAsEachStepWould() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...(TextMeasureTests.pieces.count - 1)).array(of: 0...12)) { picks in
            let text = picks.map { TextMeasureTests.pieces[$0] }.joined()
            let (cell, width) = text.escapedForTable
            #expect(cell == text.controlsEscaped, "\(Array(text.unicodeScalars))")
            #expect(width == text.controlsEscaped.count, "\(Array(text.unicodeScalars))")
        }
    }

    /// A string in JSON is copied in runs between the bytes to escape: the same text as escaping it
    /// character by character, and read back as it was.
    @Test func aJSONStringIsEscapedAsCharacterByCharacter() async throws {
        func reference(_ text: String) -> String {
            var output = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": output += "\\\""
                case "\\": output += "\\\\"
                case "\n": output += "\\n"
                case "\r": output += "\\r"
                case "\t": output += "\\t"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: output.unicodeScalars.append(scalar)
                }
            }
            return output + "\""
        }
        let pieces = TextMeasureTests.pieces + ["\"", "\\", "\\\"", "\u{1F}", "x\"y"]
        await propertyCheck(count: 300, input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...12)) { picks in
            let text = picks.map { pieces[$0] }.joined()
            let written = JSONValue.string(text).serialized()
            #expect(written == reference(text), "\(Array(text.unicodeScalars))")
            let read = try? JSONSerialization.jsonObject(with: Data(written.utf8), options: .fragmentsAllowed) as? String
            #expect(read == text, "\(Array(text.unicodeScalars))")
        }
    }

    /// A diagnostic on a long line shows the same excerpt whether the line is read only around the caret
    /// or whole: wide characters, escaped controls and tabs, the caret anywhere, ranges of any length.
    @Test func anExcerptOfALongLineIsTheWholeLinesExcerpt() async {
        let pieces = ["a", "b c", "\t", "\u{1B}", "é", "🎉", "🎉🎉🎉", "\u{85}", "—", "0123456789"]
        let input = zip(Gen.int(in: 0...(pieces.count - 1)).array(of: 0...400), Gen.int(in: 0...100_000),
                        Gen.int(in: 0...300), Gen.int(in: 4...40), Gen.bool)
        await propertyCheck(count: 300, input: input) { picks, at, length, width, nearTheEnd in
            let line = picks.map { pieces[$0] }.joined()
            let bytes = Array(("before\n" + line + "\nafter\n").utf8)
            // A start on a character's first byte within the line, or at its end; half of them among the
            // last few characters, where the stretch shown reaches furthest back.
            let size = line.utf8.count
            var start = 7 + (nearTheEnd ? max(0, size - at % 60) : at % (size + 1))
            while start < bytes.count, bytes[start] & 0xC0 == 0x80 { start += 1 }
            let range = ByteRange(start, min(bytes.count, start + length))
            let text = SourceText(name: "long.clq", bytes: bytes)
            var cut = DiagnosticRenderer(color: false)
            cut.maximumLineWidth = width
            var whole = cut
            whole.readsWholeLines = true
            #expect(cut.excerpt(text, range) == whole.excerpt(text, range), "\(Array(line.unicodeScalars)) at \(start)")
        }
    }

    @Test func aDateIsWrittenWithZerosToItsPrecision() {
        func written(_ date: CalendarDate) -> String {
            let year = String(repeating: "0", count: max(0, 4 - String(date.year).count)) + String(date.year)
            func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
            switch date.precision {
            case .year: return year
            case .month: return "\(year)-\(two(date.month))"
            case .day: return "\(year)-\(two(date.month))-\(two(date.day))"
            }
        }
        for year in [1, 9, 10, 99, 100, 999, 1000, 2031, 9999] {
            for month in 0...12 {
                for day in month == 0 ? [0] : [0, 1, 9, 10, 28, CalendarDate.daysIn(month: month, year: year)] {
                    guard let date = CalendarDate(year: year, month: month, day: day) else {
                        Issue.record("\(year)-\(month)-\(day) is a date")
                        continue
                    }
                    #expect(date.description == written(date))
                }
            }
        }
        #expect(CalendarDate(year: 7, month: 3, day: 4)?.description == "0007-03-04")
    }

    /// A copy of a name index keeps what the index held when it was copied, whatever is added to either.
    @Test func aCopiedNameIndexIsAValue() {
        var original = NameIndex()
        _ = original.addIdentifier("Alpha", for: 0)
        var copy = original
        _ = copy.addIdentifier("Beta", for: 1)
        copy.addName("Gamma Inc", for: 0)
        _ = original.addIdentifier("Delta", for: 2)
        #expect(original.resolve("Beta") == .missing)
        #expect(original.resolve("gamma inc") == .missing)
        #expect(original.resolve("delta") == .found(2))
        #expect(copy.resolve("beta") == .found(1))
        #expect(copy.resolve("Gamma Inc") == .found(0))
        #expect(copy.resolve("Delta") == .missing)
        #expect(original != copy)
        #expect(original.spellings == ["Alpha", "Delta"])
        #expect(copy.spellings == ["Alpha", "Beta", "Gamma Inc"])
    }
}
