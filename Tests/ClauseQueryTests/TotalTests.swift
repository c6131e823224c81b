import ClauseQuery
import Testing

/// Totals (DESIGN §4): per currency, what the clauses in force commit to for sure and at most.
@Suite struct TotalTests {
    func table(_ question: String, builtin: Bool = true, declarations: String = "") throws -> String {
        var session = builtin ? Session.builtin() : Session()
        if !declarations.isEmpty { _ = session.run(declarations, name: "kb.clq") }
        return TableRenderer().render(try session.ask(question), knowledgeBase: session.knowledgeBase)
    }

    @Test func openAIsCommitmentsToAWSIn2030() throws {
        #expect(try table("how much does OpenAI owe AWS in 2030?").hasSuffix("""
            2 results: 1 holds, 1 may hold (in 2030)
            total of the commitments in force in 2030, per currency (not amounts falling due in 2030):
              $100B for sure, up to $138B: Spend100B (exactly $100B), Commitment38B (exactly $38B, may hold)
            the knowledge base does not say whether these commitments overlap

            """))
        let json = Session.builtin().answer(to: "how much does OpenAI owe AWS in 2030?").rendered(.json)
        #expect(json.contains(#""total":{"sums":[{"currency":"USD","period":null,"for_sure":100000000000,"at_most":138000000000,"parts":["Spend100B","Commitment38B"]}]"#))
    }

    @Test func aFigureNotStatedLeavesNoUpperBound() throws {
        #expect(try table("total obligations of OpenAI in 2028?").contains("""
              $100B for sure, with no upper bound: Spend100B (exactly $100B), Commitment38B (exactly $38B, may hold)
            the knowledge base does not say whether these commitments overlap
            figure not stated, so no sum has an upper bound: RevenueShare (cap unstated)
            2 clauses have no amount and are not part of the total

            """))
    }

    static let licence = """
        party Licensor. party Licensee.
        agreement L between Licensor and Licensee effective 2026-02-01 {
          clause Fee: obligation of Licensee toward Licensor to pay amount exactly €120,000 per year for 3 years.
          clause Setup: obligation of Licensee toward Licensor to pay amount exactly €25,000 from 2026-02-01 until 2026-03-31.
          clause Training: obligation of Licensor toward Licensee to train amount cap €10K.
          clause Hosting: obligation of Licensee toward Licensor to pay amount at least $5,000 per month for 3 years.
        }
        agreement A1 between Licensor and Licensee effective 2027-04-01 amends L {
          clause Fee2: obligation of Licensee toward Licensor to pay amount exactly €100,000 per year until 2029-01-31 replaces Fee.
        }
        agreement A2 between Licensor and Licensee effective 2027 amends L {
          clause Penalty: obligation of Licensee toward Licensor to pay amount exactly €40,000 from 2027 until 2027.
          clause Penalty2: obligation of Licensee toward Licensor to pay amount exactly €60,000 from 2028 until 2028 replaces Penalty.
        }

        """

    @Test func ratesAreSummedAtADayAndListedOverAPeriod() throws {
        let atADay = try table("how much does Licensee owe at 2027-06-01?", builtin: false, declarations: Self.licence)
        #expect(atADay.contains("  €100K per year for sure: Fee2 (exactly €100,000 per year)\n"))
        #expect(atADay.contains("  $5K per month for sure, with no upper bound: Hosting (at least $5,000 per month)\n"))
        let overAYear = try table("how much does Licensee owe in 2027?", builtin: false, declarations: Self.licence)
        #expect(overAYear.contains("rates are summed only at a day (ask 'at' a date): Fee (exactly €120,000 per year, "
                                   + "2026-02-01 to day before 2027-04-01), Hosting (at least $5,000 per month, 2026-02-01 to +3 years), "
                                   + "Fee2 (exactly €100,000 per year, 2027-04-01 to 2029-01-31)\n"))
    }

    @Test func aReplacedCommitmentIsNeverAddedToItsReplacement() throws {
        // Penalty runs through 2027 and Penalty2 from 2028: over both years, one of them is in force
        // on every day, and they are one commitment: at least the smaller, at most the larger.
        let both = try table("total obligations of Licensee between 2027 and 2028 where agreement is A2?",
                             builtin: false, declarations: Self.licence)
        #expect(both.contains("  €40K for sure, up to €60K: Penalty (exactly €40,000), Penalty2 (exactly €60,000)\n"))
    }

    @Test func capsFloorsAndCurrenciesAreKeptApart() throws {
        let licensor = try table("total obligations of Licensor in 2026?", builtin: false, declarations: Self.licence)
        #expect(licensor.contains("  €0 for sure, up to €10K: Training (cap €10K)\n"))
        let setup = try table("how much does Licensee owe Licensor in 2026-02?", builtin: false, declarations: Self.licence)
        #expect(setup.contains("  €25K for sure: Setup (exactly €25,000)\n"))
        #expect(setup.contains("rates are summed only at a day"))
    }

    @Test func aTotalIsARowPerCurrencyInCSV() {
        let csv = Session.builtin().answer(to: "how much does OpenAI owe AWS in 2030?").rendered(.csv)
        #expect(csv.contains("how much does OpenAI owe AWS in 2030?,total,USD,,,,,,,,,,,,,,Spend100B; Commitment38B,,$100B to $138B,,,"
                             + "\"commitments in force in 2030, not amounts falling due; overlap not stated\",,,100000000000,138000000000\r\n"))
    }

    @Test func expectationsCheckTheSums() {
        let (_, passing) = run("how much does OpenAI owe AWS in 2030?\nexpect total $100B to $138B; holds: Spend100B; may hold: Commitment38B.")
        #expect(passing.steps.allSatisfy { $0.expectationFailure == nil })
        #expect(renderedDiagnostics("how much does OpenAI owe AWS in 2030?\nexpect total $100B; holds: Spend100B; may hold: Commitment38B.",
                                    builtin: true) == """
            test.clq:2:1: error: expected holds: Spend100B; may hold: Commitment38B; total $100B, got holds: Spend100B; may hold: Commitment38B; total $100B to $138B [expectation-failed]
             2 | expect total $100B; holds: Spend100B; may hold: Commitment38B.
               | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
               = missing: total $100B
               = not expected: total $100B to $138B

            """)
    }
}
