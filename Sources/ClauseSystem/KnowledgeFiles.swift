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
    package func openSession(includingBuiltin: Bool, program: String = "clq")
        -> Result<(session: Session, outcome: ScriptOutcome), ExitStatus> {
        InputFiles.readAll(knowledgeFiles, program: program).map { session(loading: $0, includingBuiltin: includingBuiltin) }
    }
}
