import ClauseQuery

extension SessionConfiguration {
    /// Reads the knowledge files and builds the session `scripts` run on, with the outcome of loading the
    /// files. A file that cannot be read is reported on standard error (`PROGRAM: cannot read …`) and gives
    /// exit status 66.
    package func openSession(for scripts: [[UInt8]] = [], program: String = "clq")
        -> Result<(session: Session, outcome: ScriptOutcome), ExitStatus> {
        openSession(includingBuiltin: includesBuiltin(for: scripts), program: program)
    }

    /// Reads the knowledge files and builds the session on them, on the built-in knowledge base when
    /// `includingBuiltin`, as `openSession(for:program:)` does once it knows.
    ///
    /// A compiled knowledge base given first, for a session that starts from nothing, is mapped into memory
    /// and read where it lies rather than copied in: the session reads its large tables record by record,
    /// and the pages read to check it are given back as they are read.
    package func openSession(includingBuiltin: Bool, program: String = "clq")
        -> Result<(session: Session, outcome: ScriptOutcome), ExitStatus> {
        if !includingBuiltin, let first = knowledgeFiles.first, first != "-", let mapped = MappedFile.compiled(at: first) {
            return InputFiles.readAll(Array(knowledgeFiles.dropFirst()), program: program).map { rest in
                session(loadingCompiled: mapped.bytes, name: first, then: rest)
            }
        }
        return InputFiles.readAll(knowledgeFiles, program: program).map { session(loading: $0, includingBuiltin: includingBuiltin) }
    }
}
