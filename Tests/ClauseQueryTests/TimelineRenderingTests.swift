@testable import ClauseQuery
import Testing

/// Timelines as text fitted to a width, and as SVG: what each column and element says.
@Suite struct TimelineRenderingTests {
    static let today = CalendarDate(day: "2026-06-15")

    static func result(_ question: String) -> QueryResult { Session.builtin().answer(to: question) }

    /// The bar of `id` in a text timeline: its line with the label column cut off.
    static func bar(_ text: String, _ id: String, labelWidth: Int) -> [Character] {
        let line = text.split(separator: "\n").first { $0.hasPrefix(id + " ") } ?? ""
        return Array(line.dropFirst(labelWidth + 2))
    }

    /// The characters of a bar by year, for an axis from `first` with `perYear` columns a year.
    static func byYear(_ bar: [Character], first: Int, perYear: Int) -> [Int: String] {
        var years: [Int: String] = [:]
        for (column, character) in bar.enumerated() { years[first + column / perYear, default: ""].append(character) }
        return years
    }

    @Test func modelAccessSurelyHoldsFrom2027Through2031() {
        let text = Self.result("timeline of Microsoft?").rendered(.table, width: 100, today: Self.today)
        // Labels take 20 columns and notes 25, leaving 51: three columns a year over 2018–2033.
        let years = Self.byYear(Self.bar(text, "ModelAccess", labelWidth: 20), first: 2018, perYear: 3)
        for year in 2027...2031 { #expect(years[year] == "███", "\(year)") }
        #expect(years[2026] == "▒▒▒")
        #expect(years[2032] == "▒▒▒")
        #expect(years[2025] == "   " && years[2033, default: ""].allSatisfy { $0 == " " })
    }

    @Test func theExclusiveRightsEndIn2026AndAzureHasNoEnd() {
        let text = Self.result("timeline of Microsoft?").rendered(.table, width: 100, today: Self.today)
        let cloud = Self.byYear(Self.bar(text, "ExclusiveCloud", labelWidth: 20), first: 2018, perYear: 3)
        #expect(cloud[2019] == "▒▒▒" && cloud[2025] == "███" && cloud[2026] == "▒▒▒")
        #expect(cloud[2027]?.allSatisfy { $0 == " " } ?? true)
        let models = Self.byYear(Self.bar(text, "ExclusiveModelAccess", labelWidth: 20), first: 2018, perYear: 3)
        #expect(models[2018] == "←░░" && models[2026] == "▒▒▒")
        let azure = Self.bar(text, "AzureMainHost", labelWidth: 20)
        let azureYears = Self.byYear(azure, first: 2018, perYear: 3)
        #expect(azureYears[2026] == "▒▒▒" && azureYears[2030] == "░░░" && azureYears[2033] == "░░→")
        #expect(text.contains("→  end not stated\n"))
        #expect(text.contains("│ today 2026-06-15"))
    }

    @Test func theWidthDecidesTheColumnsAndWhereNotesGo() {
        let result = Self.result("timeline of Microsoft?")
        for width in [40, 60, 72, 100, 160] {
            let text = result.rendered(.table, width: width, today: Self.today)
            let widest = text.split(separator: "\n").map(\.count).max() ?? 0
            #expect(widest <= width, "width \(width)")
        }
        let narrow = result.rendered(.table, width: 72, today: Self.today)
        #expect(narrow.hasSuffix("ExclusiveModelAccess: replaced by ModelAccess\nRevenueShare: derived\n"
            + "ExclusiveCloud: replaced by AzureMainHost\nAzureMainHost: end not stated\nUseOtherClouds: derived, end not stated\n"))
    }

    @Test func withoutUnicodeTheCharactersArePlainASCII() throws {
        let result = Self.result("timeline of Microsoft?")
        let answer = try #require(result.answer)
        let text = PictureSettings(width: 100, today: Self.today, unicode: false)
            .text(answer, query: result.query, knowledgeBase: result.knowledgeBase, color: false)
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        let years = Self.byYear(Self.bar(text, "ModelAccess", labelWidth: 20), first: 2018, perYear: 3)
        #expect(years[2026] == "===" && years[2029] == "###" && years[2032] == "===")
        #expect(text.contains("# holds  = may hold  .> no limit given  | today 2026-06-15"))
    }

    @Test func colourIsOnlyWhereAsked() {
        let result = Self.result("timeline of ModelAccess?")
        #expect(!result.rendered(.table).contains("\u{1B}["))
        #expect(result.rendered(.table, color: true).contains("\u{1B}[32m█\u{1B}[0m"))
    }

    /// The elements of one bar's group, as written.
    static func group(_ svg: String, _ id: String) -> [Substring] {
        let lines = svg.split(separator: "\n")
        guard let start = lines.firstIndex(of: "<g class=\"bar\" data-clause=\"\(id)\" data-certainty=\"holds\">"[...]) else { return [] }
        return Array(lines[start...].prefix { $0 != "</g>" })
    }

    @Test func theSVGIsAStandaloneDocumentWithTitleAxisLabelsAndLegend() {
        let svg = Self.result("timeline of Microsoft?").rendered(.svg, today: Self.today)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1134\" height=\"336\" viewBox=\"0 0 1134 336\""))
        #expect(svg.hasSuffix("</svg>\n"))
        #expect(svg.contains("<title>timeline of Microsoft</title>"))
        #expect(svg.contains("<text class=\"title\" x=\"16\" y=\"30\" font-size=\"18\" font-weight=\"bold\">timeline of Microsoft</text>"))
        for year in 2018...2033 { #expect(svg.contains("text-anchor=\"middle\">\(year)</text>"), "\(year)") }
        #expect(svg.ranges(of: "<g class=\"bar\"").count == 6)
        for text in ["holds", "may hold (day not stated)", "may hold, no limit given", "replaced by", "today"] {
            #expect(svg.contains(">\(text)</text>"), "\(text)")
        }
        #expect(svg.ranges(of: "<g ").count == svg.ranges(of: "</g>").count)
    }

    @Test func modelAccessIsSolidFrom2027Through2031InTheSVG() {
        let svg = Self.result("timeline of Microsoft?").rendered(.svg, today: Self.today)
        // The plot runs from x 184 over 720 pixels for the 5,844 days of 2018–2033.
        #expect(Self.group(svg, "ModelAccess") == [
            "<g class=\"bar\" data-clause=\"ModelAccess\" data-certainty=\"holds\">",
            "<text class=\"label\" x=\"16\" y=\"201.5\">ModelAccess</text>",
            "<rect class=\"may\" data-first=\"2026-01-01\" data-last=\"2026-12-30\" x=\"544\" y=\"190\" width=\"44.8\" height=\"14\" fill=\"#8fbce6\"/>",
            "<rect class=\"sure\" data-first=\"2026-12-31\" data-last=\"2032-01-01\" x=\"588.8\" y=\"190\" width=\"225.2\" height=\"14\" fill=\"#1f5f9e\"/>",
            "<rect class=\"may\" data-first=\"2032-01-02\" data-last=\"2032-12-31\" x=\"814.1\" y=\"190\" width=\"45\" height=\"14\" fill=\"#8fbce6\"/>",
        ])
        #expect(Self.group(svg, "AzureMainHost") == [
            "<g class=\"bar\" data-clause=\"AzureMainHost\" data-certainty=\"holds\">",
            "<text class=\"label\" x=\"16\" y=\"231.5\">AzureMainHost</text>",
            "<rect class=\"may\" data-first=\"2026-01-01\" data-last=\"2026-12-31\" x=\"544\" y=\"220\" width=\"45\" height=\"14\" fill=\"#8fbce6\"/>",
            "<rect class=\"fading\" data-first=\"2027-01-01\" data-last=\"unbounded\" x=\"589\" y=\"220\" width=\"315\" height=\"14\" fill=\"url(#fade-right)\"/>",
            "<path class=\"arrow\" d=\"M904,220 L914,227 L904,234 Z\" fill=\"#8fbce6\"/>",
            "<text class=\"note\" x=\"918\" y=\"231.5\">end not stated</text>",
        ])
    }

    @Test func replacementsAreLinkedAndTodayIsMarkedInTheSVG() {
        let svg = Self.result("timeline of Microsoft?").rendered(.svg, today: Self.today)
        #expect(svg.contains("<path class=\"link\" data-from=\"ExclusiveModelAccess\" data-to=\"ModelAccess\" d=\"M588.8,114 C588.8,152 544,152 544,190\""))
        #expect(svg.contains("<path class=\"link\" data-from=\"ExclusiveCloud\" data-to=\"AzureMainHost\" d=\"M588.8,174 C588.8,197 544,197 544,220\""))
        #expect(svg.contains("""
            <g class="today" data-date="2026-06-15">
            <line x1="564.3" y1="62" x2="564.3" y2="272" stroke="#c62828" stroke-width="1.5"/>
            <text x="568.3" y="60" fill="#c62828">today 2026-06-15</text>
            </g>
            """))
        #expect(!Self.result("timeline of Microsoft?").rendered(.svg).contains("class=\"today\""))
    }

    @Test func aConditionalClauseIsHatchedInTheSVG() {
        let svg = Self.result("timeline of terms?").rendered(.svg)
        #expect(svg.contains("<rect class=\"conditional\" "))
        #expect(svg.contains(">conditional</text>"))
        #expect(svg.contains(">if OpenAIAchievesAGI, terminated by MSOpenAI2026</text>"))
    }

    @Test func namesAreEscapedAndAnEmptyAnswerSaysSo() {
        let svg = Self.result("timeline of ExclusiveCloud in 1990?").rendered(.svg)
        #expect(svg.contains(">nothing to draw</text>"))
        #expect(Self.result("timeline of \"Amazon Web Services\"?").rendered(.svg)
            .contains("<title>timeline of &quot;Amazon Web Services&quot;</title>"))
        #expect(Self.result("list parties where <?").rendered(.html).isEmpty)
        let page = Self.result("timeline of ModelAccess?").rendered(.html)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"))
        #expect(page.contains("<section>\n<h2>timeline of ModelAccess?</h2>\n<svg xmlns="))
        #expect(page.hasSuffix("</svg>\n</section>\n"))
    }

    @Test func jsonGivesEachTimelineRowItsSureAndPossibleDays() {
        let json = Self.result("timeline of ModelAccess?").rendered(.json)
        #expect(json.contains(#""sure":{"from":"2026-12-31","until":"2032-01-01"},"possible":{"from":"2026-01-01","until":"2032-12-31"}"#))
        #expect(json.contains(#""sure":{"from":"2025-12-31","until":"2025-12-31"},"possible":{"from":null,"until":"2026-12-30"}"#))
        #expect(!Self.result("which rights hold for Microsoft in 2031?").rendered(.json).contains(#""sure":"#))
    }
}

/// Pictures are XML: a control character from the knowledge base cannot make them invalid.
@Suite struct PictureControlCharacterTests {
    @Test func controlCharactersAreEscapedInPictures() {
        #expect(xmlEscaped("a\u{1B}]0;title\u{7}<b>") == "a\\u{1B}]0;title\\u{7}&lt;b&gt;")
    }
}
