@testable import ClauseQuery
import Testing

/// Tables fit the width they are given: cells wrap at spaces, the least useful columns give way
/// (and the answer says which), and rows become blocks when nothing else fits.
@Suite struct TableLayoutTests {
    func rendered(_ question: String, width: Int?, format: RenderFormat = .table) -> String {
        Session.builtin().answer(to: question).rendered(format, width: width)
    }

    @Test(arguments: [80, 120], ["which rights hold for Microsoft in 2031?", "what changed between 2025 and 2026?",
                                 "list clauses?", "explain which rights hold for Microsoft in 2030?",
                                 "how much does OpenAI owe in 2028?", "list events?"])
    func noLineIsWiderThanTheWidth(width: Int, question: String) {
        let lines = rendered(question, width: width).split(separator: "\n")
        #expect(!lines.isEmpty)
        for line in lines { #expect(line.count <= width, "\(line.count) > \(width): \(line)") }
    }

    @Test func theDefiningQuestionAt80Columns() {
        #expect(rendered("which rights hold for Microsoft in 2031?", width: 80) == """
            certainty  clause         holder     about               until    reason
            holds      ModelAccess    Microsoft  access OpenAI       2032
                                                 models
            may hold   AzureMainHost  Microsoft  host OpenAI         unknown  end not stated
                                                 products on Azure
            (not shown: agreement, modality, counterparty, terms, from; choose columns, or
             expand rows into blocks)
            2 results: 1 holds, 1 may hold (in 2031)

            """)
    }

    @Test func withoutAWidthRowsStayOnOneLine() {
        let lines = rendered("which rights hold for Microsoft in 2031?", width: nil).split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[0].hasSuffix("agreement     reason"))
    }

    @Test func tooNarrowForAnyTableBecomesBlocks() {
        #expect(rendered("which rights hold for Microsoft in 2031?", width: 36) == """
            -[ 1 ModelAccess ]------------------
            certainty     holds
            clause        ModelAccess
            modality      right
            holder        Microsoft
            counterparty  OpenAI
            about         access OpenAI models
            from          2026
            until         2032
            terms         not exclusive
            agreement     MSOpenAI2026
            -[ 2 AzureMainHost ]----------------
            certainty     may hold
            clause        AzureMainHost
            modality      right
            holder        Microsoft
            counterparty  OpenAI
            about         host OpenAI products
                          on Azure
            from          2026
            until         unknown
            terms         not exclusive
            agreement     MSOpenAI2026
            reason        end not stated
            2 results: 1 holds, 1 may hold (in
              2031)

            """)
    }

    @Test func expandedIsAFormat() {
        let text = rendered("which rights hold for Microsoft in 2031?", width: nil, format: .expanded)
        #expect(text.hasPrefix("-[ 1 ModelAccess ]----------------------\ncertainty     holds\n"))
    }

    @Test func chosenColumnsAreShownInTheTablesOrder() {
        var session = Session.builtin()
        let answer = try? session.ask("which rights hold for Microsoft in 2031?")
        let layout = TableLayout(columns: ["until", "clause"])
        #expect(answer.map { TableRenderer(layout: layout).render($0, knowledgeBase: session.knowledgeBase) } == """
            clause         until
            ModelAccess    2032
            AzureMainHost  unknown
            2 results: 1 holds, 1 may hold (in 2031)

            """)
        #expect(TableColumns.parse("until, clause") == .success(["until", "clause"]))
        #expect(TableColumns.parse("untill").failureDescription?.hasPrefix("unknown column 'untill'; did you mean 'until'?") == true)
    }

    @Test(arguments: [
        ("a few short words here", 10, 0, "a few\nshort\nwords here"),
        ("  label  a long value that wraps", 20, 9, "  label  a long\n         value that\n         wraps"),
        ("averyveryverylongword x", 10, 0, "averyveryv\nerylongwor\nd x"),
        ("short", 80, 4, "short"),
    ])
    func linesWrapAtSpacesKeepingTheirIndent(text: String, width: Int, indent: Int, expected: String) {
        #expect(text.wrapped(to: width, indent: indent) == expected)
    }
}

extension Result where Failure == TableColumnsError {
    var failureDescription: String? {
        if case .failure(let error) = self { return error.description }
        return nil
    }
}

extension TableColumnsError: Equatable {
    public static func == (a: TableColumnsError, b: TableColumnsError) -> Bool { a.description == b.description }
}
