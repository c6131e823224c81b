import ClauseQuery
import Foundation
import Testing

/// The library against the brute-force oracle on generated knowledge bases and questions (DESIGN §3):
/// the library may weaken a certain answer to "may hold", never state the opposite certainty.
@Suite struct OraclePropertyTests {
    /// The fraction of compared answers that may be weaker than the oracle's.
    static let allowedWeakening = 0.15

    /// True once the library reads instants as ranges, durations, conditions and `in force`.
    static let libraryReadsTheNewSyntax: Bool = {
        var session = Session()
        let outcome = session.run("""
            party A. event E on between 2021-01 and 2021-03. prospect P.
            agreement G between A effective after 2020 {
              clause K: right of A to use from E for 1 year if E unless P.
            }
            is K in force in 2021?
            """, name: "probe.clq")
        return !outcome.hasErrors
    }()

    static func run(_ features: OracleFeatures, seeds: ClosedRange<UInt64>) -> (OracleProperty, Duration) {
        var property = OracleProperty(features: features)
        let elapsed = ContinuousClock().measure {
            for seed in seeds {
                let started = ContinuousClock.now
                property.check(seed: seed)
                if ProcessInfo.processInfo.environment["ORACLE_PROFILE"] != nil {
                    var generator = OracleGenerator(seed: seed, features: features)
                    let kb = generator.knowledgeBase()
                    print("seed \(seed) took \(ContinuousClock.now - started)\n\(kb.text)\(generator.questions(about: kb))")
                }
            }
        }
        return (property, elapsed)
    }

    static func report(_ name: String, _ property: OracleProperty, _ elapsed: Duration) {
        print("oracle property (\(name)): \(property.summary); \(elapsed)")
        for difference in property.weakenings.prefix(5) { print("weaker: \(difference)") }
    }

    @Test(.enabled(if: libraryReadsTheNewSyntax))
    func theLibraryNeverContradictsTheOracle() {
        let (property, elapsed) = Self.run(.all, seeds: 1...300)
        Self.report("all syntax", property, elapsed)
        for difference in property.contradictions.prefix(20) { Issue.record("\(difference)") }
        if let path = ProcessInfo.processInfo.environment["ORACLE_REPORT_ALL"] {
            let text = ([property.summary] + property.contradictions.map { "CONTRADICTION \($0)" }
                + property.weakenings.map { "WEAKER \($0)" }).joined(separator: "\n\n")
            try? text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(property.compared > 600)
        #expect(Double(property.weakenings.count) <= Self.allowedWeakening * Double(property.compared),
                "\(property.weakenings.count) of \(property.compared) answers are weaker than the oracle's")
    }

    /// Options: powers exercised or lapsed by events, `if` / `unless exercised`, `from exercised K + N units`.
    @Test(.enabled(if: libraryReadsTheNewSyntax))
    func theLibraryNeverContradictsTheOracleWithOptions() {
        let (property, elapsed) = Self.run(.withOptions, seeds: 1...200)
        Self.report("options", property, elapsed)
        for difference in property.contradictions.prefix(20) { Issue.record("\(difference)") }
        if let path = ProcessInfo.processInfo.environment["ORACLE_REPORT_OPTIONS"] {
            let text = ([property.summary] + property.contradictions.map { "CONTRADICTION \($0)" }
                + property.weakenings.map { "WEAKER \($0)" } + property.rejectedByLibrary + property.questionsRejected
                + property.acceptedWithoutAllowedAssignment.map { "LOADED WITHOUT AN ALLOWED ASSIGNMENT \($0)" })
                .joined(separator: "\n\n")
            try? text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(property.compared > 400)
        #expect(property.rejectedByLibrary.count < property.knowledgeBases / 10, "\(property.rejectedByLibrary.prefix(5))")
        #expect(Double(property.weakenings.count) <= Self.allowedWeakening * Double(property.compared),
                "\(property.weakenings.count) of \(property.compared) answers are weaker than the oracle's")
    }

    /// The syntax today's library reads: plain dates, unknown, open, replacements and terminations.
    /// Today's library reads a year or month as its first day (as a start) or last day (as an end),
    /// which the oracle does not, so contradictions are expected until ranges land.
    @Test func theLibraryOnTodaysSyntax() {
        let (property, elapsed) = Self.run(.today, seeds: 1...300)
        Self.report("today's syntax", property, elapsed)
        #expect(property.compared > 600)
        #expect(property.rejectedByLibrary.count < property.knowledgeBases / 4, "\(property.rejectedByLibrary.prefix(5))")
        #expect(property.questionsRejected.count < property.compared / 10, "\(property.questionsRejected.prefix(5))")
        if !Self.libraryReadsTheNewSyntax {
            withKnownIssue("today's library reads a year or month as one day", isIntermittent: true) {
                for difference in property.contradictions.prefix(20) { Issue.record("\(difference)") }
            }
        } else {
            for difference in property.contradictions.prefix(20) { Issue.record("\(difference)") }
        }
        if let path = ProcessInfo.processInfo.environment["ORACLE_REPORT"] {
            let text = ([property.summary] + property.contradictions.map { "CONTRADICTION \($0)" }
                + property.weakenings.map { "WEAKER \($0)" } + property.rejectedByLibrary + property.questionsRejected
                + property.acceptedWithoutAllowedAssignment.map { "LOADED WITHOUT AN ALLOWED ASSIGNMENT \($0)" })
                .joined(separator: "\n\n")
            try? text.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }
}
