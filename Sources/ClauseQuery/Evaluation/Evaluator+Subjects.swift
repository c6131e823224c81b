extension Evaluator {
    /// The rows a subject names for the scope, each judged; rows the asked party does not hold are
    /// kept only when no row is held by it, so a "no" still shows which clause it is about.
    func rows(of subject: ResolvedSubject, _ scope: Scope, predicate: CompiledFilter? = nil,
              validityOnly: Bool = false) throws(QueryFailure) -> [AnswerRow] {
        var views: [ClauseView]
        switch subject {
        case .clause(let index):
            views = [ClauseView(index, in: kb)]
            if scope.parties != nil, let rule = ClauseView.correlativeRule(for: kb.clauses[Int(index)]) {
                views.append(ClauseView(index, in: kb, derivation: rule))
            }
        case .possessive(let party, let actions, let object):
            views = try self.views(kind: .clauses, holders: Set(kb.partyWithParts(party))).filter { view in
                guard let action = view.clause.action, actions.contains(action) else { return false }
                guard let object else { return true }
                return kb.assets(of: view.clause).contains(object)
            }
            var scope = scope
            scope.party = party
            return views.map { judge($0, scope, predicate: predicate, validityOnly: validityOnly) }
        }
        let rows = views.map { judge($0, scope, predicate: predicate, validityOnly: validityOnly) }
        let held = rows.filter(\.isHeldByAskedParty)
        return held.isEmpty ? Array(rows.prefix(1)) : held
    }

    // MARK: yes/no

    func answerYesNo(_ subject: ResolvedSubject, _ predicate: CompiledFilter?, _ scope: Scope,
                     inForce: Bool) throws(QueryFailure) -> Answer {
        var rows = try rows(of: subject, scope, predicate: predicate, validityOnly: inForce)
        let alone = Certainty.any(rows.map(\.certainty))
        var verdict = alone
        if scope.window.relation == .covers, rows.count > 1, verdict != .holds {
            verdict = max(verdict, unionCovers(rows, scope, validityOnly: inForce))
        }
        // A yes or a maybe shows the rows behind it (all the clauses that together cover the time when
        // none does alone); a no shows every row considered, each with why it fails.
        if verdict != .doesNotHold {
            rows.removeAll { row in
                verdict == alone ? row.certainty == .doesNotHold : !row.isHeldByAskedParty || row.condition == .doesNotHold
            }
        }
        var answer = makeAnswer(.verdict(verdict), sorted(rows), scope)
        if let predicate { answer.conditions.append(predicate) }
        answer.asksValidity = inForce
        return answer
    }

    /// Whether on every day of a covering window one of several rows holds, though none may cover it
    /// alone: clauses that end the day before their replacements start cover the days between them.
    /// Sure when the days each surely holds on cover the window; impossible when the days each may
    /// hold on do not; may hold otherwise. A row that fails a filter or the party counts for nothing.
    func unionCovers(_ rows: [AnswerRow], _ scope: Scope, validityOnly: Bool) -> Certainty {
        let window = scope.window
        let (sure, possible) = unionDays(rows, validityOnly: validityOnly)
        if ClosedRange.cover(sure, window.firstDay, window.lastDay) { return .holds }
        if !ClosedRange.cover(possible, window.firstDay, window.lastDay) { return .doesNotHold }
        return .mayHold
    }

    /// The days on which one of several rows surely holds (replacement chains included), and those on
    /// which one may.
    func unionDays(_ rows: [AnswerRow], validityOnly: Bool) -> (sure: [ClosedRange<Int>], possible: [ClosedRange<Int>]) {
        var sure: [ClosedRange<Int>] = []
        var possible: [ClosedRange<Int>] = []
        for row in rows where row.isHeldByAskedParty && row.condition != .doesNotHold {
            let view = ClauseView(row.entity.index, in: kb, derivation: row.derivation)
            var span = view.span(kb, options.unknownEnds)
            if validityOnly { span = span.withoutConditions }
            if let days = span.possibleDays { possible.append(days) }
            if row.condition ?? .holds == .holds, let days = span.sureDays { sure.append(days) }
        }
        for chain in chains(rows, validityOnly: validityOnly) { sure.append(chain) }
        return (sure, possible)
    }

    /// The days surely covered by replacement chains among `rows`: a clause cut the day before the
    /// instant its successor starts on, and that successor, hold together from the first one's start to
    /// the second one's end, whatever day that shared instant turns out to be.
    private func chains(_ rows: [AnswerRow], validityOnly: Bool) -> [ClosedRange<Int>] {
        let members = rows.filter { $0.isHeldByAskedParty && ($0.condition ?? .holds) == .holds }
        let startingOn = Dictionary(grouping: members) { kb.clauses[Int($0.entity.index)].start }
        var result: [ClosedRange<Int>] = []
        for row in members {
            let clause = kb.clauses[Int(row.entity.index)]
            guard let cut = clause.end.cut, validityOnly || kb.conditions(of: clause).isEmpty,
                  kb.endDecider(of: clause) == .cut else { continue }
            for next in startingOn[cut] ?? [] {
                let successor = kb.clauses[Int(next.entity.index)]
                guard validityOnly || kb.conditions(of: successor).isEmpty else { continue }
                let first = kb.span(of: clause, assumption: options.unknownEnds)
                let second = kb.span(of: successor, assumption: options.unknownEnds)
                if first.latestStart <= second.earliestEnd { result.append(first.latestStart...second.earliestEnd) }
            }
        }
        return result
    }

    // MARK: explain a subject

    func answerSubject(_ subject: ResolvedSubject, _ scope: Scope) throws(QueryFailure) -> Answer {
        makeAnswer(.clauses, sorted(try rows(of: subject, scope)), scope)
    }

    // MARK: when

    func answerWhen(_ subject: ResolvedSubject, _ boundary: WhenQuestion.Boundary, _ scope: Scope) throws(QueryFailure) -> Answer {
        let judged = try rows(of: subject, scope).filter { $0.certainty != .doesNotHold }
        let members = Set(judged.map(\.entity.index))
        /// The clause that replaced `index`, when it is among the answer's clauses.
        func successor(_ index: Int32) -> Int32? {
            guard let ending = kb.clauses[Int(index)].ending, ending.kind == .replaced,
                  case .clause(let next) = ending.cause, members.contains(next) else { return nil }
            return next
        }
        let successors = Set(judged.compactMap { successor($0.entity.index) })
        var rows: [AnswerRow] = []
        for var row in judged {
            let index = row.entity.index
            let clause = kb.clauses[Int(index)]
            switch boundary {
            case .end:
                guard successor(index) == nil else { continue }
                row.boundary = kb.end(of: clause, assumption: options.unknownEnds)
                row.chain = try predecessors(of: index, among: members)
            case .start:
                guard !successors.contains(index) else { continue }
                row.boundary = kb.start(of: clause, assumption: options.unknownEnds)
                row.chain = try followers(of: index, among: members)
            }
            rows.append(row)
        }
        return makeAnswer(.boundaries(boundary), rows, scope)
    }

    /// The clauses replaced, one after another, to reach `index`; the earliest first. Where two members
    /// say they were replaced by the same clause, the first declared is followed. Each step polls for
    /// cancellation.
    private func predecessors(of index: Int32, among members: Set<Int32>) throws(QueryFailure) -> [Int32] {
        var replaced: [Int32: Int32] = [:]
        for candidate in members {
            let ending = kb.clauses[Int(candidate)].ending
            guard case .clause(let next)? = ending?.cause, ending?.kind == .replaced else { continue }
            replaced[next] = min(candidate, replaced[next] ?? candidate)
        }
        var chain: [Int32] = []
        var seen: Set<Int32> = [index]
        var current = index
        while let previous = replaced[current], seen.insert(previous).inserted {
            try checkCancellation(0)
            chain.append(previous)
            current = previous
        }
        return chain.reversed()
    }

    /// The clauses that replaced `index`, one after another; each step polls for cancellation.
    private func followers(of index: Int32, among members: Set<Int32>) throws(QueryFailure) -> [Int32] {
        var chain: [Int32] = []
        var seen: Set<Int32> = [index]
        var current = kb.clauses[Int(index)]
        while current.ending?.kind == .replaced, case .clause(let next)? = current.ending?.cause, members.contains(next),
              seen.insert(next).inserted {
            try checkCancellation(0)
            chain.append(next)
            current = kb.clauses[Int(next)]
        }
        return chain
    }
}
