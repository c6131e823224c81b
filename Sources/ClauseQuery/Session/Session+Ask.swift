extension Session {
    /// Answers one question without changing the knowledge base.
    ///
    /// Throws the question's diagnostics when it does not parse, names something unknown,
    /// or is not a single question.
    package mutating func ask(_ question: String) throws(QueryFailure) -> Answer {
        let script = parse(question, name: "<question>")
        if script.diagnostics.contains(where: \.isError) { throw QueryFailure(script.diagnostics) }
        guard script.statements.count == 1, case .question(let statement) = script.statements[0] else {
            throw QueryFailure(Diagnostic(.noQuestion, .error, "expected exactly one question", at: nil))
        }
        switch QuestionChecker.check(statement.question, knowledgeBase: knowledgeBase, source: sources[script.file],
                                     file: script.file, isCancelled: options.isCancelled) {
        case .failure(let failure): throw failure
        case .success(let resolved):
            return try Evaluator(knowledgeBase: knowledgeBase, options: options).answer(resolved)
        }
    }
}
