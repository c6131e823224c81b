/// Answers questions against one knowledge base; holds no state between questions.
public struct Evaluator: Sendable {
    /// The knowledge base questions are answered from.
    public let knowledgeBase: KnowledgeBase
    /// The reading of unknown ends and the cancellation check used for every question.
    public let options: EvaluationOptions
    /// The source text questions' ranges point into.
    public let file: FileID

    /// An evaluator over `knowledgeBase` whose diagnostics point into the source text `file`.
    public init(knowledgeBase: KnowledgeBase, options: EvaluationOptions = EvaluationOptions(), file: FileID) {
        self.knowledgeBase = knowledgeBase
        self.options = options
        self.file = file
    }

    var kb: KnowledgeBase { knowledgeBase }

    /// Answers `question`, or throws every unknown or ambiguous name in it, a backwards period, or an interruption.
    public func answer(_ question: Question) throws(QueryFailure) -> Answer {
        switch question {
        case .which(let which): return try answerWhich(which)
        case .yesNo(let yesNo): return try answerYesNo(yesNo)
        case .when(let when): return try answerWhen(when)
        case .changes(let changes): return try answerChanges(changes)
        case .list(let list): return try answerList(list)
        case .explain(let explain):
            var answer: Answer
            switch explain.target {
            case .question(let inner): answer = try self.answer(inner)
            case .subject(let subject, let modifiers): answer = try answerSubject(subject, modifiers)
            }
            answer.explains = true
            return answer
        }
    }

    // MARK: Shared steps

    func window(_ modifiers: Modifiers) -> TimeWindow {
        modifiers.temporal.flatMap(TimeWindow.init) ?? .always
    }

    func makeAnswer(_ shape: Answer.Shape, _ rows: [AnswerRow], _ modifiers: Modifiers) -> Answer {
        Answer(shape: shape, rows: rows, period: modifiers.temporal.map(describe), window: window(modifiers),
               assumption: options.unknownEnds)
    }

    func describe(_ temporal: Temporal) -> String {
        if let second = temporal.second { return "\(temporal.op.rawValue) \(temporal.first.date) and \(second.date)" }
        return "\(temporal.op.rawValue) \(temporal.first.date)"
    }

    func resolve(_ name: Name, _ kind: EntityKind) throws(QueryFailure) -> Int32 {
        switch kb.lookup(name, kind, file: file) {
        case .success(let index): return index
        case .failure(let diagnostic): throw QueryFailure(diagnostic)
        }
    }

    /// Resolves the party and the filter together so that every unknown name is reported at once.
    func prepare(_ modifiers: Modifiers) throws(QueryFailure) -> (parties: [Int32]?, filter: CompiledFilter?) {
        var failures: [Diagnostic] = []
        var parties: [Int32]?
        if let name = modifiers.party {
            switch kb.lookup(name, .party, file: file) {
            case .success(let party): parties = kb.partyWithParts(party)
            case .failure(let diagnostic): failures.append(diagnostic)
            }
        }
        var filter: CompiledFilter?
        if let written = modifiers.filter {
            do throws(QueryFailure) {
                filter = try CompiledFilter.compile(written, kb: kb, file: file)
            } catch {
                failures += error.diagnostics
            }
        }
        if !failures.isEmpty { throw QueryFailure(failures) }
        return (parties, filter)
    }

    /// How surely the view holds in the window and passes the filter.
    func certainty(_ view: ClauseView, _ window: TimeWindow, _ filter: CompiledFilter?) -> Certainty {
        let timely = window.test(view.interval(options.unknownEnds))
        guard timely != .doesNotHold, let filter else { return timely }
        return min(timely, filter.test(view, kb: kb))
    }

    /// Stops the evaluation when the front end asks; polled every few thousand clauses.
    func checkCancellation(_ counter: Int) throws(QueryFailure) {
        if counter & 0xFFF == 0, options.isCancelled() {
            throw QueryFailure(Diagnostic(.interrupted, .error, "interrupted", at: nil))
        }
    }

    /// Orders rows: holds before may hold, then as declared, stated before derived.
    func sorted(_ rows: [AnswerRow]) -> [AnswerRow] {
        rows.enumerated().sorted { a, b in
            if a.element.certainty != b.element.certainty { return a.element.certainty > b.element.certainty }
            return a.offset < b.offset
        }.map(\.element)
    }

    // MARK: Candidates

    /// The clauses (and correlative readings) whose holder is one of `parties`, or all when nil, in
    /// declaration order; correlative rights are read by default only when rights are asked for.
    func views(kind: ClauseKind, holders parties: [Int32]?,
               correlatives wantsCorrelatives: Bool? = nil) throws(QueryFailure) -> [ClauseView] {
        var result: [ClauseView] = []
        var counter = 0
        let wantsCorrelatives = wantsCorrelatives ?? (kind == .rights)
        func consider(_ index: Int32, asHolder: Bool) {
            let clause = kb.clauses[Int(index)]
            if asHolder {
                if kind.modality == nil || kind.modality == clause.modality {
                    result.append(ClauseView(index, in: kb))
                }
            } else if wantsCorrelatives, let rule = ClauseView.correlativeRule(for: clause) {
                result.append(ClauseView(index, in: kb, derivation: rule))
            }
        }
        if let parties {
            var indexes: [(Int32, Bool)] = []
            for party in parties {
                indexes += kb.clausesByHolder[Int(party)].map { ($0, true) }
                if wantsCorrelatives { indexes += kb.clausesByCounterparty[Int(party)].map { ($0, false) } }
            }
            indexes.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 && !$1.1 }
            for (index, asHolder) in indexes {
                counter += 1
                try checkCancellation(counter)
                consider(index, asHolder: asHolder)
            }
        } else {
            for index in kb.clauses.indices {
                counter += 1
                try checkCancellation(counter)
                consider(Int32(index), asHolder: true)
                consider(Int32(index), asHolder: false)
            }
        }
        return result
    }

    /// The "via" party of a view asked about `asked`: its holder when that is a part, not the party itself.
    func via(_ view: ClauseView, asked: Int32?) -> Int32? {
        guard let asked, view.holder != asked else { return nil }
        return view.holder
    }

    func row(_ view: ClauseView, _ certainty: Certainty, asked: Int32?) -> AnswerRow {
        AnswerRow(EntityRef(.clause, view.index), certainty, derivation: view.derivation, via: via(view, asked: asked))
    }

    // MARK: which

    func answerWhich(_ question: WhichQuestion) throws(QueryFailure) -> Answer {
        let (parties, filter) = try prepare(question.modifiers)
        let window = window(question.modifiers)
        var rows: [AnswerRow] = []
        for view in try views(kind: question.kind, holders: parties) {
            let certainty = certainty(view, window, filter)
            if certainty != .doesNotHold { rows.append(row(view, certainty, asked: parties?.first)) }
        }
        return makeAnswer(.clauses, sorted(rows), question.modifiers)
    }
}
