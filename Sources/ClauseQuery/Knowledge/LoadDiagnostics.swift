/// The diagnostics of one load, at most `Parser.maximumDiagnostics` for each source: a file of ten thousand
/// mistakes reports its first hundred, and finding the rest costs no suggestions or messages.
struct LoadDiagnostics {
    /// False to keep every diagnostic, as taking a declaration back needs every reference to it.
    var limited = true
    private(set) var kept: [Diagnostic] = []
    private var counts: [FileID: Int] = [:]
    /// True when an error was found, whether or not it was kept.
    private(set) var hasErrors = false

    /// Keeps `diagnostic` unless its source already has its share.
    mutating func append(_ diagnostic: Diagnostic) {
        hasErrors = hasErrors || diagnostic.isError
        guard limited, let file = diagnostic.location?.file else { return kept.append(diagnostic) }
        let count = counts[file, default: 0]
        guard count < Parser.maximumDiagnostics else { return }
        counts[file] = count + 1
        kept.append(diagnostic)
    }

    /// True when no more diagnostics of `file` are kept: a caller may skip working one out, after noting
    /// with `noteError()` that it found an error.
    func isFull(_ file: FileID) -> Bool { limited && counts[file, default: 0] >= Parser.maximumDiagnostics }

    /// Records an error that is not kept.
    mutating func noteError() { hasErrors = true }
}
