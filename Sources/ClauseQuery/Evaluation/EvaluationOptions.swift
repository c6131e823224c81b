/// Settings for evaluating questions.
public struct EvaluationOptions: Sendable {
    /// How a clause's unknown `until` is read: as possibly ending any day after its start (the
    /// default), or as continuing without end.
    public var unknownEnds: UnknownEndAssumption
    /// Polled during long evaluations; returning true stops the question with an `interrupted` error.
    public var isCancelled: @Sendable () -> Bool

    /// Options reading unknown ends as `unknownEnds` says and polling `isCancelled`, which by default never cancels.
    public init(unknownEnds: UnknownEndAssumption = .unknown, isCancelled: @escaping @Sendable () -> Bool = { false }) {
        self.unknownEnds = unknownEnds
        self.isCancelled = isCancelled
    }
}

/// A question that could not be answered, with the reasons.
package struct QueryFailure: Error, Sendable {
    /// Every problem that stopped the question, in the order found.
    package var diagnostics: [Diagnostic]

    /// A failure carrying `diagnostics`.
    package init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    /// A failure carrying the one `diagnostic`.
    package init(_ diagnostic: Diagnostic) { self.diagnostics = [diagnostic] }
}
