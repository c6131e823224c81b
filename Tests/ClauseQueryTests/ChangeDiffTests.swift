import ClauseQuery
import Foundation
import Testing

/// `what changed` reads as a diff: per agreement, what was replaced (old → new, with what differs),
/// what ended and what started, each with its certainty.
@Suite struct ChangeDiffTests {
    @Test func theRenegotiationAsADiff() {
        #expect(Session.builtin().answer(to: "what changed between 2025 and 2026 for Microsoft?").rendered(.table) == """
            MSOpenAI2026 "Renegotiated Microsoft–OpenAI agreement"
              ~ replaced: ExclusiveCloud → AzureMainHost: host OpenAI products on Azure
                  exclusive: exclusive → not exclusive
                  from: 2019 → 2026
                  until: day before 2026 → unknown
                  agreement: MSOpenAI2019 → MSOpenAI2026
              ~ replaced: ExclusiveModelAccess → ModelAccess: access OpenAI models
                  exclusive: exclusive → not exclusive
                  from: before 2026 → 2026
                  until: day before 2026 → 2032
                  agreement: MSOpenAI2019 → MSOpenAI2026
              + started: UseOtherClouds: no-right of Microsoft against OpenAI to use other cloud providers; derived: permitted to OpenAI
            2 replaced, 1 started (between 2025 and 2026)

            """)
    }

    @Test func anAmendedFeeShowsItsAmounts() throws {
        let sample = try String(contentsOfFile: packageDirectory + "/Samples/licence.clq", encoding: .utf8)
        let declarations = sample.components(separatedBy: "# --- Questions")[0]
        var session = Session()
        _ = session.run(declarations, name: "licence.clq")
        let text = session.answer(to: "what changed between 2026 and 2027 where obligation?").rendered(.table)
        #expect(text.contains("  ~ replaced: Fee → AmendedFee: pay the annual licence fee\n"
                              + "      amounts: exactly EUR 120,000 per year → exactly EUR 100,000 per year\n"))
    }

    @Test func theJSONHasTheSameStructure() throws {
        let json = Session.builtin().answer(to: "what changed between 2025 and 2026 for Microsoft?").rendered(.json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let groups = try #require(object["changes"] as? [[String: Any]])
        #expect(groups.map { $0["agreement"] as? String } == ["MSOpenAI2026"])
        let entries = try #require(groups[0]["entries"] as? [[String: Any]])
        #expect(entries.map { $0["change"] as? String } == ["replaced", "replaced", "started"])
        #expect(entries.map { $0["replaces"] as? String } == ["ExclusiveCloud", "ExclusiveModelAccess", nil])
        let differences = try #require(entries[1]["differences"] as? [[String: String]])
        #expect(differences.first == ["field": "exclusive", "from": "exclusive", "to": "not exclusive"])
        #expect((object["results"] as? [Any])?.count == 5)
    }

    @Test func aReplacementThatMayHaveHappenedSaysSo() {
        let kb = """
            party A. party B.
            agreement G between A and B effective 2020 {
              clause Old: right of A against B to use until unknown replaced by New.
            }
            agreement H between A and B effective between 2025 and 2026 amends G {
              clause New: right of A against B to use exclusive.
            }

            """
        let text = summary("what changed between 2024 and 2025?", builtin: false, declarations: kb)
        #expect(text == "ended may hold Old; started may hold New")
        var session = Session()
        _ = session.run(kb, name: "kb.clq")
        #expect(session.answer(to: "what changed between 2024 and 2025?").rendered(.table) == """
            H
              ~ may have been replaced: Old → New: use (starts 2025 to 2026, day not stated)
                  exclusive: exclusivity not stated → exclusive
                  from: 2020 → 2025 to 2026
                  until: day before 2025 to 2026 → unknown
                  agreement: G → H
            1 may have been replaced (between 2024 and 2025)

            """)
    }
}
