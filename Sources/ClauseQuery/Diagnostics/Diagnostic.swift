/// How serious a diagnostic is.
public enum Severity: String, Sendable, Codable {
    case error, warning, note
}

/// A problem found in the input: data, rendered only at the edge.
public struct Diagnostic: Sendable, Hashable {
    public var id: DiagnosticID
    public var severity: Severity
    public var message: String
    public var location: SourceLocation?
    public var notes: [DiagnosticNote]

    public init(_ id: DiagnosticID, _ severity: Severity = .error, _ message: String,
                at location: SourceLocation?, notes: [DiagnosticNote] = []) {
        self.id = id
        self.severity = severity
        self.message = message
        self.location = location
        self.notes = notes
    }

    public var isError: Bool { severity == .error }
}

/// A secondary message attached to a diagnostic, optionally pointing elsewhere.
public struct DiagnosticNote: Sendable, Hashable {
    public var message: String
    public var location: SourceLocation?

    public init(_ message: String, at location: SourceLocation? = nil) {
        self.message = message
        self.location = location
    }
}

/// A stable identifier for a kind of diagnostic; scripts can expect one by name.
public struct DiagnosticID: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
}

extension DiagnosticID {
    // Input limits and encoding.
    public static let inputTooLarge: DiagnosticID = "input-too-large"
    public static let invalidUTF8: DiagnosticID = "invalid-utf8"
    public static let nestingTooDeep: DiagnosticID = "nesting-too-deep"
    public static let tooManyTerms: DiagnosticID = "too-many-terms"
    // Lexing.
    public static let unexpectedCharacter: DiagnosticID = "unexpected-character"
    public static let unterminatedString: DiagnosticID = "unterminated-string"
    public static let invalidEscape: DiagnosticID = "invalid-escape"
    public static let invalidDate: DiagnosticID = "invalid-date"
    public static let invalidNumber: DiagnosticID = "invalid-number"
    // Parsing.
    public static let expectedToken: DiagnosticID = "expected-token"
    public static let duplicateModifier: DiagnosticID = "duplicate-modifier"
    public static let duplicateAttribute: DiagnosticID = "duplicate-attribute"
    // Checking.
    public static let unknownParty: DiagnosticID = "unknown-party"
    public static let unknownAsset: DiagnosticID = "unknown-asset"
    public static let unknownAgreement: DiagnosticID = "unknown-agreement"
    public static let unknownClause: DiagnosticID = "unknown-clause"
    public static let unknownSource: DiagnosticID = "unknown-source"
    public static let unknownReference: DiagnosticID = "unknown-reference"
    public static let duplicateID: DiagnosticID = "duplicate-id"
    public static let ambiguousName: DiagnosticID = "ambiguous-name"
    public static let endBeforeStart: DiagnosticID = "end-before-start"
    public static let cycle: DiagnosticID = "cycle"
    public static let partyNotInAgreement: DiagnosticID = "party-not-in-agreement"
    public static let missingCitation: DiagnosticID = "missing-citation"
    // Evaluation and expectations.
    public static let emptyPeriod: DiagnosticID = "empty-period"
    public static let noQuestion: DiagnosticID = "no-question"
    public static let expectationFailed: DiagnosticID = "expectation-failed"
    public static let interrupted: DiagnosticID = "interrupted"
}

extension Diagnostic: Error {}
