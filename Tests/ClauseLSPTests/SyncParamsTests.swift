@testable import ClauseLSP
import PropertyBased
import Testing

/// Document parameters read straight from JSON are what the decoder reads, or left to it.
@Suite struct SyncParamsTests {
    static let values: [JSON] = [.null, .bool(true), .integer(3), .integer(-1), .integer(Int64.max), .number(2.5),
                                 .number(4), .number(1e20), .string("file:///a.clq"), .string("text\n\u{1}é"), .string(""),
                                 .array([]), .object([:]),
                                 .object(["line": .integer(1), "character": .integer(2)]),
                                 .object(["line": .number(1.5), "character": .integer(2)]),
                                 .object(["start": .object(["line": .integer(0), "character": .integer(1)]),
                                          "end": .object(["line": .integer(2), "character": .integer(0)])])]
    static let keys = ["uri", "text", "version", "languageId", "range", "start", "end", "line", "character", "other"]

    /// An object of members picked from `picks`, keys from `keys` with values from `values` or nested objects.
    static func object(_ picks: inout ArraySlice<Int>, depth: Int) -> JSON {
        var members: [String: JSON] = [:]
        for _ in 0..<((picks.popFirst() ?? 0) % 6) {
            let key = keys[(picks.popFirst() ?? 0) % keys.count]
            let pick = picks.popFirst() ?? 0
            members[key] = depth < 2 && pick % 4 == 0 ? object(&picks, depth: depth + 1) : values[pick % values.count]
        }
        // Most documents have a URI and a text, so that the other members decide.
        if depth == 1, (picks.popFirst() ?? 0) % 4 != 0 {
            members["uri"] = members["uri"]?.string == nil ? .string("file:///a.clq") : members["uri"]
            members["text"] = .string(["party A.", "", "é\n"][(picks.popFirst() ?? 0) % 3])
        }
        return .object(members)
    }

    @Test func openedDocumentsAreReadAsTheDecoderReadsThem() async {
        await propertyCheck(count: 2000, input: Gen.int(in: 0...1000).array(of: 0...40)) { picks in
            var rest = picks[...]
            let params = JSON.object(["textDocument": SyncParamsTests.object(&rest, depth: 1)])
            let decoded = try? params.decode(DidOpenParams.self)
            guard let read = DidOpenParams(json: params) else { return }
            #expect(decoded.map { [$0.textDocument.uri, $0.textDocument.text, $0.textDocument.languageId ?? "-"] }
                    == [read.textDocument.uri, read.textDocument.text, read.textDocument.languageId ?? "-"], "\(params)")
            #expect(decoded?.textDocument.version == read.textDocument.version, "\(params)")
        }
    }

    @Test func changesAreReadAsTheDecoderReadsThem() async {
        await propertyCheck(count: 2000, input: Gen.int(in: 0...1000).array(of: 0...60)) { picks in
            var rest = picks[...]
            let document = SyncParamsTests.object(&rest, depth: 1)
            let changes = (0..<((rest.popFirst() ?? 0) % 3)).map { _ in SyncParamsTests.object(&rest, depth: 1) }
            let params = JSON.object(["textDocument": document, "contentChanges": .array(changes)])
            let decoded = try? params.decode(DidChangeParams.self)
            guard let read = DidChangeParams(json: params) else { return }
            #expect(decoded?.textDocument.uri == read.textDocument.uri, "\(params)")
            #expect(decoded?.textDocument.version == read.textDocument.version, "\(params)")
            #expect(decoded?.contentChanges.map(\.text) == read.contentChanges.map(\.text), "\(params)")
            #expect(decoded?.contentChanges.map(\.range) == read.contentChanges.map(\.range), "\(params)")
        }
    }

    @Test func aDocumentIsReadWithoutTheDecoder() {
        let params = JSON.object(["textDocument": .object(["uri": "file:///a.clq", "languageId": "clq", "version": .integer(7),
                                                           "text": "party A.\n"])])
        let read = DidOpenParams(json: params)
        #expect(read?.textDocument.uri == "file:///a.clq")
        #expect(read?.textDocument.version == 7)
        #expect(read?.textDocument.text == "party A.\n")
        #expect(DidOpenParams(json: .object(["textDocument": .object(["uri": "u", "text": "t", "version": .number(1.5)])])) == nil)
    }
}
