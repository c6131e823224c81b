/// Where a script's answers go as they are found, instead of being kept in its outcome until it ends.
package struct ScriptSink {
    /// Called once, before any question is answered, with the script's own problems (syntax, loading) and
    /// the session the questions will be answered on.
    package var prepared: (ScriptOutcome, Session) -> Void
    /// Called with each question's outcome once it is final (its `expect` checked), in script order,
    /// and the session it was answered on: always the one `prepared` was given.
    package var answered: (QuestionOutcome, Session) -> Void

    package init(prepared: @escaping (ScriptOutcome, Session) -> Void,
                 answered: @escaping (QuestionOutcome, Session) -> Void) {
        self.prepared = prepared
        self.answered = answered
    }
}

extension Session {
    /// Runs a script as `run(_:name:)` does, handing each question's outcome to `sink` as soon as it is
    /// final instead of keeping it: the outcome returned holds the script's own problems and no steps, and
    /// `hasErrors` still says whether a question failed.
    package mutating func run(_ bytes: [UInt8], name: String, into sink: ScriptSink) -> ScriptOutcome {
        run(bytes, name: name, answering: true, sink: sink)
    }

    /// Runs a script; without `answering`, questions are only checked, and answered only when an
    /// `expect` follows them. With a `sink`, each question's outcome goes to it once final.
    mutating func run(_ bytes: [UInt8], name: String, answering: Bool, sink: ScriptSink? = nil) -> ScriptOutcome {
        if CompiledKnowledge.isCompiled(bytes) {
            let outcome = load([(name, bytes)])
            sink?.prepared(outcome, self)
            return outcome
        }
        var loader = Loader(streamingInto: knowledgeBase, expectingBytes: bytes.count)
        let text = stream(SourceText(name: name, bytes: bytes), into: &loader)
        var outcome = ScriptOutcome(diagnostics: text.script.diagnostics, isIncomplete: text.script.isIncomplete,
                                    statements: text.locations)
        let loaded = end(loader, adding: text.declared, failedIdentifiers: text.script.failedIdentifiers, into: &outcome)
        return run(text.script, loaded: loaded, declaring: !text.declared.isEmpty, after: outcome, answering: answering,
                   sink: sink)
    }

    /// Runs a script already parsed from one of this session's sources.
    mutating func run(_ script: ParsedScript, answering: Bool, sink: ScriptSink? = nil) -> ScriptOutcome {
        var outcome = ScriptOutcome(diagnostics: script.diagnostics, isIncomplete: script.isIncomplete,
                                    statements: script.statementLocations)
        let declarations = Session.declarations(of: script)
        let loaded = check([(script.file, declarations)], failedIdentifiers: script.failedIdentifiers, into: &outcome)
        return run(script, loaded: loaded, declaring: !declarations.isEmpty, after: outcome, answering: answering,
                   sink: sink)
    }

    /// Answers the questions of `script` after its declarations were checked, and `loaded` when nothing
    /// was wrong; when something was, the script's knowledge failed to load if it declares any.
    private mutating func run(_ script: ParsedScript, loaded: Bool, declaring: Bool, after start: ScriptOutcome,
                              answering: Bool, sink: ScriptSink?) -> ScriptOutcome {
        var outcome = start
        guard loaded else {
            outcome.loadFailed = script.failedInDeclaration || declaring
            sink?.prepared(outcome, self)
            return outcome
        }
        outcome.questionCount = script.statements.filter { if case .question = $0 { return true } else { return false } }.count
        sink?.prepared(outcome, self)
        answer(script, answering: answering, into: &outcome, sink: sink)
        if let sink {
            for step in outcome.steps { sink.answered(step, self) }
            outcome.streamedFailure = outcome.streamedFailure || outcome.steps.contains { !$0.succeeded }
            outcome.steps = []
        }
        return outcome
    }

