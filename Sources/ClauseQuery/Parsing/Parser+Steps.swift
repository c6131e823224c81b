import Synchronization

/// A text parsed a part at a time, each part's statements handed over while the next part is parsed.
///
/// The parts are those of `parseInParts`, at most `maximumSteps` of them, read in order: a part is kept
/// when it parses without a problem and its last statement ends where the next part begins, and from
/// the first part that does not, the rest of the text is parsed in one piece. So the statements handed
/// over, in order, are those that parsing the whole text gives, and the problems are reported and
/// recovered from as they always are. Only the part being parsed and the part being handed over are
/// held at once.
extension Parser {
    /// A text is parsed in at most this many steps.
    static let maximumSteps = 64

    /// Parses `source`, handing its statements to `take` a part at a time, in order, with the number
    /// of bytes they were read from; `take` returns false to stop. What is returned is the script with
    /// no statements, since they went to `take`: its diagnostics, comments and failures. When
    /// `isCancelled` returns true or `take` stops, it is interrupted.
    static func parse(_ source: SourceText, file: FileID, isCancelled: @escaping @Sendable () -> Bool = { false },
                      partSize: Int = bytesPerPart,
                      handingOver take: (_ statements: consuming [Statement], _ bytes: Int) -> Bool) -> ParsedScript {
        let bytes = source.bytes
        let starts = bytes.count <= maximumSourceSize
            ? partStarts(bytes, partSize: partSize, maximumParts: maximumSteps) : [0]
        guard starts.count > 1 else {
            var whole = parseWhole(source, file: file, isCancelled: isCancelled)
            return handOver(&whole, bytes: bytes.count, to: take)
        }
        // Whether the caller cancelled; asked from one thread at a time, and not again once it has said so.
        let cancelled = Mutex(false)
        let poll: @Sendable () -> Bool = {
            cancelled.withLock { cancelled in
                if !cancelled { cancelled = isCancelled() }
                return cancelled
            }
        }
        var comments: [ByteRange] = []
        var ready: (statements: [Statement], bytes: Int)?
        var taken = true
        for part in starts.indices {
            let next = part + 1 < starts.count ? starts[part + 1] : nil
            var parsed = Part.unclean
            InParts.both({ parsed = parsePart(source, file: file, from: starts[part], before: next, isCancelled: poll) },
                         { if let (statements, size) = ready.take() { taken = take(statements, size) } })
            guard taken, !poll() else { return interrupted(file) }
            guard case .parsed(let statements, let moreComments) = parsed else {
                var rest = parseWhole(source, file: file, from: starts[part], isCancelled: poll)
                if rest.diagnostics.contains(where: { $0.id == .interrupted }) { return interrupted(file) }
                rest.comments = comments + rest.comments
                return handOver(&rest, bytes: bytes.count - starts[part], to: take)
            }
            comments += moreComments
            ready = (statements, (next ?? bytes.count) - starts[part])
        }
        if let (statements, size) = ready.take(), !take(statements, size) { return interrupted(file) }
        return ParsedScript(file: file, statements: [], diagnostics: [], isIncomplete: false, failedInDeclaration: false,
                            failedIdentifiers: [], comments: comments, failedRanges: [])
    }

    /// `script` with its statements handed to `take`, or interrupted when `take` stops.
    private static func handOver(_ script: inout ParsedScript, bytes: Int,
                                 to take: (_ statements: consuming [Statement], _ bytes: Int) -> Bool) -> ParsedScript {
        var statements: [Statement] = []
        swap(&statements, &script.statements)
        return take(statements, bytes) ? script : interrupted(script.file)
    }
}
