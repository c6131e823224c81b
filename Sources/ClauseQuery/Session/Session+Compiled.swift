extension Session {
    /// The most bytes a compiled knowledge base holds: its counts and places are 32-bit, so a larger one
    /// would not read back as it was written. `clq compile` refuses to write one.
    public static let maximumCompiledSize = Int(Int32.max)

    /// The session's knowledge as a compiled knowledge base, for `clq compile`: the texts it was loaded from,
    /// its declarations and its checked knowledge, with `warnings` (the load's) to report again when it is
    /// loaded. Reading it back gives a session that answers every question as this one does, provided it
    /// is no larger than `maximumCompiledSize`.
    public func compiled(warnings: [Diagnostic] = []) -> [UInt8] {
        var writer = SnapshotWriter(reservingHeader: true)
        writer.write(CompiledSession(sources: sources.texts, declarations: declarations,
                                     warnings: warnings.filter { !$0.isError }, knowledgeBase: knowledgeBase))
        return CompiledKnowledge.sealed(&writer)
    }

    /// What the knowledge base holds, counted: "3 parties, 2 agreements, 12 clauses, 1 event".
    public var knowledgeSummary: String {
        let kb = knowledgeBase
        let counts = [(kb.parties.count, "party", "parties"), (kb.assets.count, "asset", "assets"),
                      (kb.sources.count, "source", "sources"), (kb.agreements.count, "agreement", "agreements"),
                      (kb.clauses.count, "clause", "clauses"), (kb.events.count, "event", "events"),
                      (kb.prospects.count, "prospect", "prospects")]
        let parts = counts.filter { $0.0 > 0 }.map { "\($0.0) \($0.0 == 1 ? $0.1 : $0.2)" }
        return parts.isEmpty ? "nothing declared" : parts.joined(separator: ", ")
    }

    /// True when `bytes` start like a compiled knowledge base rather than text.
    public static func isCompiled(_ bytes: [UInt8]) -> Bool { CompiledKnowledge.isCompiled(bytes) }

    /// Loads the compiled knowledge base `file`, then `files`, as `load(_:)` loads the compiled file's bytes
    /// followed by `files`: all or nothing, into a session that knows nothing yet. The session keeps `file`
    /// and reads its large tables record by record where they lie.
    @discardableResult
    package mutating func load(compiled file: CompiledBytes, name: String,
                               then files: [(name: String, bytes: [UInt8])] = []) -> ScriptOutcome {
        guard file.raw.starts(with: CompiledKnowledge.magic), knowledgeBase.isEmpty, declarations.isEmpty else {
            return load([(name, Array(file.raw))] + files)
        }
        var outcome = ScriptOutcome()
        let before = self
        guard open(compiled: file, name: name, into: &outcome) else { return outcome }
        guard !files.isEmpty else { return outcome }
        return loadRest(files, before: before, after: outcome)
    }

    /// Opens the compiled knowledge base `bytes`, named `name`, as this session's knowledge; false, with the
    /// reason in `outcome`, when it cannot be read. Bytes already in memory are checked whole.
    mutating func open(compiled bytes: [UInt8], name: String, into outcome: inout ScriptOutcome) -> Bool {
        open(compiled: CompiledBytes(copying: bytes), name: name, checkingAll: true, into: &outcome)
    }

    /// Opens the compiled knowledge base `file`, as `open(compiled:name:into:)` does, keeping it to read
    /// its tables from; each block of it is checked when it is first read, unless `checkingAll`.
    mutating func open(compiled file: CompiledBytes, name: String, checkingAll: Bool = false,
                       into outcome: inout ScriptOutcome) -> Bool {
        let firstFile = Int32(sources.texts.count)
        do throws(SnapshotError) {
            let compiled = try CompiledKnowledge.read(file, name: name, checkingAll: checkingAll) { (reader: inout SnapshotReader, file) throws(SnapshotError) in
                reader.limits.firstFile = firstFile
                return try reader.compiledSession(in: file)
            }
            adopt(compiled)
            outcome.diagnostics += compiled.warnings
            return true
        } catch {
            outcome.diagnostics.append(CompiledKnowledge.unreadable(name, error.message))
            outcome.loadFailed = true
            return false
        }
    }

    /// Checks every block of the compiled file the session reads in place against its checksum, as
    /// `clq check` does: why it cannot be read, or nil when it can (or nothing is read in place).
    package func checkCompiledWhole() -> Diagnostic? {
        guard let file = knowledgeBase.compiledFile.file else { return nil }
        if let block = file.checks.verifyAll() {
            return CompiledKnowledge.unreadable(file.checks.name, BlockChecks.mismatch(block, of: file.contents.count).message)
        }
        return knowledgeBase.unreadable
    }

    /// The files as texts: compiled knowledge bases give the texts they were compiled from; nil, with the
    /// reason in `outcome`, when one cannot be read.
    func texts(of files: [(name: String, bytes: [UInt8])], into outcome: inout ScriptOutcome)
        -> [(name: String, bytes: [UInt8])]? {
        var texts: [(name: String, bytes: [UInt8])] = []
        for file in files {
            guard CompiledKnowledge.isCompiled(file.bytes) else {
                texts.append(file)
                continue
            }
            do throws(SnapshotError) {
                let sources = try CompiledKnowledge.reading(file.bytes, name: file.name) { (reader: inout SnapshotReader, compiled) throws(SnapshotError) in
                    try reader.compiledSources(in: compiled)
                }
                texts += sources.map { ($0.name, $0.bytes) }
            } catch {
                outcome.diagnostics.append(CompiledKnowledge.unreadable(file.name, error.message))
                outcome.loadFailed = true
                return nil
            }
        }
        return texts
    }
}
