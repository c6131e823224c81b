import ClauseQuery
import ClauseSystem

extension REPL {
    /// The text `:save` writes: each declaration typed in this session, in order.
    var savedDeclarations: String {
        "# Declarations typed in a clq session.\n\n" + typedDeclarations.joined(separator: "\n\n") + "\n"
    }

    /// `:load FILE…`: all files or none; on any problem the knowledge base stays as it was.
    func load(_ paths: [String]) {
        guard !paths.isEmpty else { return fail("usage: \(MetaCommand.load.usage)") }
        guard let files = read(paths) else { return }
        let previous = session
        let before = KnowledgeCounts(session.knowledgeBase)
        let outcome = session.load(files)
        report(outcome.diagnostics)
        if flags.isInterrupted {
            session = previous
            return output.writeError("interrupted: nothing loaded; the knowledge base is unchanged\n")
        }
        if outcome.loadFailed {
            return output.writeError("nothing loaded; the knowledge base is unchanged\n")
        }
        configuration.knowledgeFiles += paths
        let added = KnowledgeCounts(session.knowledgeBase).added(since: before)
        output.write("loaded \(paths.joinedAsList()): added \(added.isEmpty ? "nothing" : added)\n")
    }

    /// `:reload`: reads every loaded file again and replays the declarations typed here,
    /// on a fresh knowledge base that replaces the current one only if all of it loads.
    func reload(_ arguments: [String]) {
        guard arguments.isEmpty else { return fail("usage: \(MetaCommand.reload.usage)") }
        guard !knowledgeFiles.isEmpty else {
            return output.write("nothing to reload: no knowledge-base files are loaded\n")
        }
        guard var files = read(knowledgeFiles) else { return }
        if !typedDeclarations.isEmpty {
            files.append((name: "<session>", bytes: Array(typedDeclarations.joined(separator: "\n").utf8)))
        }
        var (fresh, outcome) = configuration.session(loading: files)
        fresh.options = session.options
        fresh.keepGoing = session.keepGoing
        if !outcome.diagnostics.isEmpty {
            output.writeError(diagnosticRenderer.render(outcome.diagnostics, sources: fresh.sources))
        }
        if flags.isInterrupted {
            return output.writeError("interrupted: the knowledge base is unchanged\n")
        }
        if outcome.loadFailed {
            return output.writeError("reload failed; the knowledge base is unchanged\n")
        }
        session = fresh
        let replayed = fresh.declarations.suffix(typed.count)
        typed = zip(replayed, typed).map { ($0, $1.saved) }
        let fileCount = knowledgeFiles.count == 1 ? "1 file" : "\(knowledgeFiles.count) files"
        output.write("reloaded \(fileCount): \(KnowledgeCounts(session.knowledgeBase).phrase)\n")
    }

    /// Reads every file; on any failure reports each one and returns nil.
    private func read(_ paths: [String]) -> [(name: String, bytes: [UInt8])]? {
        var files: [(name: String, bytes: [UInt8])] = []
        var failures: [String] = []
        for path in paths {
            do throws(FileError) {
                files.append((path, try Files.read(path)))
            } catch {
                failures.append(error.message)
            }
        }
        guard failures.isEmpty else {
            failures.forEach(fail)
            output.writeError("nothing loaded; the knowledge base is unchanged\n")
            return nil
        }
        return files
    }

    /// `:save FILE`: writes the declarations typed in this session, replacing FILE all at once.
    func save(_ arguments: [String]) {
        guard arguments.count == 1 else { return fail("usage: \(MetaCommand.save.usage)") }
        guard !typedDeclarations.isEmpty else {
            return output.write("nothing to save: no declarations were typed in this session\n")
        }
        do throws(FileError) {
            try Files.writeAtomically(Array(savedDeclarations.utf8), to: arguments[0])
            typed = typed.map { ($0.declaration, true) }
            warnedBeforeLeaving = false
            let count = typedDeclarations.count
            output.write("saved \(count) declaration\(count == 1 ? "" : "s") to \(arguments[0])\n")
        } catch {
            fail(error.message)
        }
    }

    /// `:kb`: counts, where the knowledge came from, its agreements and its sources.
    func describeKnowledge() {
        let kb = session.knowledgeBase
        var text = "\(KnowledgeCounts(kb).phrase)\n"
        var origins = startsFromBuiltin ? ["built-in knowledge base"] : []
        origins += knowledgeFiles
        if !typedDeclarations.isEmpty {
            let count = typedDeclarations.count
            origins.append("\(count) declaration\(count == 1 ? "" : "s") typed in this session")
        }
        text += "loaded from: \(origins.isEmpty ? "nothing" : origins.joined(separator: ", "))\n"
        let shown = 20
        if !kb.agreements.isEmpty {
            text += "agreements:\n"
            let width = kb.agreements.prefix(shown).map(\.id.count).max() ?? 0
            for agreement in kb.agreements.prefix(shown) {
                let instant = kb.instants[Int(agreement.effective)]
                let effective = instant.isUnknown ? "" : ", effective \(instant.text)"
                text += "  \(agreement.id.padded(to: width))  \(agreement.title.controlsEscaped)\(effective)\n"
            }
            if kb.agreements.count > shown { text += "  … and \(kb.agreements.count - shown) more\n" }
        }
        if !kb.sources.isEmpty {
            text += "sources:\n"
            let width = kb.sources.prefix(shown).map(\.id.count).max() ?? 0
            for source in kb.sources.prefix(shown) {
                let title = source.title.map { " \"\($0)\"" } ?? ""
                text += "  \(source.id.padded(to: width))  \(source.document.controlsEscaped)\(title.controlsEscaped)\n"
            }
            if kb.sources.count > shown { text += "  … and \(kb.sources.count - shown) more\n" }
        }
        output.write(text)
    }
}

extension String {
    func padded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
