import Foundation
import Testing

/// The front end gives timelines what the core may not read itself: today, the width and the character set.
@Suite struct TimelineCommandTests {
    /// Today's date in local time, as clq reads it, YYYY-MM-DD.
    static var localToday: String {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    @Test func todayIsTheSystemDateUnlessGiven() throws {
        let before = Self.localToday
        let result = try clq(["--format", "svg", "-e", "timeline of Microsoft between 2000 and 2100?"])
        let after = Self.localToday
        #expect(result.status == 0)
        #expect(result.stdout.contains("<g class=\"today\" data-date=\"\(before)\">")
            || result.stdout.contains("<g class=\"today\" data-date=\"\(after)\">"))
        let given = try clq(["--today", "2030-02-03", "--format", "svg", "-e", "timeline of Microsoft between 2000 and 2100?"])
        #expect(given.stdout.contains("<g class=\"today\" data-date=\"2030-02-03\">"))
    }

    @Test func aTodayThatIsNoDayIsAUsageError() throws {
        let result = try clq(["--today", "2026-02-30", "-e", "timeline of Microsoft?"])
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("--today"))
    }

    @Test func columnsSetsTheWidthAndTheLocaleTheCharacters() throws {
        let question = ["--today", "2026-06-15", "-e", "timeline of Microsoft?"]
        let wide = try clq(question, environment: ["COLUMNS": "160", "LC_ALL": "C.UTF-8"])
        let narrow = try clq(question, environment: ["COLUMNS": "50", "LC_ALL": "C.UTF-8"])
        #expect(wide.stdout.split(separator: "\n").map(\.count).max() ?? 0 > 100)
        #expect(narrow.stdout.split(separator: "\n").allSatisfy { $0.count <= 50 })
        #expect(wide.stdout.contains("█") && narrow.stdout.contains("█"))
        let plain = try clq(question, environment: ["COLUMNS": "100", "LC_ALL": "", "LC_CTYPE": "", "LANG": ""])
        #expect(plain.status == 0)
        #expect(plain.stdout.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(plain.stdout.contains("###############"))
        let latin = try clq(question, environment: ["COLUMNS": "100", "LC_ALL": "de_DE.ISO-8859-1"])
        #expect(latin.stdout.unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test func htmlHasOneHeadAndASectionPerQuestion() throws {
        let result = try clq(["--format", "html", "-e", "timeline of ModelAccess?", "-e", "which rights hold for Microsoft in 2031?"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("<!DOCTYPE html>\n"))
        #expect(result.stdout.components(separatedBy: "<!DOCTYPE").count == 2)
        #expect(result.stdout.components(separatedBy: "<section>").count == 3)
        #expect(result.stdout.contains("<h2>which rights hold for Microsoft in 2031?</h2>"))
    }

    @Test func aPictureOfAFailedQuestionIsItsDiagnostic() throws {
        let result = try clq(["--format", "svg", "-e", "timeline of Microsfot?"])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("unknown party, agreement or clause 'Microsfot' [unknown-reference]"))
    }
}
