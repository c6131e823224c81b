/// Whether an interval changed state between two periods, the first ending before the second begins.
///
/// Start and end are judged together: a clause whose start is known to lie before the first
/// period cannot have started between the two, whatever is unknown about its end.
extension DayInterval {
    /// In force in the second period and not in the first: it starts after the first and by the
    /// end of the second, and runs at least into the second.
    func started(between first: ClosedRange<Int>, and second: ClosedRange<Int>) -> Certainty {
        let startLow = max(earliestStart, first.upperBound + 1)
        let startHigh = min(latestStart, second.upperBound)
        guard startLow <= startHigh, max(earliestEnd, second.lowerBound, startLow) <= latestEnd else {
            return .doesNotHold
        }
        if earliestStart > first.upperBound && latestStart <= second.upperBound && earliestEnd >= second.lowerBound {
            return .holds
        }
        return .mayHold
    }

    /// In force in the first period and not in the second: it starts by the end of the first and
    /// ends within the first or before the second begins.
    func ended(between first: ClosedRange<Int>, and second: ClosedRange<Int>) -> Certainty {
        let endLow = max(earliestEnd, first.lowerBound)
        let endHigh = min(latestEnd, second.lowerBound - 1)
        guard earliestStart <= first.upperBound, endLow <= endHigh, max(earliestStart, DayInterval.minus) <= endHigh else {
            return .doesNotHold
        }
        if latestStart <= first.upperBound && earliestEnd >= first.lowerBound && latestEnd < second.lowerBound {
            return .holds
        }
        return .mayHold
    }
}
