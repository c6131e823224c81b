/// The document synchronisation parameters read straight from a `JSON` value, without writing a
/// document's text out and decoding it again. Each reader is nil wherever it is unsure what the
/// decoder would make of the value; the caller then decodes, which reads it or names the fault.
extension DidOpenParams {
    init?(json: JSON) {
        guard case .object(let document)? = json["textDocument"], let uri = document["uri"]?.string,
              let text = document["text"]?.string,
              let languageId = JSON.optional(document["languageId"], \.string),
              let version = JSON.optional(document["version"], \.int) else { return nil }
        self.init(textDocument: TextDocumentItem(uri: uri, languageId: languageId, version: version, text: text))
    }
}

extension DidChangeParams {
    init?(json: JSON) {
        guard case .object(let document)? = json["textDocument"], let uri = document["uri"]?.string,
              let version = JSON.optional(document["version"], \.int),
              case .array(let changes)? = json["contentChanges"] else { return nil }
        var contentChanges: [ContentChange] = []
        for change in changes {
            guard let text = change["text"]?.string, let range = JSON.optional(change["range"], TextRange.init(json:))
            else { return nil }
            contentChanges.append(ContentChange(range: range, text: text))
        }
        self.init(textDocument: VersionedTextDocumentIdentifier(uri: uri, version: version), contentChanges: contentChanges)
    }
}

extension TextRange {
    init?(json: JSON) {
        guard let start = json["start"].flatMap(Position.init(json:)), let end = json["end"].flatMap(Position.init(json:))
        else { return nil }
        self.init(start: start, end: end)
    }
}

extension Position {
    init?(json: JSON) {
        guard let line = json["line"]?.int, let character = json["character"]?.int else { return nil }
        self.init(line: line, character: character)
    }
}

extension JSON {
    /// An integer read as one that `Int` holds; nil for anything else, a number written with a
    /// fraction or an exponent too.
    var int: Int? {
        if case .integer(let value) = self { return Int(exactly: value) }
        return nil
    }

    /// An optional member: `.some(nil)` when it is absent or null, `.some(value)` when `read` reads
    /// it, nil when it is something else.
    static func optional<T>(_ member: JSON?, _ read: (JSON) -> T?) -> T?? {
        guard let member, member != .null else { return .some(nil) }
        return read(member).map { .some($0) }
    }
}
