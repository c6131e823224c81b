import Testing

/// `--format json` prints one object per question on every path, with its problems in it: a question that
/// does not parse, a script whose declarations do not load, a failed expectation, a `--kb` file that does
/// not load. Exit codes are those of the other formats, and nothing goes to standard error.
@Suite struct JSONOutputTests {
    @Test func aQuestionThatDoesNotParseIsAnObject() throws {
        let result = try clq(["--format", "json", "-e", "which rihgts hold for Microsoft in 2031?"])
        #expect(result.status == 1)
        #expect(result.stderr == "")
        #expect(result.stdout == """
            {"query":"which rihgts hold for Microsoft in 2031?","results":[],"diagnostics":[{"id":"expected-token",\
            "severity":"error","message":"expected 'rights', 'obligations', 'permissions', 'prohibitions' or 'clauses' \
            after 'which', found 'rihgts'","file":"-e","line":1,"column":7,"end_line":1,"end_column":13,"notes":[]}]}

            """)
    }

    @Test func eachStatementThatDoesNotParseIsAnObjectWithItsOwnText() throws {
        let path = try temporaryFile("list parties?\nwhich rihgts hold?\n# a comment\nlist agreements where foo?\n")
        let result = try clq(["--format", "json", "run", path])
        #expect(result.status == 1)
        #expect(result.stderr == "")
        #expect(result.stdout == """
            {"query":"which rihgts hold?","results":[],"diagnostics":[{"id":"expected-token","severity":"error",\
            "message":"expected 'rights', 'obligations', 'permissions', 'prohibitions' or 'clauses' after 'which', \
            found 'rihgts'","file":"\(path)","line":2,"column":7,"end_line":2,"end_column":13,"notes":[]}]}
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
        let result = try clq(["--format", "json", "run", path])
        #expect(result.status == 65)
        #expect(result.stderr == "")
        #expect(result.stdout == """
            {"query":"agreement X \\"x\\" between A and Nobody effective 2026 {\\n}","results":[],"diagnostics":[{"id":\
            "unknown-party","severity":"error","message":"unknown party 'Nobody'","file":"\(path)","line":2,"column":31,\
            "end_line":2,"end_column":37,"notes":[]}]}

            """)
    }

    @Test func aKnowledgeBaseThatDoesNotLoadIsAnObjectAndExit65() throws {
        let kb = try temporaryFile("party A \"A\".\nparty B part of Nobody.\n")
        let result = try clq(["--format", "json", "--kb", kb, "-e", "list parties?"])
        #expect(result.status == 65)
        #expect(result.stderr == "")
        #expect(result.stdout == """
            {"query":"party B part of Nobody.","results":[],"diagnostics":[{"id":"unknown-party","severity":"error",\
            "message":"unknown party 'Nobody'","file":"\(kb)","line":2,"column":17,"end_line":2,"end_column":23,\
            "notes":[]}]}

            """)
    }

    @Test func aFailedExpectationIsInTheQuestionsDiagnostics() throws {
        let path = try temporaryFile("does ModelAccess hold in 2040?\nexpect holds.\n")
        let result = try clq(["--format", "json", "run", path])
        #expect(result.status == 1)
        #expect(result.stderr == "")
        #expect(result.stdout == """
            {"query":"does ModelAccess hold in 2040?","answer":"does-not-hold","results":[],"diagnostics":[{"id":\
            "expectation-failed","severity":"error","message":"expected holds, got does not hold","file":"\(path)",\
            "line":2,"column":1,"end_line":2,"end_column":14,"notes":[]}]}

            """)
    }

    @Test func anExpectationWithoutAQuestionIsAnObjectAfterTheAnswers() throws {
        let path = try temporaryFile("does ModelAccess hold in 2040?\nexpect does not hold.\nexpect nothing.\n")
        let result = try clq(["--format", "json", "run", path])
        #expect(result.status == 1)
        #expect(result.stderr == "")
        #expect(result.stdout == """
            {"query":"does ModelAccess hold in 2040?","answer":"does-not-hold","results":[],"diagnostics":[]}
            {"query":"expect nothing.","results":[],"diagnostics":[{"id":"no-question","severity":"error","message":\
            "'expect' must follow a question","file":"\(path)","line":3,"column":1,"end_line":3,"end_column":16,\
            "notes":[]}]}

            """)
    }
}
