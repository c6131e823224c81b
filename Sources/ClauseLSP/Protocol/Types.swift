/// A position in a text document: a zero-based line and a UTF-16 code unit offset in it.
public struct Position: Codable, Hashable, Sendable {
    public var line: Int
    public var character: Int

    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }
}

public struct TextRange: Codable, Hashable, Sendable {
    public var start: Position
    public var end: Position
}

public struct Location: Codable, Hashable, Sendable {
    public var uri: String
    public var range: TextRange
}

public struct TextEdit: Codable, Hashable, Sendable {
    public var range: TextRange
    public var newText: String
}

public struct TextDocumentIdentifier: Codable, Sendable {
    public var uri: String
}

public struct TextDocumentItem: Codable, Sendable {
    public var uri: String
    public var languageId: String?
    public var version: Int?
    public var text: String
}

public struct VersionedTextDocumentIdentifier: Codable, Sendable {
    public var uri: String
    public var version: Int?
}

public struct DidOpenParams: Codable, Sendable {
    public var textDocument: TextDocumentItem
}

public struct ContentChange: Codable, Sendable {
    public var range: TextRange?
    public var text: String
}

public struct DidChangeParams: Codable, Sendable {
    public var textDocument: VersionedTextDocumentIdentifier
    public var contentChanges: [ContentChange]
}

public struct DocumentParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
}

public struct PositionParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
    public var position: Position
}

public struct ReferenceParams: Codable, Sendable {
    public struct Context: Codable, Sendable {
        public var includeDeclaration: Bool
    }
    public var textDocument: TextDocumentIdentifier
    public var position: Position
    public var context: Context?
}

public struct DiagnosticRelatedInformation: Codable, Hashable, Sendable {
    public var location: Location
    public var message: String
}

/// A diagnostic as the protocol carries it; `code` is the clq diagnostic id.
public struct LSPDiagnostic: Codable, Hashable, Sendable {
    public var range: TextRange
    public var severity: Int
    public var code: String
    public var source: String
    public var message: String
    public var relatedInformation: [DiagnosticRelatedInformation]?
}

public struct PublishDiagnosticsParams: Codable, Sendable {
    public var uri: String
    public var version: Int?
    public var diagnostics: [LSPDiagnostic]
}

public struct CompletionItem: Codable, Sendable {
    public var label: String
    public var kind: Int
    public var detail: String?
    public var textEdit: TextEdit
}

public struct CompletionList: Codable, Sendable {
    public var isIncomplete: Bool
    public var items: [CompletionItem]
}

public struct MarkupContent: Codable, Sendable {
    public var kind: String
    public var value: String
}

public struct Hover: Codable, Sendable {
    public var contents: MarkupContent
    public var range: TextRange?
}

public struct DocumentSymbol: Codable, Sendable {
    public var name: String
    public var detail: String?
    public var kind: Int
    public var range: TextRange
    public var selectionRange: TextRange
    public var children: [DocumentSymbol]?
}

public struct FileEvent: Codable, Sendable {
    public var uri: String
    public var type: Int
}

public struct DidChangeWatchedFilesParams: Codable, Sendable {
    public var changes: [FileEvent]
}
