import Foundation
import Testing

/// The embedding example: built with the tests, run here, and shown verbatim in the README.
@Suite struct ExampleProgramTests {
    static let expectedOutput = """
        ModelAccess | holds | stated | partnership-article.txt line 12
        RevenueShare | holds | correlative-of-obligation | partnership-article.txt line 13
        Deliver | holds | correlative-of-obligation | supply-memo.txt line 3
        AzureMainHost | may hold | stated | partnership-article.txt line 14
        certainty  clause         modality  holder     counterparty  about                            from         until    terms                                  agreement     reason
        holds      ModelAccess    right     Microsoft  OpenAI        access OpenAI models             2026         2032     not exclusive                          MSOpenAI2026
        holds      RevenueShare   right     Microsoft  OpenAI        pay a share of OpenAI's revenue  before 2026  2030     cap unstated, derived: owed by OpenAI  MSOpenAI2026
        holds      Deliver        right     Microsoft  Acme          deliver widgets                  2027         2029     derived: owed by Acme                  AcmeSupply
        may hold   AzureMainHost  right     Microsoft  OpenAI        host OpenAI products on Azure    2026         unknown  not exclusive                          MSOpenAI2026  end not stated
        4 results: 3 holds, 1 may hold (in 2028)
        <question>:1:23: error: unknown party 'Microsfot' [unknown-party]
         1 | which rights hold for Microsfot in 2031?
           |                       ^~~~~~~~~
           = did you mean 'Microsoft'?
        2026: 5, 2027: 4, 2028: 4, 2029: 4, 2030: 3, 2031: 2, 2032: 2, 2033: 1

        """

    @Test func runsAndPrintsTheExpectedAnswers() throws {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("clq-embedding-example")
        let process = Process()
        process.executableURL = binary
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: data, as: UTF8.self) == ExampleProgramTests.expectedOutput)
    }

    @Test func readmeShowsTheProgram() {
        let program = packageFile("Examples/Embedding/main.swift")
        #expect(!program.isEmpty)
        #expect(packageFile("README.md").contains("```swift\n" + program + "```"))
    }
}
