extension Evaluator {
    /// The rows of `which KIND` for the scope, narrowed to `clauses` when given: what a timeline draws.
    func answerTimeline(_ kind: ClauseKind, only clauses: Set<Int32>?, _ scope: Scope) throws(QueryFailure) -> Answer {
        var rows: [AnswerRow] = []
        for view in try views(kind: kind, holders: scope.parties, during: scope.window) where clauses?.contains(view.index) ?? true {
            let row = judge(view, scope)
            if row.certainty != .doesNotHold { rows.append(row) }
        }
        return makeAnswer(.timeline, sorted(rows), scope)
    }
}

/// The days a clause row holds on for sure and may hold on, with the ranges its holding may begin and
/// end in: what a timeline draws. Day numbers; `Days.minus` and `Days.plus` where unbounded.
package struct HoldingDays: Hashable, Sendable {
    /// The days it surely holds on, or nil when there is none.
    package var sure: ClosedRange<Int>?
    /// The days it may hold on, or nil when there is none.
    package var possible: ClosedRange<Int>?
    /// The days its holding may begin on, and those it may last until.
    package var beginning: ClosedRange<Int>
    package var ending: ClosedRange<Int>
}

extension KnowledgeBase {
    /// The holding days of a clause row, reading unknown ends as `assumption` says.
    package func holdingDays(of row: AnswerRow, _ assumption: UnknownEndAssumption) -> HoldingDays? {
        guard row.entity.kind == .clause else { return nil }
        let span = ClauseView(row.entity.index, in: self, derivation: row.derivation).span(self, assumption)
        return HoldingDays(sure: span.sureDays, possible: span.possibleDays, beginning: span.beginningDays,
                           ending: span.endingDays)
    }
}
