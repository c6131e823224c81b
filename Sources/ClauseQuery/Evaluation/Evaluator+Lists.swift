extension Evaluator {
    // MARK: changes

    /// Each start and end whose change day (the start day; the day after the end) may fall after the
    /// end of the first period and no later than the end of the second; sure when every day it may
    /// fall on does. Ends the source does not give are not rows: the clauses in force at the end of
    /// the first period with such an end (started by then for sure) are named in the answer's summary instead.
    func answerChanges(_ firstPeriod: DateLiteral, _ secondPeriod: DateLiteral, _ scope: Scope) throws(QueryFailure) -> Answer {
        let after = firstPeriod.date.lastDay
        let through = secondPeriod.date.lastDay
        let views: [ClauseView]
        if scope.parties != nil {
            views = try self.views(kind: .clauses, holders: scope.parties)
        } else {
            // A change after the first period and by the end of the second, and a clause in force at the
            // end of the first, all fall on a day between the two ends.
            let during = TimeWindow(.overlaps, min(after, through), max(after, through))
            views = clauses(during: during).map { ClauseView($0, in: kb) }
        }
        /// Whether a change whose day lies in [first, last] falls after the first period and by the end of
        /// the second; an unbounded side (since always, never) never falls inside.
        func falls(_ first: Int, _ last: Int) -> Certainty {
            guard first <= last else { return .doesNotHold }
            if first > after && last <= through { return .holds }
            if last <= after || first > through { return .doesNotHold }
            return .mayHold
        }
        func changes(_ view: ClauseView, _ assumption: UnknownEndAssumption) -> [(Change, Certainty)] {
            let span = kb.span(of: view.clause, assumption: assumption)
            var found = [(Change.started, falls(span.earliestStart, span.latestStart))]
            if !span.endIsUnstated {
                // A clause that may never start may never end either.
                let ending = falls(span.earliestEnd + 1, span.latestEnd + 1)
                found.insert((.ended, span.mayNeverStart ? min(ending, .mayHold) : ending), at: 0)
            }
            return found
        }
        var rows: [AnswerRow] = []
        var unstated: [Int32] = []
        var named: Set<Int32> = []
        let endOfFirst = TimeWindow(.covers, after, after)
        for (counter, view) in views.enumerated() {
            try checkCancellation(counter + 1)
            let passes = scope.filter?.test(view, kb: kb)
            guard passes != .doesNotHold else { continue }
            let span = kb.span(of: view.clause, assumption: options.unknownEnds)
            if span.endIsUnstated, view.derivation == nil || scope.parties != nil, span.latestStart <= after,
               HoldingSpan(validity: span).test(endOfFirst) != .doesNotHold, named.insert(view.index).inserted {
                unstated.append(view.index)
            }
            let plain = options.unknownEnds == .continue ? changes(view, .unknown) : []
            for (change, timing) in changes(view, options.unknownEnds) {
                let combined = min(timing, passes ?? .holds)
                guard combined != .doesNotHold else { continue }
                var result = AnswerRow(EntityRef(.clause, view.index), combined, derivation: view.derivation,
                                       via: via(view, asked: scope.party))
                result.timing = timing
                result.condition = passes
                result.change = change
                if let before = plain.first(where: { $0.0 == change }) {
                    result.isAssumed = min(before.1, passes ?? .holds) != combined
                } else if !plain.isEmpty {
                    result.isAssumed = true
                }
                rows.append(result)
            }
        }
        let ordered = Self.ordered(rows, ranks: 6) { row in
            (row.change == .ended ? 0 : 3) + 2 - row.certainty.rawValue
        }
        var answer = makeAnswer(.changes, ordered, scope)
        answer.period = "between \(firstPeriod.date) and \(secondPeriod.date)"
        answer.periods = (firstPeriod, secondPeriod)
        answer.unstatedEnds = unstated
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
        case .rights, .claims, .obligations, .permissions, .prohibitions, .powers, .immunities, .noRights, .liabilities,
             .disabilities, .terms, .clauses:
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
                let effective = kb.instants[Int(agreement.effective)]
                let span = ValiditySpan(earliestStart: effective.earliest, latestStart: effective.latest,
                                        earliestEnd: Days.plus, latestEnd: Days.plus)
                add(EntityRef(.agreement, Int32(index)), timing: HoldingSpan(validity: span).test(window), into: &rows)
            }
        case .events:
            for (index, event) in kb.events.enumerated() where involves(event.involving) {
                add(EntityRef(.event, Int32(index)), timing: Evaluator.happens(kb.instants[Int(event.date)], in: window),
                    into: &rows)
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

    /// How surely an event's one unknown day falls in the window: on some day of it for `in`; for
    /// `throughout` and `at`, only a one-day window can be covered by a one-day event.
    static func happens(_ day: Instant, in window: TimeWindow) -> Certainty {
        let (earliest, latest) = day.isOpen ? (Days.minus, Days.minus) : (day.earliest, day.latest)
        if latest < window.firstDay || earliest > window.lastDay { return .doesNotHold }
        if window.relation == .covers && window.firstDay != window.lastDay { return .doesNotHold }
        return earliest >= window.firstDay && latest <= window.lastDay ? .holds : .mayHold
    }
}
