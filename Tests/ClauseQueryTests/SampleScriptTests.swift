import ClauseQuery
import Foundation
import Testing

/// Every script in Samples/ runs with all its expectations met.
@Suite struct SampleScriptTests {
    static let scripts: [String] = {
        let directory = packageDirectory + "/Samples"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".clq") && $0 != BuiltinKnowledgeBase.name }.sorted()
    }()

    @Test func samplesAreFound() {
        #expect(SampleScriptTests.scripts == ["licence.clq", "questions.clq", "tour.clq"])
    }

    @Test(arguments: scripts)
    func scriptMeetsItsExpectations(name: String) throws {
        let text = try String(contentsOfFile: packageDirectory + "/Samples/" + name, encoding: .utf8)
        var session = Session.builtin()
        if text.contains("\nsource ") { session = Session() }
        session.keepGoing = true
        let outcome = session.run(text, name: name)
        let problems = outcome.diagnostics + outcome.steps.flatMap { step in
            (step.wasExpected ? [] : step.diagnostics) + (step.expectationFailure.map { [$0] } ?? [])
        }
        #expect(problems.isEmpty, "\(DiagnosticRenderer(color: false).render(problems, sources: session.sources))")
        #expect(outcome.steps.count >= 12)
        let expectations = text.components(separatedBy: "\nexpect ").count - 1
        #expect(expectations == outcome.steps.count, "every question in a sample states its answer")
    }

    @Test func theBuiltinSourceIsTheSampleFile() throws {
        let text = try String(contentsOfFile: packageDirectory + "/Samples/partnership.clq", encoding: .utf8)
        #expect(BuiltinKnowledgeBase.text + "\n" == text, "run script/embed-knowledge-base after editing Samples/partnership.clq")
    }
}
