/// Settings for evaluating questions.
public struct EvaluationOptions: Sendable {
    public var unknownEnds: UnknownEndAssumption
    /// Polled during long evaluations; returning true stops the question with an `interrupted` error.
    public var isCancelled: @Sendable () -> Bool

    public init(unknownEnds: UnknownEndAssumption = .unknown, isCancelled: @escaping @Sendable () -> Bool = { false }) {
        self.unknownEnds = unknownEnds
        self.isCancelled = isCancelled
    }
}

/// A question that could not be answered, with the reasons.
public struct QueryFailure: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public init(_ diagnostic: Diagnostic) { self.diagnostics = [diagnostic] }
}
