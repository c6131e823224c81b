@testable import ClauseQuery
import PropertyBased
import Testing

/// The lexer's fast readings agree with their plain definitions: keywords by spelling, and dates.
@Suite struct LexerLookupTests {
    /// Every keyword is found by its spelling, and fits the packed table.
    @Test func everyKeywordIsFoundByItsSpelling() {
        for keyword in Keyword.allCases {
            #expect(keyword.rawValue.utf8.count <= 16, "\(keyword.rawValue) is too long to pack")
            #expect(Keyword.spelled(by: Array(keyword.rawValue.utf8)[...]) == keyword)
        }
    }

    /// Words near a keyword (one letter more, one fewer, one changed, capitalised) are keywords exactly
    /// when they are some keyword's raw value, by the lexer's reading and by name.
    @Test func wordsNearKeywordsAreKeywordsOnlyWhenSpelledExactly() {
        for keyword in Keyword.allCases {
            let word = keyword.rawValue
            var near = [word + "s", word + "x", String(word.dropLast()), String(word.dropFirst()), word.capitalized,
                        word + word, String(repeating: word, count: 3)]
            for index in word.indices {
                var changed = word
                changed.replaceSubrange(index...index, with: "z")
                near.append(changed)
            }
            for text in near {
                #expect(Keyword.spelled(by: Array(text.utf8)[...]) == Keyword(rawValue: text), "\(text)")
                #expect(Keyword.named(text) == Keyword(rawValue: text), "\(text)")
            }
        }
    }

    @Test func randomWordsAreKeywordsOnlyWhenSpelledExactly() async {
        let letters = Array("abcdefghilmnoprstuvwy-".utf8)
        let words = Gen.int(in: 0...(letters.count - 1)).array(of: 0...18)
        await propertyCheck(count: 2_000, input: words) { picks in
            let text = String(decoding: picks.map { letters[$0] }, as: UTF8.self)
            #expect(Keyword.spelled(by: Array(text.utf8)[...]) == Keyword(rawValue: text), "\(text)")
        }
    }

    /// Every text of up to seven characters from `0`, `1`, `2`, `9` and `-` reads as a date exactly when
    /// it is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real year, month and day, and then reads back
    /// as written; otherwise it is refused with a message.
    @Test func datesAreReadExactlyWhenTheyNameADay() {
        let alphabet = Array("0129-".utf8)
        var texts: [[UInt8]] = [[]]
        var checked = 0
        for _ in 1...7 {
            texts = texts.flatMap { text in alphabet.map { text + [$0] } }
            for text in texts {
                let string = String(decoding: text, as: UTF8.self)
                switch CalendarDate.read(text[...]) {
                case .success(let date):
                    #expect(Self.namesADay(string), "\(string)")
                    #expect(date.description == string)
                case .failure(let invalid):
                    #expect(!Self.namesADay(string), "\(string)")
                    #expect(!invalid.message.isEmpty)
                }
                checked += 1
            }
        }
        #expect(checked == 97_655)
        for text in ["2024-02-29", "2023-02-29", "2031-12-31", "2031-12-32", "2031-1-01", "2031-01-1", "2031--01",
                     "2031-01-", "-2031", "2031-01-01-01", "12345-01-01"] {
            let read = try? CalendarDate.read(Array(text.utf8)[...]).get()
            #expect((read != nil) == Self.namesADay(text), "\(text)")
        }
    }

    /// The definition of a written date, by splitting on `-`.
    static func namesADay(_ text: String) -> Bool {
        let fields = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(fields.count), fields.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              fields[0].count == 4, fields.dropFirst().allSatisfy({ $0.count == 2 }),
              let year = Int(fields[0]), year >= 1 else { return false }
        guard fields.count > 1, let month = Int(fields[1]) else { return true }
        guard (1...12).contains(month) else { return false }
        guard fields.count > 2, let day = Int(fields[2]) else { return true }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }
}
