import ClauseQuery

/// Hover, go to definition, find references and document symbols, over the core's symbol index.
extension LanguageServer {
    /// The symbols of the open documents, the workspace files and the built-in knowledge base.
    func symbolTable() -> SymbolTable {
        var entries = documents.keys.sorted().compactMap { key in documents[key].map { (key, $0.analysis.symbols) } }
        for uri in workspace.files.keys.sorted() + [workspace.builtinURI] where documents[uri] == nil {
            if let symbols = workspace.symbols(of: uri) { entries.append((uri, symbols)) }
        }
        return SymbolTable(entries)
    }

    /// The text and the client's URI of a document of the symbol table.
    func text(of key: String) -> (uri: String, bytes: [UInt8])? {
        if let document = documents[key] { return (document.uri, document.bytes) }
        return workspace.text(of: key).map { (key, $0) }
    }

    /// The location of `range` in the document `key`; `indexes` keeps each document's URI and line
    /// index for the locations after it, so that many in one document cost one index of it.
    func location(_ key: String, _ range: ByteRange, _ indexes: inout [String: (uri: String, index: LineIndex)]) -> Location? {
        if indexes[key] == nil {
            if let document = documents[key] {
                indexes[key] = (document.uri, document.lineIndex)
            } else if let bytes = workspace.text(of: key) {
                indexes[key] = (key, LineIndex(bytes))
            }
        }
        guard let (uri, index) = indexes[key] else { return nil }
        return Location(uri: uri, range: index.range(of: range))
    }

    /// The document, the byte offset of the position and the entities named there.
    private func entities(_ params: JSON) throws(ResponseError) -> (OpenDocument, Int, [SymbolTable.Entity], SymbolTable) {
        let request = try decode(PositionParams.self, params)
        let document = try document(request.textDocument.uri)
        let offset = document.lineIndex.offset(of: request.position)
        let table = symbolTable()
        return (document, offset, table.entities(at: offset, in: Workspace.normalized(document.uri)), table)
    }

    func definition(_ params: JSON) throws(ResponseError) -> JSON {
        let (_, _, entities, table) = try entities(params)
        var indexes: [String: (uri: String, index: LineIndex)] = [:]
        let locations = entities.flatMap { entity in
            table.declarations(of: entity).compactMap { location($0.document, $0.declaration.nameRange, &indexes) }
        }
        return locations.isEmpty ? .null : JSON(encoding: locations)
    }

    func references(_ params: JSON) throws(ResponseError) -> JSON {
        let request = try decode(ReferenceParams.self, params)
        let (_, _, entities, table) = try entities(params)
        let includeDeclaration = request.context?.includeDeclaration ?? true
        var indexes: [String: (uri: String, index: LineIndex)] = [:]
        let locations = entities.flatMap { entity in
            table.references(to: entity, includingDeclarations: includeDeclaration)
                .compactMap { location($0.document, $0.range, &indexes) }
        }
        return JSON(encoding: locations)
    }

    func hover(_ params: JSON) throws(ResponseError) -> JSON {
        let (document, offset, entities, table) = try entities(params)
        guard let entity = entities.first else { return .null }
        var range: ByteRange?
        switch document.analysis.symbols.occurrence(at: offset) {
        case .declaration(let declaration): range = declaration.nameRange
        case .reference(let reference): range = reference.range
        case nil: break
        }
        let text = summary(of: entity, in: document, table) ?? "\(entity.kind.rawValue) \(entity.identifier)"
        return JSON(encoding: Hover(contents: MarkupContent(kind: "markdown", value: text),
                                    range: range.map { document.lineIndex.range(of: $0) }))
    }

    /// The summary of an entity from the first knowledge base that holds it, else its declaration's text.
    private func summary(of entity: SymbolTable.Entity, in document: OpenDocument, _ table: SymbolTable) -> String? {
        var bases = [document.knowledgeBase, workspace.builtin.knowledgeBase]
        let declarations = table.declarations(of: entity)
        for (key, _) in declarations {
            if let open = documents[key] {
                bases.append(open.knowledgeBase)
            } else if let bytes = workspace.text(of: key) {
                bases.append(Analysis(uri: key, bytes: bytes, workspace: workspace).knowledgeBase)
            }
        }
        for kb in bases {
            if let found = kb.entity(entity.kind, identifier: entity.identifier) { return kb.summary(of: found) }
        }
        guard let (key, declaration) = declarations.first, let (_, bytes) = text(of: key) else { return nil }
        return "```\n" + SourceText(name: key, bytes: bytes).text(in: declaration.range) + "\n```"
    }

    /// The document's symbols as JSON text, an agreement's clauses its children, written as they are
    /// counted: the declarations list each agreement's clauses right after it.
    func documentSymbols(_ params: JSON) throws(ResponseError) -> [UInt8] {
        let document = try document(try decode(DocumentParams.self, params).textDocument.uri)
        let index = document.lineIndex
        let declarations = document.analysis.symbols.declarations
        // Starts and names come in text order; an agreement's end comes after its clauses.
        var walker = LineIndex.Walker(index)
        var writer = JSONWriter()
        // Room for every symbol at once (about 200 bytes each, beside its names, which come from the
        // text), so that 165 MB of symbols are not copied as they grow.
        writer.bytes.reserveCapacity(declarations.count * 240 + document.bytes.count)
        func open(_ declaration: SymbolDeclaration) -> (start: Position, selection: TextRange) {
            let start = walker.position(of: declaration.range.start)
            return (start, TextRange(start: walker.position(of: declaration.nameRange.start),
                                     end: walker.position(of: declaration.nameRange.end)))
        }
        func close(_ declaration: SymbolDeclaration, _ start: Position, _ selection: TextRange) {
            let end = index.position(of: declaration.range.end, near: selection.end.line)
            writer.appendSymbolFields(detail: declaration.names.first ?? declaration.kind.rawValue,
                                      kind: LanguageServer.symbolKind(declaration.kind), name: declaration.identifier,
                                      range: TextRange(start: start, end: end), selectionRange: selection)
        }
        writer.append(raw: "[")
        var position = 0
        while position < declarations.count {
            let declaration = declarations[position]
            if position > 0 { writer.append(raw: ",") }
            writer.append(raw: "{")
            let (start, selection) = open(declaration)
            var next = position + 1
            if declaration.kind == .agreement {
                while next < declarations.count, declarations[next].container == declaration.identifier { next += 1 }
            }
            if next > position + 1 {
                writer.append(raw: #""children":["#)
                for member in (position + 1)..<next {
                    if member > position + 1 { writer.append(raw: ",") }
                    writer.append(raw: "{")
                    let (memberStart, memberSelection) = open(declarations[member])
                    close(declarations[member], memberStart, memberSelection)
                }
                writer.append(raw: "],")
            }
            close(declaration, start, selection)
            position = next
        }
        writer.append(raw: "]")
        return writer.bytes
    }

    /// LSP symbol kinds: agreements as namespaces, clauses as methods, parties as classes and so on.
    static func symbolKind(_ kind: EntityKind) -> Int {
        switch kind {
        case .agreement: return 3
        case .clause: return 6
        case .party: return 5
        case .asset: return 23
        case .source: return 1
        case .event: return 24
        case .prospect: return 14
        }
    }
}
