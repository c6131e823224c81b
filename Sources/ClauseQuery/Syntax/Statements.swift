/// One top-level statement of a script.
package enum Statement: Hashable, Sendable {
    /// `declaration`.
    case declaration(Declaration)
    /// `question , "?"`.
    case question(QuestionStatement)
    /// `expectation`.
    case expectation(Expectation)

    /// The bytes of the whole statement, its terminator included when written.
    package var range: ByteRange {
        switch self {
        case .declaration(let declaration): return declaration.range
        case .question(let question): return question.range
        case .expectation(let expectation): return expectation.range
        }
    }
}

/// A question with the text it was asked in.
package struct QuestionStatement: Hashable, Sendable {
    /// The parsed question.
    package var question: Question
    /// The bytes from the question's first word through its `?`, when written.
    package var range: ByteRange
}

/// `expect …`: the answer the question before it must give.
package struct Expectation: Hashable, Sendable {
    /// The `expected_group`s, separated by `;` in the text, in order.
    package var groups: [ExpectedGroup]
    /// The bytes from `expect` through the `.`.
    package var range: ByteRange
}

/// `expected_group`: a label and the items expected under it.
package struct ExpectedGroup: Hashable, Sendable {
    /// `expected_label`: the part of the answer a group describes.
    package enum Label: Hashable, Sendable {
        /// Rows (or a yes/no verdict) that hold, may hold or do not hold; rows of a
        /// changes answer that started or ended.
        case holds, mayHold, doesNotHold, started, ended
        /// `starts BOUND`, `ends BOUND`: rows of a `when` answer with that start or end, as a table
        /// writes it ("2032", "before 2026", "2025-11 to 2026", "unknown", "open").
        case starts(String), ends(String)
        /// `nothing`: an answer without rows.
        case nothing
        /// `error "id"`: the question fails with a diagnostic of that id.
        case error(String)
        /// `count N [to M]`: a count answer's range, as "1 to 2" or "3".
        case count(String)
        /// `total MONEY [to MONEY|unbounded] [per PERIOD]`: one sum of a total answer, as "$100B to $138B".
        case total(String)

        /// True for `count` and `total`, which an expectation may leave out: the rows are then checked alone.
        package var isAggregate: Bool {
            switch self {
            case .count, .total: return true
            default: return false
            }
        }
    }
    /// `expected_label`.
    package var label: Label
    /// The `expected_item`s after `:`; empty when the label stands alone.
    package var items: [ExpectedItem]
    /// The bytes from the label through the last item.
    package var range: ByteRange
}

/// `expected_item`: one entity expected in a group.
package struct ExpectedItem: Hashable, Sendable {
    /// `expected_item` IDENT: the identifier of the clause or other entity expected.
    package var id: Name
    /// True when written `derived`: the row must be a correlative reading.
    package var derived: Bool
    /// `via` PARTY, or nil: the row must be held through that part of the asked-about party.
    package var via: Name?
}

/// The statements of one source text and the problems found parsing it.
package struct ParsedScript: Sendable {
    /// The source parsed, which ranges and diagnostics point into.
    package var file: FileID
    /// The statements that parsed, in order; a statement with a syntax error is left out.
    package var statements: [Statement]
    /// Lexical and syntax problems in text order, at most `Parser.maximumDiagnostics` of them.
    package var diagnostics: [Diagnostic]
    /// True when the text stops in the middle of a statement that more input could complete.
    package var isIncomplete: Bool
    /// True when a statement that failed to parse was a declaration: the script's knowledge is bad input.
    package var failedInDeclaration: Bool
    /// Identifiers of declarations that failed to parse.
    package var failedIdentifiers: Set<String>
    /// The ranges of `#` comments in the text.
    package var comments: [ByteRange]
    /// The bytes of each statement that failed to parse, in text order: from its first token through
    /// the last one skipped before the next statement.
    package var failedRanges: [ByteRange] = []
}

extension ParsedScript {
    /// The same script as read from the source `file`: the diagnostics point there.
    package func moved(to file: FileID) -> ParsedScript {
        var moved = self
        moved.file = file
        moved.diagnostics = diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            if diagnostic.location?.file == self.file { diagnostic.location?.file = file }
            diagnostic.notes = diagnostic.notes.map { note in
                var note = note
                if note.location?.file == self.file { note.location?.file = file }
                return note
            }
            return diagnostic
        }
        return moved
    }
}
