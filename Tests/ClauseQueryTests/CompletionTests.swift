import ClauseQuery
import Testing

/// TAB completion offers what the grammar accepts at the cursor, and the names the knowledge base holds.
@Suite struct CompletionTests {
    let kb = Session.builtin().knowledgeBase

    func complete(_ text: String) -> [String] {
        Completer.complete(text, cursor: text.utf8.count, knowledgeBase: kb).candidates.map(\.text)
    }

    @Test func partyNames() {
        #expect(complete("which rights hold for Mic") == ["Microsoft"])
        #expect(complete("which rights hold for am") == ["Amazon", "\"Amazon Web Services\""])
    }

    @Test func keywordsValidAtTheCursor() {
        #expect(complete("which ri") == ["right", "rights"])
        #expect(complete("which rights hold for Microsoft ") == [
            "where", "in", "throughout", "at", "as", "before", "after", "between", "and",
        ])
        #expect(complete("wh") == ["which", "when", "what"])
    }

    @Test func insideAnAgreement() {
        #expect(complete("agreement G {\n  clause K: ob") == ["obligation"])
        #expect(Set(complete("agreement G {\n  clause K: right of A ")) == [
            "against", "toward", "towards", "over", "to", "exclusive", "from", "until", "for", "if", "unless", "amount",
            "terminated", "replaced", "replaces", "cites", "note", "not",
        ])
    }

    @Test func optionsOfferClauses() {
        #expect(complete("event E exercises Excl") == ["ExclusiveCloud", "ExclusiveModelAccess"])
        #expect(complete("event E l") == ["lapses"])
        #expect(complete("agreement G {\n  clause K: right of A if ex") == ["exercised"])
    }

    @Test func actionsAfterAPossessive() {
        #expect(complete("is Microsoft's ") == ["access", "host", "invest", "offer", "pay", "revise", "spend", "use"])
    }

    @Test func namesCarryWhatTheyName() {
        let list = Completer.complete("which rights hold for AW", cursor: 24, knowledgeBase: kb)
        #expect(list.candidates.map(\.detail) == ["Amazon Web Services"])
        let clauses = Completer.complete("explain ModelA", cursor: 14, knowledgeBase: kb)
        #expect(clauses.candidates.map(\.detail) == ["access OpenAI models"])
    }

    @Test func theReplacedRangeIsThePartialWord() {
        let list = Completer.complete("list par", cursor: 8, knowledgeBase: kb)
        #expect(list.replacing == ByteRange(5, 8))
        #expect(list.candidates.map(\.text) == ["parties"])
    }
}
