import ClauseQuery

/// Document synchronization (full and incremental) and published diagnostics.
extension LanguageServer {
    func decode<T: Decodable>(_ type: T.Type, _ params: JSON) throws(ResponseError) -> T {
        do {
            return try params.decode(type)
        } catch {
            throw ResponseError(.invalidParams, "invalid parameters: \(error)")
        }
    }

    /// The open document `uri`, or the error for a document that is not open.
    func document(_ uri: String) throws(ResponseError) -> OpenDocument {
        guard let document = documents[Workspace.normalized(uri)] else {
            throw ResponseError(.invalidParams, "unknown document '\(uri)': open it first")
        }
        return document
    }

    func didOpen(_ params: JSON) throws(ResponseError) {
        let opened: DidOpenParams
        if let read = DidOpenParams(json: params) { opened = read } else { opened = try decode(DidOpenParams.self, params) }
        let item = opened.textDocument
        update(item.uri, version: item.version, bytes: Array(item.text.utf8))
    }

    func didChange(_ params: JSON) throws(ResponseError) {
        let change: DidChangeParams
        if let read = DidChangeParams(json: params) { change = read } else { change = try decode(DidChangeParams.self, params) }
        let document = try document(change.textDocument.uri)
        var bytes = document.bytes
        for edit in change.contentChanges {
            guard let range = edit.range else {
                bytes = Array(edit.text.utf8)
                continue
            }
            let index = bytes == document.bytes ? document.lineIndex : LineIndex(bytes)
            let start = index.offset(of: range.start)
            let end = max(start, index.offset(of: range.end))
            bytes.replaceSubrange(start..<end, with: Array(edit.text.utf8))
        }
        update(change.textDocument.uri, version: change.textDocument.version, bytes: bytes)
    }

    func didClose(_ params: JSON) throws(ResponseError) {
        let uri = try decode(DocumentParams.self, params).textDocument.uri
        _ = try document(uri)
        documents[Workspace.normalized(uri)] = nil
        workspace.reload(Workspace.normalized(uri))
        publish("textDocument/publishDiagnostics",
                JSON(encoding: PublishDiagnosticsParams(uri: uri, version: nil, diagnostics: [])))
    }

    func didSave(_ params: JSON) throws(ResponseError) {
        let uri = try decode(DocumentParams.self, params).textDocument.uri
        workspace.reload(Workspace.normalized(uri))
    }

    func didChangeWatchedFiles(_ params: JSON) throws(ResponseError) {
        for change in try decode(DidChangeWatchedFilesParams.self, params).changes {
            workspace.reload(Workspace.normalized(change.uri))
        }
    }

    /// Stores a document's new text, checks it and publishes its diagnostics.
    private func update(_ uri: String, version: Int?, bytes: [UInt8]) {
        let key = Workspace.normalized(uri)
        let analysis = Analysis(uri: key, bytes: bytes, workspace: workspace)
        let previous = documents[key]?.knowledgeBase
        let knowledgeBase = analysis.loaded ? analysis.knowledgeBase : (previous ?? analysis.knowledgeBase)
        let lineIndex = analysis.lineIndex
        documents[key] = OpenDocument(uri: uri, version: version, bytes: bytes, lineIndex: lineIndex, analysis: analysis,
                                      knowledgeBase: knowledgeBase)
        var indexes: [FileID: LineIndex] = [:]
        let diagnostics = analysis.diagnostics.map { convert($0, in: key, analysis, lineIndex, &indexes) }
        publish("textDocument/publishDiagnostics",
                JSON(encoding: PublishDiagnosticsParams(uri: uri, version: version, diagnostics: diagnostics)))
    }

    /// A core diagnostic as the protocol shows it. One located in another file (a configured
    /// knowledge base that does not load) is shown at the top of the document, naming that file.
    /// Each file's line index is made once, in `indexes`, for all the diagnostics of an update; the
    /// document's own is `own`.
    private func convert(_ diagnostic: Diagnostic, in uri: String, _ analysis: Analysis, _ own: LineIndex,
                         _ indexes: inout [FileID: LineIndex]) -> LSPDiagnostic {
        func index(_ file: FileID) -> LineIndex {
            if let index = indexes[file] { return index }
            let text = analysis.sources[file]
            let index = text.name == uri && text.bytes == own.bytes ? own : LineIndex(text.bytes)
            indexes[file] = index
            return index
        }
        let severity = diagnostic.severity == .error ? 1 : diagnostic.severity == .warning ? 2 : 3
        var message = diagnostic.message
        var range = TextRange(start: Position(line: 0, character: 0), end: Position(line: 0, character: 0))
        if let location = diagnostic.location, analysis.sources.contains(location.file) {
            let text = analysis.sources[location.file]
            if text.name == uri {
                range = index(location.file).range(of: location.range)
            } else {
                let position = text.position(of: location.range.start)
                message = "\(text.name):\(position.line):\(position.column): \(message)"
            }
        }
        var related: [DiagnosticRelatedInformation] = []
        for note in diagnostic.notes {
            guard let location = note.location, analysis.sources.contains(location.file) else {
                message += "\n" + note.message
                continue
            }
            let text = analysis.sources[location.file]
            related.append(DiagnosticRelatedInformation(
                location: Location(uri: self.uri(ofSourceNamed: text.name), range: index(location.file).range(of: location.range)),
                message: note.message))
        }
        return LSPDiagnostic(range: range, severity: severity, code: diagnostic.id.rawValue, source: "clq",
                             message: message, relatedInformation: related.isEmpty ? nil : related)
    }

    /// The URI of a source by the name the server gave it.
    func uri(ofSourceNamed name: String) -> String {
        name == BuiltinKnowledgeBase.name ? workspace.builtinURI : name
    }
}
