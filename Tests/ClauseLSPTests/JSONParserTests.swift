@testable import ClauseLSP
import Foundation
import PropertyBased
import Testing

/// The protocol's JSON reader takes exactly the JSON standard, as the decoder it replaces did.
@Suite struct JSONParserTests {
    static func parse(_ text: String) -> JSON? { JSON(parsing: Array(text.utf8)) }

    @Test func readsEveryKindOfValue() {
        #expect(JSONParserTests.parse(#" {"a": [1, -2.5, 3e2, true, false, null, "x\n\u00e9\ud83c\udf89\/"], "b": {}} "#)
            == .object(["a": .array([.integer(1), .number(-2.5), .number(300), .bool(true), .bool(false), .null,
                                     .string("x\né🎉/")]), "b": .object([:])]))
        #expect(JSONParserTests.parse("9223372036854775807") == .integer(Int64.max))
        #expect(JSONParserTests.parse("9223372036854775808") == .number(9223372036854775808))
        #expect(JSONParserTests.parse("-0") == .integer(0))
        #expect(JSONParserTests.parse("1e30") == .number(1e30))
        #expect(JSONParserTests.parse(#""\u0000""#) == .string("\u{0}"))
        #expect(JSONParserTests.parse("[]") == .array([]))
    }

    @Test func refusesWhatIsNotJSON() {
        let refused = ["", " ", "[1,]", "{\"a\":1,}", "01", "1.", ".5", "-", "1e", "+1", "NaN", "Infinity", "1e400",
                       "tru", "nul", "[1 2]", "{\"a\" 1}", "{1: 2}", "\"a", "\"\\x\"", "\"\\u12\"", "\"\\ud800\"",
                       "\"\\udc00\"", "\"\\ud800\\u0041\"", "\"a\tb\"", "[1] x", "'a'", "// c\n1"]
        for text in refused {
            #expect(JSONParserTests.parse(text) == nil, "\(text.debugDescription) was read")
        }
        #expect(JSON(parsing: [0x22, 0xFF, 0x22]) == nil, "invalid UTF-8 in a string was read")
        #expect(JSON(parsing: [0x22, 0xC3, 0x22]) == nil, "a cut UTF-8 sequence in a string was read")
    }

    /// Checking without building the value accepts exactly what reading it accepts.
    @Test func checkingAgreesWithReading() async {
        let pieces = ["{", "}", "[", "]", ",", ":", "\"a\"", "\"\\u00e9\"", "\"\\ud83c\"", "1", "-0", "2.5", "1e400",
                      "true", "null", " ", "\"\t\"", "x", "\"", "\\"]
        await propertyCheck(count: 2000, input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...12)) { picks in
            let bytes = Array(picks.map { pieces[$0] }.joined().utf8)
            #expect(JSONParser.isJSON(bytes) == (JSONParser.parse(bytes) != nil), "\(String(decoding: bytes, as: UTF8.self))")
        }
        let deep = String(repeating: "[", count: JSONParser.maximumDepth + 1) + String(repeating: "]", count: JSONParser.maximumDepth + 1)
        #expect(!JSONParser.isJSON(Array(deep.utf8)))
        #expect(JSONParser.isJSON(Array(#"{"a": [1, {"b": "c"}], "d": null}"#.utf8)))
    }

    @Test func nestingIsBoundedNotRecursedWithoutLimit() {
        let deep = String(repeating: "[", count: JSONParser.maximumDepth) + String(repeating: "]", count: JSONParser.maximumDepth)
        #expect(JSONParserTests.parse(deep) != nil)
        #expect(JSONParserTests.parse("[" + deep + "]") == nil)
        #expect(JSONParserTests.parse(String(repeating: "{\"a\":", count: 100_000)) == nil)
    }

    /// True when `text` has a comma just before a closing bracket or brace, spaces between: JSON has
    /// none, Foundation's decoder accepts them, this reader refuses them.
    static func hasTrailingComma(_ text: String) -> Bool {
        text.range(of: #",[ \n]*[\]}]"#, options: .regularExpression) != nil
    }

    /// Any text made of JSON's pieces is read as Foundation's decoder reads it (or refused by both),
    /// but for trailing commas, which only Foundation's decoder takes.
    @Test func agreesWithFoundationsDecoder() async {
        let pieces = ["{", "}", "[", "]", ",", ":", "\"a\"", "\"\\u00e9\"", "\"\\ud83c\\udf89\"", "\"\\ud83c\"", "1", "-0",
                      "2.5", "1e3", "1E-2", "12345678901234567890", "true", "false", "null", " ", "\n", "\"é\"", "x"]
        await propertyCheck(count: 2000, input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...12)) { picks in
            let text = picks.map { pieces[$0] }.joined()
            let ours = JSONParserTests.parse(text)
            let foundation = try? JSONDecoder().decode(JSON.self, from: Data(text.utf8))
            if JSONParserTests.hasTrailingComma(text) {
                #expect(ours == nil, "\(text.debugDescription) was read")
            } else {
                #expect(ours == foundation, "\(text.debugDescription): \(String(describing: ours)) and \(String(describing: foundation))")
            }
        }
    }

    /// What the server writes it reads back.
    @Test func readsWhatItWrites() async {
        await propertyCheck(count: 500, input: Gen.int(in: -1_000_000...1_000_000).array(of: 0...8)) { numbers in
            let value = JSON.object(["numbers": .array(numbers.map { .number(Double($0) / 8) }),
                                     "text": .string(numbers.map { String(UnicodeScalar(UInt8(abs($0) % 128))) }.joined())])
            #expect(JSON(parsing: value.serialized()) == value)
        }
    }
}
