@testable import ClauseQuery
import Testing

/// Money as contracts write it: symbols and ISO codes, separators, decimals, suffixes and periods,
/// exact to the cent and never converted between currencies.
@Suite struct MoneyTests {
    @Test(arguments: [
        ("$38B", "USD", 3_800_000_000_000),
        ("€100K", "EUR", 10_000_000),
        ("$120,000", "USD", 12_000_000),
        ("$1,234,567.89", "USD", 123_456_789),
        ("USD 1.5M", "USD", 150_000_000),
        ("CHF 200K", "CHF", 20_000_000),
        ("£99.99", "GBP", 9_999),
        ("¥5000", "JPY", 500_000),
        ("$1.25B", "USD", 125_000_000_000),
    ])
    func figuresAreReadExactly(written: String, currency: String, cents: Int) throws {
        #expect(try Money.read(written).get() == Money(currency: currency, cents: cents))
    }

    @Test func unreadableFiguresSayWhy() {
        #expect(Money.read("$0.001") == .failure(.fractionOfCent))
        #expect(Money.read("$2000000T") == .failure(.tooLarge))
        #expect(Money.read("38B") == .failure(.noCurrency))
    }

    @Test(arguments: [
        (Money(currency: "USD", cents: 13_800_000_000_000), "$138B"),
        (Money(currency: "USD", cents: 125_000_000_000), "$1.25B"),
        (Money(currency: "EUR", cents: 12_000_000), "€120K"),
        (Money(currency: "GBP", cents: 9_999), "£99.99"),
        (Money(currency: "CHF", cents: 150_000_000), "CHF 1.5M"),
        (Money(currency: "USD", cents: 12_345_600), "$123,456"),
    ])
    func answersWriteTheShortestExactFigure(money: Money, text: String) {
        #expect(money.text == text)
    }

    @Test(arguments: [
        ("$120,000 €1.5M £3 USD 1.5M CHF  200K", [TokenKind.money, .money, .money, .money, .money, .endOfInput]),
        ("CHF200K", [.identifier, .endOfInput]),
        ("$1,5", [.money, .comma, .integer, .endOfInput]),
        ("$1,500, B", [.money, .comma, .identifier, .endOfInput]),
        ("USD", [.identifier, .endOfInput]),
        ("IBM 2026", [.identifier, .date, .endOfInput]),
        ("USD\n12", [.identifier, .integer, .endOfInput]),
    ])
    func theLexerDelimitsFigures(text: String, kinds: [TokenKind]) {
        #expect(Lexer.lex(SourceText(name: "t", text: text), file: FileID(0)).tokens.map(\.kind) == kinds)
    }

    let kb = """
        party A. party B.
        agreement G between A and B effective 2024-01-01 {
          clause Fee: obligation of B toward A to pay amount exactly €120,000 per year.
          clause Setup: obligation of B toward A to pay amount exactly USD 1.5M.
          clause Costs: obligation of B toward A to reimburse amount cap £99.99 per month.
        }

        """

    @Test func amountsAreComparedInTheirOwnCurrency() {
        let ask = { (filter: String) in summary("which obligations hold for B where \(filter)?", builtin: false, declarations: self.kb) }
        #expect(ask("amount > €100K") == "holds Fee")
        #expect(ask("amount > $1M") == "holds Setup")
        #expect(ask("amount >= USD 1,500,000") == "holds Setup")
        #expect(ask("amount < £100") == "holds Costs")
        #expect(ask("amount > $1M or amount > €100K") == "holds Fee; holds Setup")
    }

    @Test func aCurrencyNoFigureUsesIsAnErrorNotAConversion() {
        #expect(renderedDiagnostics(kb + "which obligations hold for B where amount > CHF 100K?") == """
            test.clq:7:45: error: no amount in the knowledge base is in CHF; they are in EUR, GBP, USD. Amounts are compared in their own currency, never converted [currency-mismatch]
             7 | which obligations hold for B where amount > CHF 100K?
               |                                             ^~~~~~~~

            """)
    }

    @Test func aMalformedFigureIsReportedWithACaret() {
        #expect(renderedDiagnostics("party A. party B. agreement G between A and B { clause C: right of A to x amount exactly $0.005. }")
            .hasPrefix("test.clq:1:90: error: '$0.005' has more decimals than cents; amounts are exact to the cent [invalid-number]"))
    }

    @Test func periodsAreKeptAndShown() throws {
        var session = Session()
        _ = session.run(kb, name: "kb.clq")
        let answer = try session.ask("which obligations hold for B where amount?")
        let table = TableRenderer().render(answer, knowledgeBase: session.knowledgeBase)
        #expect(table.contains("exactly €120,000 per year"))
        #expect(table.contains("cap £99.99 per month"))
        let json = session.answer(to: "which obligations hold for B where amount exactly?").rendered(.json)
        #expect(json.contains(#"{"kind":"exactly","text":"€120,000","value":120000,"currency":"EUR","period":"year"}"#))
    }
}
