/// A text read a part at a time, its declarations given to a loader as each part is parsed.
struct StreamedText {
    /// The script read. Its statements are the questions and expectations in order, each declaration
    /// replaced by `Loader.resolved`, which marks where one stood: the loader has the declarations.
    var script: ParsedScript
    /// Where each statement stands, the parsed ones and those that failed, in text order.
    var locations: [SourceLocation]
    /// The declarations given to the loader.
    var declared: [LoadedDeclaration]
}

extension Session {
    /// Adds `text` to the session's sources and parses it a part at a time, giving each part's
    /// declarations to `loader` while the next part is parsed (`Parser.parse(handingOver:)`).
    mutating func stream(_ text: SourceText, into loader: inout Loader) -> StreamedText {
        let file = add(text)
        let (load, isCancelled) = (loadCount, options.isCancelled)
        var (statements, ranges, declared): ([Statement], [ByteRange], [LoadedDeclaration]) = ([], [], [])
        var script = Parser.parse(sources[file], file: file, isCancelled: isCancelled) { part, size in
            var declarations: [Declaration] = []
            declarations.reserveCapacity(part.count)
            for statement in part {
                ranges.append(statement.range)
                guard case .declaration(let declaration) = statement else {
                    statements.append(statement)
                    continue
                }
                declared.append(LoadedDeclaration(declaration, file: file, load: load))
                declarations.append(declaration)
                statements.append(.declaration(Loader.resolved))
            }
            return loader.add(declarations, of: file, bytes: size, isCancelled: isCancelled)
        }
        script.statements = statements
        let locations = (ranges + script.failedRanges).sorted { $0.start < $1.start }
            .map { SourceLocation(file: file, range: $0) }
        return StreamedText(script: script, locations: locations, declared: declared)
    }

    /// Ends the load of `loader`, given `declared`, after the problems `outcome` already reports: adds its
    /// knowledge when nothing at all is wrong, and returns whether it did. With nothing declared, nothing
    /// is loaded, and it returns whether nothing is wrong.
    mutating func end(_ loader: consuming Loader, adding declared: [LoadedDeclaration], failedIdentifiers: Set<String>,
                      into outcome: inout ScriptOutcome) -> Bool {
        let syntaxFailed = outcome.diagnostics.contains(where: \.isError)
        guard !declared.isEmpty else { return !syntaxFailed }
        let (loaded, diagnostics) = loader.end(ignoring: failedIdentifiers, isCancelled: options.isCancelled)
        outcome.diagnostics += diagnostics
        guard let loaded, !syntaxFailed else { return false }
        commit(loaded, adding: declared)
        return true
    }
}
