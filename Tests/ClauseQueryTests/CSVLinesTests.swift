@testable import ClauseQuery
import PropertyBased
import Testing

/// CSV lines as they are written: quoted exactly when RFC 4180 needs it.
@Suite struct CSVLinesTests {
    /// What `needsQuotes` looks for eight bytes at a time, byte by byte.
    static func holdsSpecial(_ bytes: [UInt8]) -> Bool {
        bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
    }

    /// Every length up to three words, with each special byte (and its neighbours, which must not count)
    /// at every position.
    @Test func aCellNeedsQuotesExactlyWhenItHoldsACommaAQuoteOrALineBreak() {
        for length in 0...24 {
            for byte: UInt8 in [0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x21, 0x22, 0x23, 0x2B, 0x2C, 0x2D, 0x80, 0xAC, 0xFF] {
                for position in 0..<max(length, 1) {
                    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    if length > 0 { bytes[position] = byte }
                    let found = bytes.withUnsafeBufferPointer { CSVLines.needsQuotes($0) }
                    #expect(found == Self.holdsSpecial(bytes), "\(bytes)")
                }
            }
        }
    }

    @Test func aCellNeedsQuotesAsItsBytesSay() async {
        let bytes = Gen.int(in: 0...255).map { UInt8($0) }.array(of: 0...40)
        await propertyCheck(count: 500, input: bytes) { bytes in
            let found = bytes.withUnsafeBufferPointer { CSVLines.needsQuotes($0) }
            #expect(found == Self.holdsSpecial(bytes))
        }
    }

    @Test func aQuotedCellHasItsQuotesDoubled() {
        let lines = CSVLines(capacity: 0)
        for cell in ["plain", "a, b", "say \"no\"", "", nil, "two\nlines", "ünïcödé"] { lines.add(cell) }
        lines.endLine()
        lines.add(date: CalendarDate(year: 2026, month: 4, day: 28))
        lines.add(date: CalendarDate(year: 2031))
        lines.add(date: nil)
        lines.add(encoded: CSVLines.encoded("x,y"))
        lines.endLine()
        #expect(CSVLines.text(of: [lines])
                == "plain,\"a, b\",\"say \"\"no\"\"\",,,\"two\nlines\",ünïcödé\r\n2026-04-28,2031,,\"x,y\"\r\n")
    }
}
