import ClauseQuery
import Testing

/// Help for the mistakes people make: misspelt keywords, `to` for `until`, clauses outside agreements,
/// and questions in words the grammar does not take.
@Suite struct MistakeHelpTests {
    @Test func keywordTypoAtTheStart() {
        #expect(renderedDiagnostics("wich rights hold for Microsoft in 2031?") == """
            test.clq:1:1: error: expected a declaration (party, asset, source, agreement, event, prospect) or a question, found 'wich' [expected-token]
             1 | wich rights hold for Microsoft in 2031?
               | ^~~~
               = did you mean 'which'?

            """)
    }

    @Test func keywordTypoInTheKind() {
        #expect(renderedDiagnostics("which rigths hold for Microsoft in 2031?") == """
            test.clq:1:7: error: expected 'rights', 'obligations', 'permissions', 'prohibitions' or 'clauses' after 'which', found 'rigths' [expected-token]
             1 | which rigths hold for Microsoft in 2031?
               |       ^~~~~~
               = did you mean 'rights'?

            """)
    }

    @Test func keywordTypoInAnotherKind() {
        #expect(renderedDiagnostics("which obligatons does OpenAI have?") == """
            test.clq:1:7: error: expected 'rights', 'obligations', 'permissions', 'prohibitions' or 'clauses' after 'which', found 'obligatons' [expected-token]
             1 | which obligatons does OpenAI have?
               |       ^~~~~~~~~~
               = did you mean 'obligations'?

            """)
    }

    @Test func keywordTypoInAList() {
        #expect(renderedDiagnostics("list permisions?") == """
            test.clq:1:6: error: expected what to list: 'parties', 'assets', 'agreements', 'sources', 'events', 'prospects' or a kind of clause after 'list', found 'permisions' [expected-token]
             1 | list permisions?
               |      ^~~~~~~~~~
               = did you mean 'permissions'?

            """)
    }

    @Test func keywordTypoInAModifier() {
        #expect(renderedDiagnostics("which rights hold for Microsoft thoughout 2031?") == """
            test.clq:1:33: error: expected '?' to end the question after 'Microsoft', found 'thoughout' [expected-token]
             1 | which rights hold for Microsoft thoughout 2031?
               |                                 ^~~~~~~~~
               = did you mean 'throughout'?

            """)
    }

    @Test func keywordInCapitals() {
        #expect(renderedDiagnostics("Which rights hold for Microsoft?") == """
            test.clq:1:1: error: expected a declaration (party, asset, source, agreement, event, prospect) or a question, found 'Which' [expected-token]
             1 | Which rights hold for Microsoft?
               | ^~~~~
               = did you mean 'which'?

            """)
    }

    @Test func whatWithAKind() {
        #expect(renderedDiagnostics("What rights does Microsoft have in 2031?") == """
            test.clq:1:1: error: questions about clauses start with 'which'; 'what' only begins 'what changed between …' [unsupported-question]
             1 | What rights does Microsoft have in 2031?
               | ^~~~
               = try 'which rights does Microsoft have in 2031?'

            """)
    }

    @Test func whatDoes() {
        #expect(renderedDiagnostics("what does Microsoft have in 2031?") == """
            test.clq:1:1: error: questions about clauses start with 'which'; 'what' only begins 'what changed between …' [unsupported-question]
             1 | what does Microsoft have in 2031?
               | ^~~~
               = try 'which clauses does Microsoft have in 2031?'

            """)
    }

    @Test func whyBeforeAQuestion() {
        #expect(renderedDiagnostics("why does ModelAccess hold in 2031?") == """
            test.clq:1:1: error: there is no 'why' question; 'explain' gives the reasons behind an answer [unsupported-question]
             1 | why does ModelAccess hold in 2031?
               | ^~~
               = try 'explain does ModelAccess hold in 2031?'

            """)
    }

    @Test func whyAlone() {
        #expect(renderedDiagnostics("Why?") == """
            test.clq:1:1: error: there is no 'why' question; 'explain' gives the reasons behind an answer [unsupported-question]
             1 | Why?
               | ^~~
               = try 'explain' and a question or a clause, as in 'explain ModelAccess?'

            """)
    }

    @Test func whoHolds() {
        #expect(renderedDiagnostics("who holds ModelAccess?") == """
            test.clq:1:1: error: there is no 'who' question; 'explain' a clause to see who holds it [unsupported-question]
             1 | who holds ModelAccess?
               | ^~~
               = try 'explain ModelAccess?' to see who holds it and toward whom
               = try 'list parties?' for every party

            """)
    }

    @Test func whoElse() {
        #expect(renderedDiagnostics("Who is there?") == """
            test.clq:1:1: error: there is no 'who' question; 'explain' a clause to see who holds it [unsupported-question]
             1 | Who is there?
               | ^~~
               = try 'list parties?' for every party

            """)
    }

    @Test func howManyInCapitals() {
        #expect(renderedDiagnostics("How many rights hold for Microsoft in 2031?") == """
            test.clq:1:1: error: words of questions are lowercase: write 'how many' [unsupported-question]
             1 | How many rights hold for Microsoft in 2031?
               | ^~~~~~~~
               = try 'how many rights hold for Microsoft in 2031?'

            """)
    }

    @Test func howMuchIsWrittenInLowercase() {
        #expect(renderedDiagnostics("How Much does OpenAI owe AWS?", builtin: true) == """
            test.clq:1:1: error: words of questions are lowercase: write 'how much' [unsupported-question]
             1 | How Much does OpenAI owe AWS?
               | ^~~~~~~~
               = try 'how much does OpenAI owe AWS?'

            """)
    }

    @Test func fromToInAClauseSuggestsUntil() {
        #expect(renderedDiagnostics("party A. party B.\nagreement G between A and B {\n  clause K: right of A against B from 2024 to 2026.\n}") == """
            test.clq:3:44: error: use 'until' for the end of a validity: from 2024 until 2026 [expected-token]
             3 |   clause K: right of A against B from 2024 to 2026.
               |                                            ^~

            """)
    }

    @Test func aClauseAtTheTopLevelBelongsInAnAgreement() {
        let script = "party A. party B.\nclause X: right of A against B to do.\nlist parties?"
        #expect(renderedDiagnostics(script) == """
            test.clq:2:1: error: a clause must be declared inside an agreement { … } block [clause-outside-agreement]
             2 | clause X: right of A against B to do.
               | ^~~~~~

            """)
        #expect(run(script, builtin: false).1.loadFailed)
        #expect(summary("clause of Microsoft in 2031?")
                == "holds ModelAccess; may hold AzureMainHost; may hold UseOtherClouds derived")
    }

    @Test func typosInDeclarationsAndFilters() {
        #expect(renderedDiagnostics("party A aks B.\nevent E involving A amuont exactly $5B.\nwhich rights hold where exclusve?") == """
            test.clq:1:9: error: expected '.' to end the party declaration (or 'aka', 'part of') after 'A', found 'aks' [expected-token]
             1 | party A aks B.
               |         ^~~
               = did you mean 'aka'?
            test.clq:2:21: error: expected '.' to end the event (or an attribute: 'on', 'after', 'before', 'between', 'involving', 'exercises', 'lapses', 'amount', 'cites', 'note') after 'A', found 'amuont' [expected-token]
             2 | event E involving A amuont exactly $5B.
               |                     ^~~~~~
               = did you mean 'amount'?
            test.clq:3:25: error: expected a condition such as 'holder is Microsoft', 'about Azure', 'exclusive' or '(…)' after 'where', found 'exclusve' [expected-token]
             3 | which rights hold where exclusve?
               |                         ^~~~~~~~
               = did you mean 'exclusive'?
            3 errors

            """)
    }

    @Test func farFromAnyKeywordThereIsNoGuess() {
        #expect(renderedDiagnostics("Microsoft rights?") == """
            test.clq:1:1: error: expected a declaration (party, asset, source, agreement, event, prospect) or a question, found 'Microsoft' [expected-token]
             1 | Microsoft rights?
               | ^~~~~~~~~

            """)
    }
}
