/// Answers checked questions against one knowledge base; holds no state between questions.
///
/// It takes only `ResolvedQuestion`s, whose names the checker has resolved, so the only way it
/// can fail is an interruption.
package struct Evaluator: Sendable {
    /// The knowledge base questions are answered from; the one the questions were checked against.
    /// Stored under its short name: every step reads it, and reading a stored property passes it on
    /// without the copy a computed one makes of all its tables.
    let kb: KnowledgeBase
    /// The reading of unknown ends and the cancellation check used for every question.
    package let options: EvaluationOptions

    /// An evaluator over `knowledgeBase`.
    package init(knowledgeBase: KnowledgeBase, options: EvaluationOptions = EvaluationOptions()) {
        kb = knowledgeBase
        self.options = options
    }

    /// Whether a question without a party judges only the clauses the time index says may hold in its
    /// window; without it, every clause is judged, as the index's tests compare.
    var usesTimeIndex = true

    /// The knowledge base questions are answered from.
    package var knowledgeBase: KnowledgeBase { kb }

    /// Answers `question`; throws only when the options' cancellation check stops it.
    package func answer(_ question: ResolvedQuestion) throws(QueryFailure) -> Answer {
        var answer: Answer
        let scope = question.scope
        switch question.form {
        case .which(let kind): answer = try answerWhich(kind, scope)
        case .count(let kind):
            answer = try answerWhich(kind, scope)
            let (least, most) = count(answer.rows, scope)
            answer.shape = .count(least: least, most: most)
        case .total(let kind):
            answer = try answerWhich(kind, scope)
            answer.shape = .total(totals(answer.rows, scope))
        case .yesNo(let subject, let predicate, let inForce): answer = try answerYesNo(subject, predicate, scope, inForce: inForce)
        case .when(let subject, let boundary): answer = try answerWhen(subject, boundary, scope)
        case .changes(let first, let second): answer = try answerChanges(first, second, scope)
        case .subject(let subject): answer = try answerSubject(subject, scope)
        case .list(let noun): answer = try answerList(noun, scope)
        case .timeline(let kind, let clauses): answer = try answerTimeline(kind, only: clauses, scope)
        }
        answer.explains = question.explains
        answer.party = scope.party
        if let filter = scope.filter { answer.conditions.append(filter) }
        // What does not read in a compiled file reads as empty records: nothing computed from it is given.
        if let unreadable = kb.unreadable { throw QueryFailure(unreadable) }
        return answer
    }

    // MARK: Shared steps

    func makeAnswer(_ shape: Answer.Shape, _ rows: [AnswerRow], _ scope: Scope) -> Answer {
        Answer(shape: shape, rows: rows, period: scope.temporal.map(describe), window: scope.window,
               assumption: options.unknownEnds)
    }

    func describe(_ temporal: Temporal) -> String {
        if let second = temporal.second { return "\(temporal.op.rawValue) \(temporal.first.date) and \(second.date)" }
        return "\(temporal.op.rawValue) \(temporal.first.date)"
    }

    /// The row for `view`: how surely it holds for the scope's party, in its time, and passes its filter
    /// and `predicate`, with each part kept for explanations. With `validityOnly` the clause's
    /// conditions are left out (`in force`).
    func judge(_ view: ClauseView, _ scope: Scope, predicate: CompiledFilter? = nil, validityOnly: Bool = false) -> AnswerRow {
        let window = scope.window
        let span = view.span(kb, options.unknownEnds)
        let conditional = !span.ifs.isEmpty || !span.unlesses.isEmpty
        let validity = conditional ? span.withoutConditions.test(window) : span.test(window)
        let timing = validityOnly || !conditional ? validity : span.test(window)
        var result = AnswerRow(EntityRef(.clause, view.index), timing, derivation: view.derivation,
                               via: via(view, asked: scope.party))
        result.validity = validity
        if let predicate { result.condition = min(result.condition ?? .holds, predicate.test(view, kb: kb)) }
        if let filter = scope.filter { result.condition = min(result.condition ?? .holds, filter.test(view, kb: kb)) }
        result.isHeldByAskedParty = scope.parties == nil || view.holder.map { scope.includes($0) } == true
        if !result.isHeldByAskedParty { result.via = nil }
        func combined(_ timing: Certainty) -> Certainty {
            result.isHeldByAskedParty ? min(timing, result.condition ?? .holds) : .doesNotHold
        }
        result.certainty = combined(timing)
        if options.unknownEnds == .continue {
            let plain = view.span(kb, .unknown)
            result.isAssumed = combined((validityOnly ? plain.withoutConditions : plain).test(window)) != result.certainty
        }
        return result
    }

    /// Stops the evaluation when the front end asks; polled every few hundred clauses.
    func checkCancellation(_ counter: Int) throws(QueryFailure) {
        if counter & 0xFF == 0, options.isCancelled() {
            throw QueryFailure(Diagnostic(.interrupted, .error, "interrupted", at: nil))
        }
    }

    /// Orders rows: holds before may hold before does not hold, then as declared, stated before derived.
    func sorted(_ rows: [AnswerRow]) -> [AnswerRow] {
        Self.ordered(rows, ranks: 3) { 2 - $0.certainty.rawValue }
    }

    /// `rows` ordered by `rank`, from 0 to `ranks - 1`, rows of one rank in the order given. A counting
    /// sort: the ranks are few, and the rows are moved once instead of being compared and copied.
    static func ordered<Row>(_ rows: [Row], ranks: Int, by rank: (Row) -> Int) -> [Row] {
        let ranked = rows.map { min(max(rank($0), 0), ranks - 1) }
        guard zip(ranked, ranked.dropFirst()).contains(where: { $0 > $1 }) else { return rows }
        var starts = [Int](repeating: 0, count: ranks + 1)
        for position in ranked { starts[position + 1] += 1 }
        for position in 0..<ranks { starts[position + 1] += starts[position] }
        var order = [Int](repeating: 0, count: rows.count)
        for (index, position) in ranked.enumerated() {
            order[starts[position]] = index
            starts[position] += 1
        }
        return order.map { rows[$0] }
    }

    // MARK: Candidates

    /// The rows of `kind` held by one of `parties` (every party when nil), stated or as a derived
    /// correlative, in declaration order, stated before derived. Correlatives are read when the kind
    /// has derived rows, except that without a party `clauses` lists each clause once, as stated.
    /// Given a `window`, rows of clauses that surely neither hold nor start nor end in it may be left out.
    func views(kind: ClauseKind, holders parties: Set<Int32>?, during window: TimeWindow? = nil) throws(QueryFailure) -> [ClauseView] {
        var result: [ClauseView] = []
        try forEachView(kind: kind, holders: parties, during: window) { result.append($0) }
        return result
    }

    /// Calls `body` with each row `views(kind:holders:during:)` gives, in its order, without keeping them:
    /// a popular party's rows are judged as they are read rather than copied into a list first.
    func forEachView(kind: ClauseKind, holders parties: Set<Int32>?, during window: TimeWindow? = nil,
                     _ body: (ClauseView) -> Void) throws(QueryFailure) {
        var counter = 0
        let wantsCorrelatives = kind.hasDerivedRows && (kind != .clauses || parties != nil)
        func consider(_ index: Int32, asHolder: Bool) {
            let clause = kb.clauses[Int(index)]
            if asHolder {
                if kind.includes(clause.modality) { body(ClauseView(index, clause)) }
            } else if wantsCorrelatives, let rule = ClauseView.correlativeRule(for: clause) {
                let view = ClauseView(index, clause, derivation: rule)
                if kind.includes(view.modality) { body(view) }
            }
        }
        if let parties {
            var indexes: [(Int32, Bool)] = []
            var count = 0
            for party in parties {
                count += kb.clausesByHolder[Int(party)].count
                if wantsCorrelatives { count += kb.clausesByCounterparty[Int(party)].count }
            }
            indexes.reserveCapacity(count)
            for party in parties.sorted() {
                for index in kb.clausesByHolder[Int(party)] { indexes.append((index, true)) }
                if wantsCorrelatives { for index in kb.clausesByCounterparty[Int(party)] { indexes.append((index, false)) } }
            }
            Self.sortInDeclarationOrder(&indexes)
            for (index, asHolder) in indexes {
                counter += 1
                try checkCancellation(counter)
                consider(index, asHolder: asHolder)
            }
        } else {
            for index in clauses(during: window) {
                counter += 1
                try checkCancellation(counter)
                consider(index, asHolder: true)
                consider(index, asHolder: false)
            }
        }
    }

    /// Every clause that may hold, start or end in `window`, in the order declared: every clause when no
    /// window is given or the time index is not at hand.
    func clauses(during window: TimeWindow?) -> [Int32] {
        if let window, usesTimeIndex, let found = kb.clauses(overlapping: window.firstDay, window.lastDay) { return found }
        return kb.clauses.indices.map { Int32($0) }
    }

    /// Orders clause indexes as declared, a clause as holder before the same clause as counterparty. The
    /// lists of one party are each in order already, so two runs are merged instead of sorted when they are.
    static func sortInDeclarationOrder(_ indexes: inout [(Int32, Bool)]) {
        let precedes = { (a: (Int32, Bool), b: (Int32, Bool)) in a.0 != b.0 ? a.0 < b.0 : a.1 && !b.1 }
        var descents = 0, cut = 0
        for position in indexes.indices.dropFirst() where precedes(indexes[position], indexes[position - 1]) {
            descents += 1
            cut = position
        }
        if descents == 0 { return }
        guard descents == 1 else { return indexes.sort(by: precedes) }
        var merged: [(Int32, Bool)] = []
        merged.reserveCapacity(indexes.count)
        var (left, right) = (0, cut)
        while left < cut, right < indexes.count {
            if precedes(indexes[right], indexes[left]) {
                merged.append(indexes[right])
                right += 1
            } else {
                merged.append(indexes[left])
                left += 1
            }
        }
        merged += indexes[left..<cut]
        merged += indexes[right...]
        indexes = merged
    }

    /// The "via" party of a view asked about `asked`: its holder when that is a part, not the party itself.
    func via(_ view: ClauseView, asked: Int32?) -> Int32? {
        guard let asked, let holder = view.holder, holder != asked else { return nil }
        return holder
    }

    // MARK: which

    func answerWhich(_ kind: ClauseKind, _ scope: Scope) throws(QueryFailure) -> Answer {
        var rows: [AnswerRow] = []
        try forEachView(kind: kind, holders: scope.parties, during: scope.window) { view in
            let row = judge(view, scope)
            if row.certainty != .doesNotHold { rows.append(row) }
        }
        return makeAnswer(.clauses, sorted(rows), scope)
    }
}
