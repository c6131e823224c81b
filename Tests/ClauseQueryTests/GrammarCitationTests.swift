import Foundation
import Testing

/// Grammar/clq.ebnf and the functions that implement it cite each other exactly (see the grammar's header).
@Suite struct GrammarCitationTests {
    /// The rule names a grammar defines: a name at the start of a line followed by `=`, outside `(* … *)`.
    static func rules(in grammar: String) -> [String] {
        var text = grammar
        while let open = text.range(of: "(*"), let close = text.range(of: "*)", range: open.upperBound..<text.endIndex) {
            text.removeSubrange(open.lowerBound..<close.upperBound)
        }
        return text.split(separator: "\n").compactMap { line in
            guard let first = line.first, first.isLetter else { return nil }
            return definedName(line)
        }
    }

    /// `name` when `text` starts with `name =` (not `==`).
    static func definedName(_ text: Substring) -> String? {
        let name = text.prefix { $0.isLetter || $0 == "_" }
        let rest = text.dropFirst(name.count).drop { $0 == " " }
        guard !name.isEmpty, rest.hasPrefix("="), !rest.hasPrefix("==") else { return nil }
        return String(name)
    }

    /// The rules cited by `//` comment lines that open a function (attributes and doc comments may
    /// come between), and the cited lines that open none, by line number.
    static func citations(in source: String) -> (cited: Set<String>, stray: [Int]) {
        var cited: Set<String> = []
        var stray: [Int] = []
        var pending: [(line: Int, names: [String])] = []
        for (number, raw) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.drop { $0 == " " }
            if line.hasPrefix("///") || line.hasPrefix("@") { continue }
            if line.hasPrefix("//") {
                let names = line.dropFirst(2).split(separator: ";").compactMap { definedName($0.drop { $0 == " " }) }
                if !names.isEmpty { pending.append((number + 1, names)) }
                continue
            }
            let opensFunction = line.contains("func ")
            for citation in pending {
                if opensFunction { cited.formUnion(citation.names) } else { stray.append(citation.line) }
            }
            pending = []
        }
        stray += pending.map(\.line)
        return (cited, stray)
    }

    /// What is wrong between a grammar and the sources citing it: rules no function cites, citations of
    /// rules that do not exist, citations that open no function.
    static func problems(grammar: String, lexer: [String: String], parser: [String: String]) -> [String] {
        let rules = rules(in: grammar)
        var problems: [String] = []
        var citedBy: [String: Set<String>] = [:]
        for (side, files) in [("lexer", lexer), ("parser", parser)] {
            for (name, text) in files.sorted(by: { $0.key < $1.key }) {
                let (cited, stray) = citations(in: text)
                citedBy[side, default: []].formUnion(cited)
                problems += cited.subtracting(rules).sorted().map { "\(name) cites '\($0)', which is no rule of the grammar" }
                problems += stray.map { "\(name):\($0) cites a rule but opens no function" }
            }
        }
        for rule in rules {
            let lexical = rule == "comment" || rule.allSatisfy { $0.isUppercase || $0 == "_" }
            let side = lexical ? "lexer" : "parser"
            if !(citedBy[side] ?? []).contains(rule) { problems.append("no \(side) function cites the rule '\(rule)'") }
        }
        return problems
    }

    static func swiftFiles(_ directory: String) -> [String: String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        var files: [String: String] = [:]
        for name in names where name.hasSuffix(".swift") {
            files[name] = try? String(contentsOfFile: directory + "/" + name, encoding: .utf8)
        }
        return files
    }

    @Test func theGrammarAndTheParserAgree() throws {
        let grammar = try String(contentsOfFile: packageDirectory + "/Grammar/clq.ebnf", encoding: .utf8)
        let lexer = GrammarCitationTests.swiftFiles(packageDirectory + "/Sources/ClauseQuery/Lexing")
        let parser = GrammarCitationTests.swiftFiles(packageDirectory + "/Sources/ClauseQuery/Parsing")
        #expect(GrammarCitationTests.rules(in: grammar).count >= 50)
        #expect(lexer.count >= 3 && parser.count >= 6)
        #expect(GrammarCitationTests.problems(grammar: grammar, lexer: lexer, parser: parser) == [])
    }

    @Test func driftIsFound() {
        let grammar = """
            (* a = commented out ; *)
            script = { statement } ;
            statement = "x"
                      | "y" ;
            IDENT = letter ;
            """
        let parser = """
            // script = { statement } ;
            mutating func parseScript() {}

            // ghost = "z" ;   script = { statement } ;
            @discardableResult
            /// Reads a ghost.
            func parseGhost() {}
                // statement = "x" ;
                let loose = 1
            """
        #expect(GrammarCitationTests.problems(grammar: grammar, lexer: ["Lexer.swift": "// IDENT = letter ;\n"],
                                              parser: ["Parser.swift": parser]) == [
            "Lexer.swift:1 cites a rule but opens no function",
            "Parser.swift cites 'ghost', which is no rule of the grammar",
            "Parser.swift:8 cites a rule but opens no function",
            "no parser function cites the rule 'statement'",
            "no lexer function cites the rule 'IDENT'",
        ])
    }
}
