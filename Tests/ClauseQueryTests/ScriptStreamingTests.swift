@testable import ClauseQuery
import Testing

/// A script's answers handed out one by one as they are found, not kept until the script ends.
@Suite struct ScriptStreamingTests {
    static let script = """
        which rights hold for Microsoft in 2031?
        expect holds: ModelAccess; may hold: AzureMainHost.
        which rights hold for Nobody in 2031?
        how many rights hold for Microsoft in 2031?
        expect count 1 to 2; holds: ModelAccess; may hold: AzureMainHost.
        """

    static func stream(_ text: String, keepGoing: Bool) -> (events: [String], outcome: ScriptOutcome) {
        var session = Session.builtin()
        session.keepGoing = keepGoing
        var events: [String] = []
        let sink = ScriptSink(prepared: { outcome, _ in events.append("prepared \(outcome.questionCount)") },
                              answered: { step, _ in
                                  events.append("\(step.text) \(step.succeeded ? "ok" : "failed")")
                              })
        let outcome = session.run(Array(text.utf8), name: "s.clq", into: sink)
        return (events, outcome)
    }

    @Test func eachQuestionIsHandedOutWithItsExpectationChecked() {
        let (events, outcome) = Self.stream(Self.script, keepGoing: true)
        #expect(events == ["prepared 3", "which rights hold for Microsoft in 2031? ok",
                           "which rights hold for Nobody in 2031? failed", "how many rights hold for Microsoft in 2031? ok"])
        #expect(outcome.steps.isEmpty)
        #expect(outcome.hasErrors)
    }

    @Test func aFailureStopsTheScriptUnlessKeepGoing() {
        let (events, outcome) = Self.stream(Self.script, keepGoing: false)
        #expect(events == ["prepared 3", "which rights hold for Microsoft in 2031? ok",
                           "which rights hold for Nobody in 2031? failed"])
        #expect(outcome.hasErrors)
    }

    @Test func theAnswersAreThoseOfARunThatKeepsThem() {
        var kept = Session.builtin()
        kept.keepGoing = true
        let steps = kept.run(Self.script, name: "s.clq").steps
        var streamed: [QuestionOutcome] = []
        var session = Session.builtin()
        session.keepGoing = true
        _ = session.run(Array(Self.script.utf8), name: "s.clq",
                        into: ScriptSink(prepared: { _, _ in }, answered: { step, _ in streamed.append(step) }))
        #expect(streamed.map(\.text) == steps.map(\.text))
        #expect(streamed.map { $0.answer?.rows.count } == steps.map { $0.answer?.rows.count })
        #expect(streamed.map(\.diagnostics) == steps.map(\.diagnostics))
    }

    @Test func problemsComeFirstAndNoQuestionsAreAnsweredWhenTheLoadFails() {
        let (events, outcome) = Self.stream("party A. party A. list parties?", keepGoing: false)
        #expect(events == ["prepared 0"])
        #expect(outcome.loadFailed)
    }
}
