import ClauseQuery
import Testing

/// Runs `script` on a fresh session (the built-in knowledge base unless `builtin` is false).
func run(_ script: String, builtin: Bool = true, options: EvaluationOptions = EvaluationOptions()) -> (Session, ScriptOutcome) {
    var session = builtin ? Session.builtin(options: options) : Session(options: options)
    let outcome = session.run(script, name: "test.clq")
    return (session, outcome)
}

/// The rendered diagnostics of a script run, without colour.
func renderedDiagnostics(_ script: String, builtin: Bool = false) -> String {
    let (session, outcome) = run(script, builtin: builtin)
    let all = outcome.diagnostics + outcome.steps.flatMap { $0.diagnostics + ($0.expectationFailure.map { [$0] } ?? []) }
    return DiagnosticRenderer(color: false).render(all, sources: session.sources)
}

/// "holds ModelAccess; may hold AzureMainHost" for a question's answer, rows in order.
///
/// A question that fails is recorded as a test issue unless `expectingFailure`, so that a check
/// that something is absent from the answer cannot pass because there is no answer.
func summary(_ question: String, builtin: Bool = true, declarations: String = "",
             options: EvaluationOptions = EvaluationOptions(), expectingFailure: Bool = false,
             sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
    let (session, outcome) = run(declarations + "\n" + question, builtin: builtin, options: options)
    guard let step = outcome.steps.last, let answer = step.answer else {
        let failure = outcome.steps.last.map { "failed: " + $0.diagnostics.map(\.id.rawValue).joined(separator: ", ") }
            ?? "no answer: " + DiagnosticRenderer(color: false).render(outcome.diagnostics, sources: session.sources)
        if !expectingFailure { Issue.record("'\(question)' was not answered: \(failure)", sourceLocation: sourceLocation) }
        return failure
    }
    let kb = session.knowledgeBase
    var parts: [String] = []
    if case .verdict(let verdict) = answer.shape { parts.append("answer \(verdict.phrase)") }
    for row in answer.rows {
        var text = "\(row.change.map { "\($0.rawValue) " } ?? "")\(row.certainty.phrase) \(kb.identifier(of: row.entity))"
        if row.isDerived { text += " derived" }
        if let via = row.via { text += " via \(kb.partyID(via))" }
        if let boundary = row.boundary { text += " \(boundary.text)" }
        parts.append(text)
    }
    return parts.joined(separator: "; ")
}

/// The directory holding the package, found from this file's path.
let packageDirectory: String = {
    var components = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    components.removeLast(3)
    return components.joined(separator: "/")
}()