    /// Answers the questions of `script` in order into `outcome`, each checked against the `expect` after
    /// it; with a `sink`, every step but the last (which an `expect` may still follow) goes to it as soon as
    /// the next question comes.
    private func answer(_ script: ParsedScript, answering: Bool, into outcome: inout ScriptOutcome, sink: ScriptSink?) {
        let evaluator = Evaluator(knowledgeBase: knowledgeBase, options: options)
        var checker = QuestionChecker(knowledgeBase: knowledgeBase, source: sources[script.file], file: script.file)
        var unanswered: ResolvedQuestion?
        var questionAwaitsExpectation = false
        func answer(_ resolved: ResolvedQuestion, into step: inout QuestionOutcome) {
            do throws(QueryFailure) {
                step.answer = try evaluator.answer(resolved)
            } catch {
                step.diagnostics = error.diagnostics
            }
        }
        for statement in script.statements {
            switch statement {
            case .declaration:
                unanswered = nil
                questionAwaitsExpectation = false
            case .question(let question):
                if let last = outcome.steps.last, !last.succeeded, !keepGoing { return }
                if let sink {
                    for step in outcome.steps { sink.answered(step, self) }
                    outcome.streamedFailure = outcome.streamedFailure || outcome.steps.contains { !$0.succeeded }
                    outcome.steps = []
                }
                var step = QuestionOutcome(file: script.file, text: sources[script.file].text(in: question.range),
                                           range: question.range, answer: nil, diagnostics: [])
                unanswered = nil
                questionAwaitsExpectation = true
                switch checker.check(question.question) {
                case .failure(let failure): step.diagnostics = failure.diagnostics
                case .success(let resolved):
                    if answering { answer(resolved, into: &step) } else { unanswered = resolved }
                }
                outcome.steps.append(step)
            case .expectation(let expectation):
                guard questionAwaitsExpectation, var step = outcome.steps.popLast() else {
                    outcome.diagnostics.append(Diagnostic(.noQuestion, .error, "'expect' must follow a question",
                                                          at: SourceLocation(file: script.file, range: expectation.range)))
                    return
                }
                questionAwaitsExpectation = false
                if let resolved = unanswered { answer(resolved, into: &step) }
                unanswered = nil
                step.expectationFailure = ExpectationCheck.check(
                    expectation, answer: step.answer, failure: step.answer == nil ? QueryFailure(step.diagnostics) : nil,
                    kb: knowledgeBase, file: script.file)
                step.wasExpected = step.answer == nil && step.expectationFailure == nil
                outcome.steps.append(step)
            }
        }
    }

    /// True when the text declares knowledge of its own: some statement starts with a declaration keyword.
    ///
    /// Front ends use it to decide whether a script runs on its own knowledge or on a base
    /// knowledge base. It looks for a declaration keyword's letters first, and lexes only when they
    /// appear, up to the first declaration.
    package static func declaresKnowledge(_ bytes: [UInt8]) -> Bool {
        mentionsDeclarationKeyword(bytes) && declaresKnowledgeByLexing(bytes)
    }

    /// True when a declaration keyword's letters appear anywhere in the text: without them there is no
    /// declaration, and a script of questions alone is not lexed twice.
    static func mentionsDeclarationKeyword(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { text in
            func spells(_ word: StaticString, at index: Int) -> Bool {
                let count = word.utf8CodeUnitCount
                guard index + count <= text.count else { return false }
                for offset in 1..<count where text[index + offset] != word.utf8Start[offset] { return false }
                return true
            }
            for index in text.indices {
                switch text[index] {
                case UInt8(ascii: "p"): if spells("party", at: index) || spells("prospect", at: index) { return true }
                case UInt8(ascii: "a"): if spells("asset", at: index) || spells("agreement", at: index) { return true }
                case UInt8(ascii: "s"): if spells("source", at: index) { return true }
                case UInt8(ascii: "e"): if spells("event", at: index) { return true }
                default: continue
                }
            }
            return false
        }
    }

    /// True when some statement of the text starts with a declaration keyword, as the lexer reads it.
    static func declaresKnowledgeByLexing(_ bytes: [UInt8]) -> Bool {
        var declares = false
        var atStatementStart = true
        var braces = 0
        Lexer.scan(SourceText(name: "", bytes: bytes)) { token in
            switch token.kind {
            case .keyword(.party), .keyword(.asset), .keyword(.source), .keyword(.agreement), .keyword(.event),
                 .keyword(.prospect):
                if atStatementStart && braces == 0 {
                    declares = true
                    return false
                }
                atStatementStart = false
            case .leftBrace:
                braces += 1
            case .rightBrace:
                braces = max(0, braces - 1)
                atStatementStart = braces == 0
            case .dot, .question:
                atStatementStart = braces == 0
            default:
                atStatementStart = false
            }
            return true
        }
        return declares
    }
}
