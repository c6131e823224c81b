import ClauseQuery
import Testing

/// Inputs the fuzz targets found crashing, each kept as a test of what should happen instead.
@Suite struct FuzzFindingTests {
    /// A clause named like its own agreement is a duplicate identifier pointing at the agreement (the
    /// language server's fuzz target found the check stopping on an index past the agreements).
    @Test func aClauseNamedLikeItsAgreementIsADuplicate() {
        let script = "party A.\nagreement K between A effective 2020 { clause K: right of A to use. }\n"
        #expect(renderedDiagnostics(script) == """
            test.clq:2:47: error: duplicate identifier 'K': an agreement already uses it [duplicate-id]
             2 | agreement K between A effective 2020 { clause K: right of A to use. }
               |                                               ^
            test.clq:2:1: note: 'K' was first declared here
             2 | agreement K between A effective 2020 { clause K: right of A to use. }
               | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

            """)
    }
}
