extension Evaluator {
    // MARK: changes

    func answerChanges(_ firstPeriod: DateLiteral, _ secondPeriod: DateLiteral, _ scope: Scope) throws(QueryFailure) -> Answer {
        let first = firstPeriod.date.firstDay...firstPeriod.date.lastDay
        let second = secondPeriod.date.firstDay...secondPeriod.date.lastDay
        let views: [ClauseView]
        if scope.parties != nil {
            views = try self.views(kind: .clauses, holders: scope.parties)
        } else {
            views = kb.clauses.indices.map { ClauseView(Int32($0), in: kb) }
        }
        var rows: [AnswerRow] = []
        for (counter, view) in views.enumerated() {
            try checkCancellation(counter + 1)
            let passes = scope.filter?.test(view, kb: kb)
            func changes(_ assumption: UnknownEndAssumption) -> [(Change, Certainty)] {
                let interval = view.interval(assumption)
                return [(.ended, interval.ended(between: first, and: second)),
                        (.started, interval.started(between: first, and: second))]
            }
            let plain = options.unknownEnds == .continue ? changes(.unknown) : []
            for (position, (change, timing)) in changes(options.unknownEnds).enumerated() {
                let combined = min(timing, passes ?? .holds)
                guard combined != .doesNotHold else { continue }
                var result = AnswerRow(EntityRef(.clause, view.index), combined, derivation: view.derivation,
                                       via: via(view, asked: scope.party))
                result.timing = timing
                result.condition = passes
                result.change = change
                if position < plain.count { result.isAssumed = min(plain[position].1, passes ?? .holds) != combined }
                rows.append(result)
            }
        }
        let ordered = rows.enumerated().sorted { a, b in
            let rank = { (row: AnswerRow) in row.change == .ended ? 0 : 1 }
            if rank(a.element) != rank(b.element) { return rank(a.element) < rank(b.element) }
            if a.element.certainty != b.element.certainty { return a.element.certainty > b.element.certainty }
            return a.offset < b.offset
        }.map(\.element)
        var answer = makeAnswer(.changes, ordered, scope)
        answer.period = "between \(firstPeriod.date) and \(secondPeriod.date)"
        answer.periods = (firstPeriod, secondPeriod)
        return answer
    }

    // MARK: list

    func answerList(_ noun: ListQuestion.Noun, _ scope: Scope) throws(QueryFailure) -> Answer {
        let window = scope.window
        func involves(_ members: [Int32]) -> Bool {
            guard let parties = scope.parties else { return true }
            return members.contains(where: parties.contains)
        }
        func add(_ entity: EntityRef, timing: Certainty, into rows: inout [AnswerRow]) {
            var row = AnswerRow(entity, timing)
            row.condition = scope.filter?.test(entity, kb: kb)
            row.certainty = min(timing, row.condition ?? .holds)
            if row.certainty != .doesNotHold { rows.append(row) }
        }
        var rows: [AnswerRow] = []
        switch noun {
        case .rights, .obligations, .permissions, .prohibitions, .clauses:
            return try answerWhich(ClauseKind(rawValue: noun.rawValue) ?? .clauses, scope)
        case .parties:
            for index in kb.parties.indices where involves([Int32(index)]) {
                rows.append(AnswerRow(EntityRef(.party, Int32(index)), .holds))
            }
        case .assets:
            for (index, asset) in kb.assets.enumerated() where scope.parties == nil || involves(asset.owner.map { [$0] } ?? []) {
                rows.append(AnswerRow(EntityRef(.asset, Int32(index)), .holds))
            }
        case .sources:
            rows = kb.sources.indices.map { AnswerRow(EntityRef(.source, Int32($0)), .holds) }
        case .agreements:
            for (index, agreement) in kb.agreements.enumerated() where involves(agreement.parties) {
                let timing = window.test(DayInterval(from: agreement.effective, until: .open, assumption: .unknown))
                add(EntityRef(.agreement, Int32(index)), timing: timing, into: &rows)
            }
        case .events:
            for (index, event) in kb.events.enumerated() where involves(event.involving) {
                add(EntityRef(.event, Int32(index)), timing: window.test(Evaluator.interval(of: event.date)), into: &rows)
            }
        case .prospects:
            for (index, prospect) in kb.prospects.enumerated() where involves(prospect.involving) {
                var row = AnswerRow(EntityRef(.prospect, Int32(index)), .doesNotHold)
                row.condition = scope.filter?.test(EntityRef(.prospect, Int32(index)), kb: kb)
                if row.condition != .doesNotHold { rows.append(row) }
            }
        }
        return makeAnswer(.entities(noun), sorted(rows), scope)
    }

    /// The days an event may have happened on, as a one-day interval somewhere in that range.
    static func interval(of date: EventDate) -> DayInterval {
        switch date {
        case .on(let day):
            return DayInterval(earliestStart: day.firstDay, latestStart: day.lastDay,
                               earliestEnd: day.firstDay, latestEnd: day.lastDay)
        case .after(let day):
            return DayInterval(earliestStart: day.lastDay + 1, latestStart: DayInterval.plus,
                               earliestEnd: day.lastDay + 1, latestEnd: DayInterval.plus)
        case .before(let day):
            return DayInterval(earliestStart: DayInterval.minus, latestStart: day.firstDay - 1,
                               earliestEnd: DayInterval.minus, latestEnd: day.firstDay - 1)
        case .unknown:
            return DayInterval(earliestStart: DayInterval.minus, latestStart: DayInterval.plus,
                               earliestEnd: DayInterval.minus, latestEnd: DayInterval.plus)
        }
    }
}
