extension Evaluator {
    /// The rows a subject names for the scope, each judged; rows the asked party does not hold are
    /// kept only when no row is held by it, so a "no" still shows which clause it is about.
    func rows(of subject: ResolvedSubject, _ scope: Scope, predicate: CompiledFilter? = nil) throws(QueryFailure) -> [AnswerRow] {
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
            return views.map { judge($0, scope, predicate: predicate) }
        }
        let rows = views.map { judge($0, scope, predicate: predicate) }
        let held = rows.filter(\.isHeldByAskedParty)
        return held.isEmpty ? Array(rows.prefix(1)) : held
    }

    // MARK: yes/no

    func answerYesNo(_ subject: ResolvedSubject, _ predicate: CompiledFilter?, _ scope: Scope) throws(QueryFailure) -> Answer {
        var rows = try rows(of: subject, scope, predicate: predicate)
        let verdict = Certainty.any(rows.map(\.certainty))
        // A yes or a maybe shows the rows behind it; a no shows every row considered, each with why it fails.
        if verdict != .doesNotHold { rows.removeAll { $0.certainty == .doesNotHold } }
        var answer = makeAnswer(.verdict(verdict), sorted(rows), scope)
        if let predicate { answer.conditions.append(predicate) }
        return answer
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
                row.boundary = clause.until
                row.chain = predecessors(of: index, among: members)
            case .start:
                guard !successors.contains(index) else { continue }
                row.boundary = clause.from
                row.chain = followers(of: index, among: members)
            }
            rows.append(row)
        }
        return makeAnswer(.boundaries(boundary), rows, scope)
    }

    /// The clauses replaced, one after another, to reach `index`; the earliest first.
    private func predecessors(of index: Int32, among members: Set<Int32>) -> [Int32] {
        var chain: [Int32] = []
        var current = index
        while chain.count < members.count,
              let previous = members.sorted().first(where: { candidate in
                  let ending = kb.clauses[Int(candidate)].ending
                  if case .clause(let next)? = ending?.cause, ending?.kind == .replaced {
                      return next == current && !chain.contains(candidate)
                  }
                  return false
              }) {
            chain.insert(previous, at: 0)
            current = previous
        }
        return chain
    }

    /// The clauses that replaced `index`, one after another.
    private func followers(of index: Int32, among members: Set<Int32>) -> [Int32] {
        var chain: [Int32] = []
        var current = kb.clauses[Int(index)]
        while chain.count < members.count, current.ending?.kind == .replaced,
              case .clause(let next)? = current.ending?.cause, members.contains(next), !chain.contains(next) {
            chain.append(next)
            current = kb.clauses[Int(next)]
        }
        return chain
    }
}
