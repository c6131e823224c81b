import ClauseQuery

/// Runs generated cases through the library and the oracle and sorts the answers: equal, weaker
/// (the library says "may hold" where the oracle is certain) or contradicting (any other difference).
struct OracleProperty {
    /// One question whose two answers differ.
    struct Difference: CustomStringConvertible {
        var seed: UInt64
        var knowledgeBase: String
        var question: String
        var library: String
        var oracle: String
        var description: String {
            "seed \(seed): \(question)\n  library: \(library)\n  oracle:  \(oracle)\n" +
                knowledgeBase.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")
        }
    }

    let features: OracleFeatures
    var knowledgeBases = 0
    var rejectedByLibrary: [String] = []
    var unsatisfiable = 0
    /// Knowledge bases in which some clause cannot start by its end, which the library loaded anyway.
    var acceptedWithoutAllowedAssignment: [String] = []
    var tooLarge = 0
    var questionsRejected: [String] = []
    var compared = 0
    var equal = 0
    var weakenings: [Difference] = []
    var contradictions: [Difference] = []

    init(features: OracleFeatures) { self.features = features }

    static func verdict(_ certainty: Certainty) -> Oracle.Verdict {
        switch certainty {
        case .holds: return .holds
        case .mayHold: return .mayHold
        case .doesNotHold: return .doesNotHold
        }
    }

    /// Generates the case of `seed`, asks both, and records what it found.
    mutating func check(seed: UInt64) {
        var generator = OracleGenerator(seed: seed, features: features)
        let kb = generator.knowledgeBase()
        let questions = generator.questions(about: kb)
        let text = kb.text
        knowledgeBases += 1
        let oracle = Oracle(kb)
        var session = Session()
        let load = session.run(text, name: "kb.clq")
        let rejected = load.diagnostics.contains(where: \.isError)
        do {
            guard try oracle.isSatisfiable() else {
                unsatisfiable += 1
                if !rejected { acceptedWithoutAllowedAssignment.append("seed \(seed):\n" + text) }
                return
            }
        } catch {
            tooLarge += 1
            return
        }
        if rejected {
            rejectedByLibrary.append("seed \(seed): " + load.diagnostics.filter(\.isError).map(\.message).joined(separator: "; "))
            return
        }
        for question in questions {
            let outcome = session.run(question.description, name: "q.clq")
            guard let step = outcome.steps.first, let answer = step.answer,
                  !outcome.diagnostics.contains(where: \.isError) else {
                let messages = (outcome.diagnostics + (outcome.steps.first?.diagnostics ?? [])).map(\.message)
                questionsRejected.append("seed \(seed): \(question): " + messages.joined(separator: "; "))
                continue
            }
            do {
                switch question.form {
                case .clause, .possessive:
                    guard case .verdict(let certainty) = answer.shape else {
                        questionsRejected.append("seed \(seed): \(question): not a verdict")
                        continue
                    }
                    let expected = try oracle.answer(question)
                    record(seed, text, question.description, Self.verdict(certainty), expected,
                           library: certainty.phrase, oracle: expected.description)
                case .changes(let low, let high):
                    let expected = try oracle.changes(between: low, and: high)
                    var actual: [Oracle.ChangeKey: Oracle.Verdict] = [:]
                    for row in answer.rows {
                        guard let change = row.change,
                              let number = Int(session.knowledgeBase.identifier(of: row.entity).dropFirst()) else { continue }
                        actual[Oracle.ChangeKey(clause: number - 1, ended: change == .ended)] = Self.verdict(row.certainty)
                    }
                    func render(_ rows: [Oracle.ChangeKey: Oracle.Verdict]) -> String {
                        let text = rows.sorted { $0.key < $1.key }
                            .map { "\($0.key) \($0.value)" }.joined(separator: "; ")
                        return text.isEmpty ? "nothing" : text
                    }
                    for key in Set(expected.keys).union(actual.keys).sorted() {
                        record(seed, text, "\(question) [\(key)]", actual[key] ?? .doesNotHold, expected[key] ?? .doesNotHold,
                               library: render(actual), oracle: render(expected))
                    }
                }
            } catch {
                if case .tooLarge = error { tooLarge += 1 } else { unsatisfiable += 1 }
            }
        }
    }

    private mutating func record(_ seed: UInt64, _ text: String, _ question: String, _ actual: Oracle.Verdict,
                                 _ expected: Oracle.Verdict, library: String, oracle: String) {
        compared += 1
        let difference = Difference(seed: seed, knowledgeBase: text, question: question, library: library, oracle: oracle)
        if actual == expected {
            equal += 1
        } else if actual == .mayHold {
            weakenings.append(difference)
        } else {
            contradictions.append(difference)
        }
    }

    var summary: String {
        "\(knowledgeBases) knowledge bases (\(rejectedByLibrary.count) rejected by the library, \(unsatisfiable) without an allowed assignment " +
            "of which the library loaded \(acceptedWithoutAllowedAssignment.count), " +
            "\(tooLarge) too large to enumerate), \(questionsRejected.count) questions rejected; \(compared) answers compared: " +
            "\(equal) equal, \(weakenings.count) weaker (may hold where the oracle is certain), \(contradictions.count) contradicting"
    }
}
