/// How serious a diagnostic is.
public enum Severity: String, Sendable, Codable {
    /// `error` makes its load or question fail; `warning` and `note` are reported without stopping anything.
    case error, warning, note
}

/// A problem found in the input: data, rendered only at the edge.
public struct Diagnostic: Sendable, Hashable {
    /// The kind of problem, shown in brackets after the message and matched by `expect error "…"`.
    public var id: DiagnosticID
    /// Whether the problem is an error, a warning or a note; only errors make a load or a question fail.
    public var severity: Severity
    /// A one-line description of the problem, without its location or id.
    public var message: String
    /// The source bytes the problem is about, or nil when it has no place in a source (an interrupted
    /// question, text that is not one question).
    public var location: SourceLocation?
    /// Further messages shown under this one, such as "did you mean 'Microsoft'?" or where
    /// a duplicate was first declared.
    public var notes: [DiagnosticNote]

    /// A diagnostic of kind `id` saying `message` about `location`, an error unless `severity` says otherwise.
    public init(_ id: DiagnosticID, _ severity: Severity = .error, _ message: String,
                at location: SourceLocation?, notes: [DiagnosticNote] = []) {
        self.id = id
        self.severity = severity
        self.message = Diagnostic.shortened(message)
        self.location = location
        self.notes = notes
    }

    /// True when the severity is `error`: the problem makes its load or question fail.
    public var isError: Bool { severity == .error }
}

/// A secondary message attached to a diagnostic, optionally pointing elsewhere.
public struct DiagnosticNote: Sendable, Hashable {
    /// The note's text, such as "did you mean 'Microsoft'?".
    public var message: String
    /// Where the note points, or nil for a note that only adds text under its diagnostic.
    public var location: SourceLocation?

    /// A note saying `message`, pointing at `location` when one is given.
    public init(_ message: String, at location: SourceLocation? = nil) {
        self.message = Diagnostic.shortened(message)
        self.location = location
    }
}

extension Diagnostic {
    /// The longest quoted text a message shows whole, in characters.
    static let longestQuote = 256

    /// `message` with each quoted text longer than `longestQuote` characters cut to its start, so that a
    /// name a megabyte long is not repeated in every message about it: `'aaaa…' (1048576 characters)`.
    static func shortened(_ message: String) -> String {
        guard message.utf8.count > longestQuote else { return message }
        var result = ""
        var quoted: [Character]?
        for character in message {
            guard character == "'" else {
                if quoted != nil { quoted?.append(character) } else { result.append(character) }
                continue
            }
            if let text = quoted {
                result += text.count > longestQuote
                    ? "'" + String(text.prefix(200)) + "…' (\(text.count) characters)"
                    : "'" + String(text) + "'"
                quoted = nil
            } else {
                quoted = []
            }
        }
        if let text = quoted { result += "'" + String(text) }
        return result
    }
}

/// A stable identifier for a kind of diagnostic; scripts can expect one by name.
public struct DiagnosticID: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The kebab-case spelling, such as `unknown-party`, shown in messages and as the JSON `id`.
    public let rawValue: String
    /// The identifier spelled `rawValue`; any string is accepted, whether or not the library reports it.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The identifier spelled by a string literal, so that `"unknown-party"` can stand for `.unknownParty`.
    public init(stringLiteral value: String) { self.rawValue = value }
    /// The kebab-case spelling, the same as `rawValue`.
    public var description: String { rawValue }
}

