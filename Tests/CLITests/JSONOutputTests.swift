import Testing

/// `--format json` prints one object per question on every path, with its problems in it: a question that
/// does not parse, a script whose declarations do not load, a failed expectation, a `--kb` file that does
/// not load. Exit codes are those of the other formats, and nothing goes to standard error.
@Suite struct JSONOutputTests {
    /// Runs clq with `--format json` and checks the exit status, standard output exactly, and that standard
    /// error is empty.
    func expectJSON(_ arguments: [String], status: Int32, _ stdout: String,
                    sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try clq(["--format", "json"] + arguments)
        #expect(result.status == status, sourceLocation: sourceLocation)
        #expect(result.stderr == "", sourceLocation: sourceLocation)
        #expect(result.stdout == stdout, sourceLocation: sourceLocation)
    }

    @Test func aQuestionThatDoesNotParseIsAnObject() throws {
        try expectJSON(["-e", "which rihgts hold for Microsoft in 2031?"], status: 1, """
            {"query":"which rihgts hold for Microsoft in 2031?","results":[],"diagnostics":[{"id":"expected-token",\
            "severity":"error","message":"expected 'rights', 'obligations', 'permissions', 'prohibitions' or 'clauses' \
            after 'which', found 'rihgts'","file":"-e","line":1,"column":7,"end_line":1,"end_column":13,"notes":[{"message":"did you mean \'rights\'?"}]}]}

            """)
    }

    @Test func eachStatementThatDoesNotParseIsAnObjectWithItsOwnText() throws {
        let path = try temporaryFile("list parties?\nwhich rihgts hold?\n# a comment\nlist agreements where foo?\n")
        try expectJSON(["run", path], status: 1, """
            {"query":"which rihgts hold?","results":[],"diagnostics":[{"id":"expected-token","severity":"error",\
            "message":"expected 'rights', 'obligations', 'permissions', 'prohibitions' or 'clauses' after 'which', \
            found 'rihgts'","file":"\(path)","line":2,"column":7,"end_line":2,"end_column":13,"notes":[{"message":"did you mean \'rights\'?"}]}]}
            {"query":"list agreements where foo?","results":[],"diagnostics":[{"id":"expected-token","severity":"error",\
            "message":"expected a condition such as 'holder is Microsoft', 'about Azure', 'exclusive' or '(…)' after \
            'where', found 'foo'","file":"\(path)","line":4,"column":23,"end_line":4,"end_column":26,"notes":[]}]}

            """)
        let table = try clq(["run", path])
        #expect(table.status == 1)
        #expect(table.stdout == "")
        #expect(table.stderr.contains("\(path):2:7: error: expected 'rights'"))
    }

    @Test func declarationsThatDoNotLoadAreAnObjectAndExit65() throws {
        let path = try temporaryFile("party A \"A\".\nagreement X \"x\" between A and Nobody effective 2026 {\n}\nlist parties?\n")
        try expectJSON(["run", path], status: 65, """
            {"query":"agreement X \\"x\\" between A and Nobody effective 2026 {\\n}","results":[],"diagnostics":[{"id":\
            "unknown-party","severity":"error","message":"unknown party 'Nobody'","file":"\(path)","line":2,"column":31,\
            "end_line":2,"end_column":37,"notes":[]}]}

            """)
    }

    @Test func aKnowledgeBaseThatDoesNotLoadIsAnObjectAndExit65() throws {
        let kb = try temporaryFile("party A \"A\".\nparty B part of Nobody.\n")
        try expectJSON(["--kb", kb, "-e", "list parties?"], status: 65, """
            {"query":"party B part of Nobody.","results":[],"diagnostics":[{"id":"unknown-party","severity":"error",\
            "message":"unknown party 'Nobody'","file":"\(kb)","line":2,"column":17,"end_line":2,"end_column":23,\
            "notes":[]}]}

            """)
    }

    @Test func aFailedExpectationIsInTheQuestionsDiagnostics() throws {
        let path = try temporaryFile("does Microsoft's access to Codex hold in 2040?\nexpect holds.\n")
        try expectJSON(["run", path], status: 1, """
            {"query":"does Microsoft's access to Codex hold in 2040?","answer":"does-not-hold","results":[],"diagnostics":[{"id":\
            "expectation-failed","severity":"error","message":"expected holds, got does not hold","file":"\(path)",\
            "line":2,"column":1,"end_line":2,"end_column":14,"notes":[]}]}

            """)
    }

    @Test func anExpectationWithoutAQuestionIsAnObjectAfterTheAnswers() throws {
        let path = try temporaryFile("does Microsoft's access to Codex hold in 2040?\nexpect does not hold.\nexpect nothing.\n")
        try expectJSON(["run", path], status: 1, """
            {"query":"does Microsoft's access to Codex hold in 2040?","answer":"does-not-hold","results":[],"diagnostics":[]}
            {"query":"expect nothing.","results":[],"diagnostics":[{"id":"no-question","severity":"error","message":\
            "'expect' must follow a question","file":"\(path)","line":3,"column":1,"end_line":3,"end_column":16,\
            "notes":[]}]}

            """)
    }
}
