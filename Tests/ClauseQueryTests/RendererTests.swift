import ClauseQuery
import Foundation
import Testing

/// The output formats, pinned exactly.
@Suite struct RendererTests {
    @Test func jsonForTheDefiningQuestion() throws {
        var session = Session.builtin()
        let answer = try session.ask("which rights hold for Microsoft in 2031?")
        let json = JSONRenderer.render(query: "which rights hold for Microsoft in 2031?", answer: answer, diagnostics: [],
                                       knowledgeBase: session.knowledgeBase, sources: session.sources)
        #expect(json == """
            {"query":"which rights hold for Microsoft in 2031?","results":[\
            {"type":"clause","id":"ModelAccess","agreement":"MSOpenAI2026","modality":"right","holder":"Microsoft",\
            "counterparty":"OpenAI","about":"access OpenAI models","from":"2026","until":"2032","from_bound":"known",\
            "until_bound":"known","exclusive":false,"amounts":[],"certainty":"holds","derived":null,"via":null,\
            "source":{"document":"partnership-article.txt","line":12},"ended":null},\
            {"type":"clause","id":"AzureMainHost","agreement":"MSOpenAI2026","modality":"right","holder":"Microsoft",\
            "counterparty":"OpenAI","about":"host OpenAI products on Azure","from":"2026","until":null,\
            "from_bound":"known","until_bound":"unknown","exclusive":false,"amounts":[],"certainty":"may-hold",\
            "derived":null,"via":null,"source":{"document":"partnership-article.txt","line":14},"ended":null}],\
            "diagnostics":[]}
            """)
        #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [String: Any])
    }

    @Test func jsonForADerivedRowAndAnEndedClause() throws {
        var session = Session.builtin()
        let answer = try session.ask("which rights hold for Amazon in 2027 where derived and amount > $50B?")
        let json = JSONRenderer.render(query: "q", answer: answer, diagnostics: [], knowledgeBase: session.knowledgeBase,
                                       sources: session.sources)
        #expect(json.contains(#""holder":"AWS","counterparty":"OpenAI""#))
        #expect(json.contains(#""amounts":[{"kind":"exactly","text":"$100B","dollars":100000000000}]"#))
        #expect(json.contains(#""derived":"correlative-of-obligation","via":"AWS""#))
        let ended = try session.ask("explain ExclusiveCloud in 2020?")
        let endedJSON = JSONRenderer.render(query: "q", answer: ended, diagnostics: [], knowledgeBase: session.knowledgeBase,
                                            sources: session.sources)
        #expect(endedJSON.contains(#""until":"2025","from_bound":"known","until_bound":"known""#))
        #expect(endedJSON.contains(#""ended":{"how":"replaced","by":"AzureMainHost","on":"2026"}"#))
        #expect(endedJSON.contains(#"{"label":"verdict","text":"holds in 2020: its validity (2019 to 2025) overlaps that period"}"#))
    }

    @Test func jsonForAFailedQuestionCarriesPositionedDiagnostics() {
        var session = Session.builtin()
        let outcome = session.run("which rights hold for Microsfot in 2031?", name: "-e")
        let step = outcome.steps[0]
        #expect(JSONRenderer.render(query: step.text, answer: nil, diagnostics: step.diagnostics,
                                    knowledgeBase: session.knowledgeBase, sources: session.sources) == """
            {"query":"which rights hold for Microsfot in 2031?","results":[],"diagnostics":[{"id":"unknown-party",\
            "severity":"error","message":"unknown party 'Microsfot'","file":"-e","line":1,"column":23,"end_line":1,\
            "end_column":32,"notes":[{"message":"did you mean 'Microsoft'?"}]}]}
            """)
    }

    @Test func csvQuotesAndNamesTheQuery() throws {
        var session = Session.builtin()
        let answer = try session.ask("which obligations does OpenAI have in 2028?")
        #expect(CSVRenderer.headerLine() + CSVRenderer.render(query: "obligations, 2028", answer: answer,
                                                                 knowledgeBase: session.knowledgeBase) == """
            query,type,id,certainty,change,agreement,modality,holder,counterparty,about,from,until,from_bound,until_bound,exclusive,amounts,derived,via,source_document,source_line\r
            "obligations, 2028",clause,RevenueShare,holds,,MSOpenAI2026,obligation,OpenAI,Microsoft,pay a share of OpenAI's revenue,2026,2030,known,known,,cap unstated,,,partnership-article.txt,13\r
            "obligations, 2028",clause,Spend100B,holds,,AmazonOpenAI2026,obligation,OpenAI,AWS,spend on AWS cloud services using Trainium chips,2026,2033,known,known,,exactly $100B,,,partnership-article.txt,22\r
            "obligations, 2028",clause,Commitment38B,may-hold,,AWSOpenAI2025,obligation,OpenAI,AWS,spend on AWS cloud services,2025-11,,known,unknown,,exactly $38B,,,partnership-article.txt,22\r

            """)
    }

    @Test func csvUntilIsTheClausesEndInAWhenAnswerAsInTheTableAndJSON() throws {
        var session = Session.builtin()
        let question = "when does Microsoft's access to OpenAIModels start?"
        let answer = try session.ask(question)
        #expect(CSVRenderer.render(query: question, answer: answer, knowledgeBase: session.knowledgeBase) == """
            when does Microsoft's access to OpenAIModels start?,clause,ExclusiveModelAccess,holds,,MSOpenAI2019,right,\
            Microsoft,OpenAI,access OpenAI models,2019,2025,known,known,true,,,,partnership-article.txt,12\r

            """)
        let json = JSONRenderer.render(query: question, answer: answer, diagnostics: [],
                                       knowledgeBase: session.knowledgeBase, sources: session.sources)
        #expect(json.contains(#""from":"2019","until":"2025","from_bound":"known","until_bound":"known""#))
        #expect(json.contains(#""boundary":"2019","boundary_bound":"known","chain":["ModelAccess"]"#))
    }

    @Test func csvGivesEventsTheirAmountsAndSourcesAsJSONDoes() throws {
        var session = Session.builtin()
        let answer = try session.ask("list events?")
        let lines = CSVRenderer.render(query: "e", answer: answer, knowledgeBase: session.knowledgeBase)
            .split(separator: "\r\n").map(String.init)
        #expect(lines[0] == "e,event,MicrosoftInvests2019,holds,,,,,,Microsoft invests $1B in OpenAI,,,,,,exactly $1B,,,partnership-article.txt,6")
    }

    @Test func tableForTheDefiningQuestion() throws {
        var session = Session.builtin()
        let answer = try session.ask("which rights hold for Microsoft in 2031?")
        #expect(TableRenderer().render(answer, knowledgeBase: session.knowledgeBase) == """
            certainty  clause         modality  holder     counterparty  about                          from  until    terms          agreement
            holds      ModelAccess    right     Microsoft  OpenAI        access OpenAI models           2026  2032     not exclusive  MSOpenAI2026
            may hold   AzureMainHost  right     Microsoft  OpenAI        host OpenAI products on Azure  2026  unknown  not exclusive  MSOpenAI2026
            2 results: 1 holds, 1 may hold (in 2031)

            """)
    }

    @Test func tableColoursOnlyWhenAsked() throws {
        var session = Session.builtin()
        let answer = try session.ask("which rights hold for Microsoft in 2031?")
        #expect(TableRenderer(color: true).render(answer, knowledgeBase: session.knowledgeBase).contains("\u{1B}[32mholds"))
        #expect(!TableRenderer(color: false).render(answer, knowledgeBase: session.knowledgeBase).contains("\u{1B}"))
    }

    @Test func tableForVerdictsBoundariesAndEmptyAnswers() throws {
        var session = Session.builtin()
        let kb = session.knowledgeBase
        #expect(TableRenderer().render(try session.ask("when does Microsoft's access to OpenAIModels end?"), knowledgeBase: kb)
                == "ModelAccess ends at the end of 2032 (it replaced ExclusiveModelAccess): access OpenAI models\n")
        #expect(TableRenderer().render(try session.ask("when does AzureMainHost end?"), knowledgeBase: kb)
                == "AzureMainHost ends on a date the source does not give: host OpenAI products on Azure\n")
        #expect(TableRenderer().render(try session.ask("which rights hold for Google in 2031?"), knowledgeBase: kb)
                == "nothing holds in 2031\n")
        #expect(TableRenderer().render(try session.ask("does ModelAccess hold in 2040?"), knowledgeBase: kb) == """
            does not hold (no)
            certainty      clause       modality  holder     counterparty  about                 from  until  terms          agreement
            does not hold  ModelAccess  right     Microsoft  OpenAI        access OpenAI models  2026  2032   not exclusive  MSOpenAI2026

            """)
    }

    @Test func diagnosticLinesLongerThanTheWindowAreCutAroundTheCaret() {
        let long = "which rights hold for " + String(repeating: "a", count: 300) + " in 2031 and?"
        let rendered = renderedDiagnostics(long, builtin: true)
        let lines = rendered.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix(" 1 | …"))
        #expect(lines[0] == "test.clq:1:332: error: expected '?' to end the question after '2031', found 'and' [expected-token]")
        #expect(lines.allSatisfy { $0.count < 140 })
    }
}
