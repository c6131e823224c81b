import ClauseQuery
@testable import ClauseREPL
import Testing

/// What TAB offers at the prompt, and what it does with the offer.
@Suite struct CompletionTests {
    func complete(_ line: String, pending: String = "") -> LineCompletion {
        let harness = Harness(lines: [])
        harness.repl.pending = pending
        return harness.repl.complete(line, cursor: line.utf8.count)
    }

    @Test func partiesAndKeywordsComeFromTheCore() {
        #expect(complete("which rights hold for Micro") == LineCompletion(start: 22, candidates: ["Microsoft"]))
        #expect(complete("which rights hold for Microsoft thr") == LineCompletion(start: 32, candidates: ["throughout"]))
    }

    @Test func aNameInsideAnOpenQuoteIsCompletedInQuotes() {
        #expect(complete("rights of \"ama") == LineCompletion(start: 10, candidates: ["\"Amazon\"", "\"Amazon Web Services\""]))
        #expect(complete("rights of \"Amazon W") == LineCompletion(start: 10, candidates: ["\"Amazon Web Services\""]))
        #expect(complete("rights of \"x\" or \"a\\\"b") == LineCompletion(start: 17, candidates: []))
        #expect(REPL.openQuote(ArraySlice("list parties # \"".utf8)) == nil)
        #expect(REPL.openQuote(ArraySlice("a \"b\nc".utf8)) == nil)
    }

    @Test func theLinesAlreadyTypedAreContext() {
        #expect(complete("  clause K: obl", pending: "agreement G {") == LineCompletion(start: 12, candidates: ["obligation"]))
    }

    @Test func commandNamesAndTheirWords() {
        #expect(complete(":") == LineCompletion(start: 0, candidates: MetaCommand.allCases.map { ":" + $0.rawValue }))
        #expect(complete(":re") == LineCompletion(start: 0, candidates: [":reload"]))
        #expect(complete(":format j") == LineCompletion(start: 8, candidates: ["json"]))
        #expect(complete(":timing ") == LineCompletion(start: 8, candidates: ["on", "off"]))
        #expect(complete(":assume unknown-ends c") == LineCompletion(start: 21, candidates: ["continue"]))
        #expect(complete(":help de") == LineCompletion(start: 6, candidates: ["declarations"]))
        #expect(complete(":kb x") == LineCompletion(start: 4, candidates: []))
    }

    @Test func filePathsAfterLoadAndSave() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        directory.write("lease.clq", "")
        directory.write("lease-2.clq", "")
        directory.write(".hidden", "")
        let base = directory.path
        #expect(complete(":load \(base)/lea") == LineCompletion(start: 6, candidates: ["\(base)/lease-2.clq", "\(base)/lease.clq"]))
        #expect(complete(":load a.clq \(base)/") == LineCompletion(start: 12, candidates: ["\(base)/lease-2.clq", "\(base)/lease.clq"]))
        #expect(complete(":save \(base)/.h").candidates == ["\(base)/.hidden"])
        #expect(complete(":load /tm").candidates == ["/tmp/"])
    }

    /// What one TAB does to the end of `line`.
    func tab(_ line: String) -> CompletionChoice {
        let offered = complete(line)
        let word = String(decoding: Array(line.utf8)[offered.start...], as: UTF8.self)
        return CompletionChoice.choose(word: word, candidates: offered.candidates)
    }

    @Test func aUniquePrefixOfAnIdentifierCompletesThoughNamesInQuotesAlsoMatch() {
        #expect(complete("rights of Amaz").candidates == ["Amazon", "\"Amazon Web Services\""])
        #expect(tab("rights of Amaz") == .replace("Amazon "))
        #expect(tab("rights of \"Amazon W") == .replace("\"Amazon Web Services\" "))
        #expect(tab("rights of \"Amaz") == .replace("\"Amazon"))
        #expect(tab("rights of \"Amazon") == .list(["\"Amazon\"", "\"Amazon Web Services\""]))
    }

    @Test func namesInQuotesCompeteOnlyWhenIdentifiersDoNotComplete() {
        let names = ["OpenAI", "OpenAIFoundation", "\"OpenAI Group\""]
        #expect(CompletionChoice.choose(word: "Op", candidates: names) == .replace("OpenAI"))
        #expect(CompletionChoice.choose(word: "OpenAI", candidates: names) == .list(names))
        #expect(CompletionChoice.choose(word: "Lum", candidates: ["\"Lumière Studio\""]) == .replace("\"Lumière Studio\" "))
        #expect(CompletionChoice.choose(word: "", candidates: ["Amazon", "\"Amazon Web Services\""])
            == .list(["Amazon", "\"Amazon Web Services\""]))
    }

    @Test func oneCandidateReplacesTheWordAndAddsASpace() {
        #expect(CompletionChoice.choose(word: "Micro", candidates: ["Microsoft"]) == .replace("Microsoft "))
        #expect(CompletionChoice.choose(word: "/t", candidates: ["/tmp/"]) == .replace("/tmp/"))
        #expect(CompletionChoice.choose(word: "x", candidates: []) == .nothing)
    }

    @Test func severalCandidatesCompleteTheirCommonPrefixOrAreListed() {
        #expect(CompletionChoice.choose(word: "a", candidates: ["agreement", "agreements"]) == .replace("agreement"))
        #expect(CompletionChoice.choose(word: "agreement", candidates: ["agreement", "agreements"])
            == .list(["agreement", "agreements"]))
        #expect(CompletionChoice.choose(word: "é", candidates: ["éa", "éb", "éa"]) == .list(["éa", "éb"]))
    }

    @Test func listsAreInColumnsDownThenAcross() {
        #expect(CompletionChoice.columns(["a", "bb", "c", "d", "e"], width: 12) == "a   c   e\nbb  d\n")
        #expect(CompletionChoice.columns(["one", "two"], width: 3) == "one\ntwo\n")
        let many = (1...205).map { "w\($0)" }
        #expect(CompletionChoice.columns(many, width: 1000).hasSuffix("… and 5 more\n"))
    }

    @Test func listedCandidatesShowControlCharactersEscaped() {
        #expect(CompletionChoice.columns(["\"A\u{1B}[2J\"", "\"B\""], width: 40) == #""A\u{1B}[2J"  "B""# + "\n")
    }
}
