extension Evaluator {
    // MARK: changes

    func answerChanges(_ question: ChangesQuestion) throws(QueryFailure) -> Answer {
        let first = question.first.date.firstDay...question.first.date.lastDay
        let second = question.second.date.firstDay...question.second.date.lastDay
        guard first.upperBound < second.lowerBound else {
            throw QueryFailure(Diagnostic(
                .emptyPeriod, .error,
                "the first period (\(question.first.date)) must end before the second (\(question.second.date)) begins",
                at: SourceLocation(file: file, range: question.first.range.union(question.second.range))))
        }
        let (parties, filter) = try prepare(question.modifiers)
        let involved = parties.map(Set.init)
        var rows: [AnswerRow] = []
        for index in kb.clauses.indices {
            try checkCancellation(index + 1)
            let view = ClauseView(Int32(index), in: kb)
            if let involved, !involved.contains(view.holder), !(view.counterparty.map(involved.contains) ?? false) {
                continue
            }
            let interval = view.interval(options.unknownEnds)
            let passes = filter?.test(view, kb: kb) ?? .holds
            for (change, certainty) in [(Change.ended, interval.ended(between: first, and: second)),
                                        (.started, interval.started(between: first, and: second))] {
                let combined = min(certainty, passes)
                guard combined != .doesNotHold else { continue }
                var result = AnswerRow(EntityRef(.clause, view.index), combined)
                result.change = change
                rows.append(result)
            }
        }
        let ordered = rows.enumerated().sorted { a, b in
            let rank = { (row: AnswerRow) in row.change == .ended ? 0 : 1 }
            if rank(a.element) != rank(b.element) { return rank(a.element) < rank(b.element) }
            if a.element.certainty != b.element.certainty { return a.element.certainty > b.element.certainty }
            return a.offset < b.offset
        }.map(\.element)
        var answer = makeAnswer(.changes, ordered, question.modifiers)
        answer.period = "between \(question.first.date) and \(question.second.date)"
        return answer
    }

    // MARK: list

    func answerList(_ question: ListQuestion) throws(QueryFailure) -> Answer {
        let (parties, filter) = try prepare(question.modifiers)
        let involved = parties.map(Set.init)
        let window = window(question.modifiers)
        func involves(_ members: [Int32]) -> Bool {
            guard let involved else { return true }
            return members.contains(where: involved.contains)
        }
        var rows: [AnswerRow] = []
        switch question.noun {
        case .rights, .obligations, .permissions, .prohibitions, .clauses:
            let kind = ClauseKind(rawValue: question.noun.rawValue) ?? .clauses
            for index in kb.clauses.indices {
                try checkCancellation(index + 1)
                let view = ClauseView(Int32(index), in: kb)
                guard kind.modality == nil || kind.modality == view.modality,
                      involves([view.holder] + (view.counterparty.map { [$0] } ?? [])) else { continue }
                let certainty = certainty(view, window, filter)
                if certainty != .doesNotHold { rows.append(AnswerRow(EntityRef(.clause, view.index), certainty)) }
            }
        case .parties:
            for (index, party) in kb.parties.enumerated() where involves([Int32(index)] + (party.parent.map { [$0] } ?? [])) {
                rows.append(AnswerRow(EntityRef(.party, Int32(index)), .holds))
            }
        case .assets:
            for (index, asset) in kb.assets.enumerated() where involved == nil || involves(asset.owner.map { [$0] } ?? []) {
                rows.append(AnswerRow(EntityRef(.asset, Int32(index)), .holds))
            }
        case .sources:
            rows = kb.sources.indices.map { AnswerRow(EntityRef(.source, Int32($0)), .holds) }
        case .agreements:
            for (index, agreement) in kb.agreements.enumerated() where involves(agreement.parties) {
                let certainty = window.test(DayInterval(from: agreement.effective, until: .open, assumption: .unknown))
                if certainty != .doesNotHold { rows.append(AnswerRow(EntityRef(.agreement, Int32(index)), certainty)) }
            }
        case .events:
            for (index, event) in kb.events.enumerated() where involves(event.involving) {
                let certainty = window.test(Evaluator.interval(of: event.date))
                if certainty != .doesNotHold { rows.append(AnswerRow(EntityRef(.event, Int32(index)), certainty)) }
            }
        case .prospects:
            for (index, prospect) in kb.prospects.enumerated() where involves(prospect.involving) {
                rows.append(AnswerRow(EntityRef(.prospect, Int32(index)), .doesNotHold))
            }
        }
        return makeAnswer(.entities(question.noun), sorted(rows), question.modifiers)
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
