extension Evaluator {
    /// The clause views a subject names, and the party it was asked about (for "via").
    func views(of subject: Subject) throws(QueryFailure) -> (views: [ClauseView], asked: Int32?) {
        switch subject {
        case .clause(let name):
            return ([ClauseView(try resolve(name, .clause), in: kb)], nil)
        case .possessive(let partyName, let actionName, let objectName):
            var failures: [Diagnostic] = []
            var party: Int32 = -1
            switch kb.lookup(partyName, .party, file: file) {
            case .success(let index): party = index
            case .failure(let diagnostic): failures.append(diagnostic)
            }
            let actions = kb.actionIndexes(matching: actionName.text)
            if actions.isEmpty {
                failures.append(KnowledgeBase.unknown(actionName, "action", .unknownReference,
                                                      candidates: kb.actionNames,
                                                      at: SourceLocation(file: file, range: actionName.range)))
            }
            var object: Int32?
            if let objectName {
                switch kb.lookup(objectName, .asset, file: file) {
                case .success(let index): object = index
                case .failure(let diagnostic): failures.append(diagnostic)
                }
            }
            if !failures.isEmpty { throw QueryFailure(failures) }
            let parties = kb.partyWithParts(party)
            let views = try self.views(kind: .clauses, holders: parties, correlatives: true).filter { view in
                guard let action = view.clause.action, actions.contains(action) else { return false }
                guard let object else { return true }
                return kb.assets(of: view.clause).contains(object)
            }
            return (views, party)
        }
    }

    // MARK: yes/no

    func answerYesNo(_ question: YesNoQuestion) throws(QueryFailure) -> Answer {
        let (views, asked) = try views(of: question.subject)
        let (_, filter) = try prepare(question.modifiers)
        let predicate: CompiledFilter?
        if let written = question.predicate {
            predicate = try CompiledFilter.compile(written, kb: kb, file: file)
        } else {
            predicate = nil
        }
        let window = window(question.modifiers)
        var rows: [AnswerRow] = []
        for view in views {
            let timely = window.test(view.interval(options.unknownEnds))
            guard timely != .doesNotHold else { continue }
            var certainty = timely
            if let predicate { certainty = min(certainty, predicate.test(view, kb: kb)) }
            if let filter { certainty = min(certainty, filter.test(view, kb: kb)) }
            rows.append(row(view, certainty, asked: asked))
        }
        let verdict = Certainty.any(rows.map(\.certainty))
        return makeAnswer(.verdict(verdict), sorted(rows), question.modifiers)
    }

    // MARK: when

    func answerWhen(_ question: WhenQuestion) throws(QueryFailure) -> Answer {
        let (candidates, asked) = try views(of: question.subject)
        let (_, filter) = try prepare(question.modifiers)
        let window = window(question.modifiers)
        let views = candidates.filter { certainty($0, window, filter) != .doesNotHold }
        let members = Set(views.map(\.index))
        /// The clause that replaced `view`, when it is among the answer's clauses.
        func successor(_ view: ClauseView) -> Int32? {
            guard let ending = view.clause.ending, ending.kind == .replaced, case .clause(let next) = ending.cause,
                  members.contains(next) else { return nil }
            return next
        }
        let successors = Set(views.compactMap(successor))
        var rows: [AnswerRow] = []
        for view in views {
            var result = row(view, certainty(view, window, filter), asked: asked)
            switch question.boundary {
            case .end:
                guard successor(view) == nil else { continue }
                result.boundary = view.clause.until
                result.chain = predecessors(of: view.index, among: views)
            case .start:
                guard !successors.contains(view.index) else { continue }
                result.boundary = view.clause.from
                result.chain = followers(of: view, among: views)
            }
            rows.append(result)
        }
        return makeAnswer(.boundaries(question.boundary), rows, question.modifiers)
    }

    /// The clauses replaced, one after another, to reach `index`; the earliest first.
    private func predecessors(of index: Int32, among views: [ClauseView]) -> [Int32] {
        var chain: [Int32] = []
        var current = index
        while chain.count < views.count,
              let previous = views.first(where: { view in
                  if case .clause(let next)? = view.clause.ending?.cause, view.clause.ending?.kind == .replaced {
                      return next == current && !chain.contains(view.index)
                  }
                  return false
              }) {
            chain.insert(previous.index, at: 0)
            current = previous.index
        }
        return chain
    }

    /// The clauses that replaced `view`, one after another.
    private func followers(of view: ClauseView, among views: [ClauseView]) -> [Int32] {
        var chain: [Int32] = []
        var current = view.clause
        while chain.count < views.count, current.ending?.kind == .replaced,
              case .clause(let next)? = current.ending?.cause, views.contains(where: { $0.index == next }),
              !chain.contains(next) {
            chain.append(next)
            current = kb.clauses[Int(next)]
        }
        return chain
    }

    // MARK: explain a subject

    func answerSubject(_ subject: Subject, _ modifiers: Modifiers) throws(QueryFailure) -> Answer {
        let (views, asked) = try views(of: subject)
        let (_, filter) = try prepare(modifiers)
        let window = window(modifiers)
        let rows = views.map { row($0, certainty($0, window, filter), asked: asked) }
        return makeAnswer(.clauses, sorted(rows), modifiers)
    }
}