extension DiagnosticID {
    // Input limits and encoding.
    /// Reported by the lexer when a source text is larger than `maximumSourceSize` (256 MiB); none of it is read.
    public static let inputTooLarge: DiagnosticID = "input-too-large"
    /// Reported when a compiled knowledge base (`clq compile`) is cut short, damaged, or in a format this
    /// version does not read; none of it is used.
    public static let compiledUnreadable: DiagnosticID = "compiled-kb-unreadable"
    /// Reported by the lexer for a byte that is not part of a valid UTF-8 sequence, inside a string or outside one.
    public static let invalidUTF8: DiagnosticID = "invalid-utf8"
    /// Reported by the parser when parentheses and `not` in a filter nest deeper than
    /// `Parser.maximumDepth` (200) levels.
    public static let nestingTooDeep: DiagnosticID = "nesting-too-deep"
    // Lexing.
    /// Reported by the lexer for a character that begins no token, and for a quote that
    /// is not the `'s` of a possessive.
    public static let unexpectedCharacter: DiagnosticID = "unexpected-character"
    /// Reported by the lexer for a string with no closing `"` before the end of its line or of the input.
    public static let unterminatedString: DiagnosticID = "unterminated-string"
    /// Reported by the lexer for a backslash in a string that is not followed by `"`, `\`, `n` or `t`.
    public static let invalidEscape: DiagnosticID = "invalid-escape"
    /// Reported once, by the lexer, for a date with letters or digits glued to it (`2026x`) or naming no
    /// calendar date (`2026-13`, `2025-02-30`, `0000`), and by the parser for a year of five digits or more.
    public static let invalidDate: DiagnosticID = "invalid-date"
    /// Reported for a malformed number or amount (`$` without digits, letters glued to digits) and
    /// a line number above 2147483647.
    public static let invalidNumber: DiagnosticID = "invalid-number"
    // Parsing.
    /// Reported by the parser for a token the grammar does not allow where it stands, and by `Session.load`
    /// for a question in a knowledge-base file.
    public static let expectedToken: DiagnosticID = "expected-token"
    /// Reported when a question is asked in words the grammar does not take (`What rights…`, `why`, `who`,
    /// `how many`), with a note giving the nearest question that works.
    public static let unsupportedQuestion: DiagnosticID = "unsupported-question"
    /// Reported for a `clause` declared at the top level instead of inside an `agreement { … }` block.
    public static let clauseOutsideAgreement: DiagnosticID = "clause-outside-agreement"
    /// Reported when a question gives its party, its `where` filter or its time twice.
    public static let duplicateModifier: DiagnosticID = "duplicate-modifier"
    /// Reported when a declaration repeats an attribute allowed once, such as `aka`, `between`, `effective`,
    /// `from`, `until`, `cites` or `note`.
    public static let duplicateAttribute: DiagnosticID = "duplicate-attribute"
    // Checking.
    /// Reported when a reference to a party matches no party's identifier, display name or alias.
    public static let unknownParty: DiagnosticID = "unknown-party"
    /// Reported when a reference to an asset matches no asset's identifier or display name.
    public static let unknownAsset: DiagnosticID = "unknown-asset"
    /// Reported when a reference to an agreement (`amends`, `agreement is`) matches no agreement's identifier or title.
    public static let unknownAgreement: DiagnosticID = "unknown-agreement"
    /// Reported when a subject names no clause by its identifier, as in `does Nonexistent hold?`.
    public static let unknownClause: DiagnosticID = "unknown-clause"
    /// Reported when `cites` names no source by its identifier or document name.
    public static let unknownSource: DiagnosticID = "unknown-source"
    /// Reported for an action no clause uses, and for `replaced by` or `terminated by` naming no clause or agreement.
    public static let unknownReference: DiagnosticID = "unknown-reference"
    /// Reported when a declaration's identifier is already used by an entity of any kind, in
    /// the same load or already loaded.
    public static let duplicateID: DiagnosticID = "duplicate-id"
    /// Reported when a reference matches no identifier exactly and, ignoring case, the identifiers, names or
    /// aliases of several entities of its kind.
    public static let ambiguousName: DiagnosticID = "ambiguous-name"
    /// Reported when a clause's stated `until` date ends before its start (its `from`, else its
    /// agreement's effective date) begins.
    public static let endBeforeStart: DiagnosticID = "end-before-start"
    /// Reported when a clause says it `replaces` another that says it was replaced or terminated by
    /// something else.
    public static let contradictoryReplacement: DiagnosticID = "contradictory-replacement"
    /// Reported when `exercises`, `lapses`, `if exercised` or `from exercised` names a clause that is not a power.
    public static let notAPower: DiagnosticID = "not-a-power"
    /// Reported when an event exercises a power, or records its lapse, on a day wholly outside the
    /// power's validity, its exercise window.
    public static let exerciseOutsideWindow: DiagnosticID = "exercise-outside-window"
    /// Reported when a power is exercised or lapses twice, or is exercised and also replaced or terminated.
    public static let exerciseConflict: DiagnosticID = "exercise-conflict"
    /// Reported when a clause starts `from` a prospect, which has no day; `if PROSPECT` is the way to depend on one.
    public static let prospectHasNoDay: DiagnosticID = "prospect-has-no-day"
    /// A warning, reported when an amending agreement holds a clause with the same holder, counterparty,
    /// modality and action as a clause of the agreement it amends, both may hold at once, and neither
    /// says it replaces the other: a forgotten replacement double-counts.
    public static let possibleDuplicate: DiagnosticID = "possible-duplicate"
    /// Reported when a party is part of itself through `part of`, or an agreement amends itself through `amends`.
    public static let cycle: DiagnosticID = "cycle"
    /// A warning, reported when an agreement lists `between` parties and a clause's holder or counterparty is
    /// neither one of them nor part of one.
    public static let partyNotInAgreement: DiagnosticID = "party-not-in-agreement"
    /// Reported when `at` or `as of` is given a year, a month or a span: it asks about one day.
    public static let coarsePeriod: DiagnosticID = "coarse-period"
    /// Reported by the question checker for a modifier or filter predicate that the question's form
    /// cannot use, such as a time on a changes question or `where exclusive` on `list events`.
    public static let inapplicableModifier: DiagnosticID = "inapplicable-modifier"
    /// Reported by the question checker for an amount compared in a currency that no figure of the
    /// knowledge base is in, while others are: amounts are never converted between currencies.
    public static let currencyMismatch: DiagnosticID = "currency-mismatch"
    /// Reported by `Session.remove` when a declaration cannot be taken back because another one refers to
    /// what it declares; it points at the reference, and the session is unchanged.
    public static let stillReferenced: DiagnosticID = "still-referenced"
    // Evaluation and expectations.
    /// Reported for `between A and B` when B ends before A starts, and for a changes question whose first
    /// period does not end before the second.
    public static let emptyPeriod: DiagnosticID = "empty-period"
    /// Reported when `Session.ask` is given text that is not exactly one question, and for an
    /// `expect` with no question before it.
    public static let noQuestion: DiagnosticID = "no-question"
    /// A knowledge-base file (`--kb`, `:load`) holds a question or expectation; such files only declare.
    public static let questionInKnowledgeBase: DiagnosticID = "question-in-knowledge-base"
    /// Reported when a question's answer, or its failure, differs from what the `expect` after it states.
    public static let expectationFailed: DiagnosticID = "expectation-failed"
    /// Reported when `EvaluationOptions.isCancelled` returns true during an evaluation, which stops the question.
    public static let interrupted: DiagnosticID = "interrupted"
}

extension Diagnostic: Error {}
