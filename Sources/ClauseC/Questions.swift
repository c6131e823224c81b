import CClq
import ClauseQuery

/// `clq_ask`: answers a question with the JSON document `clq --format json` prints.
@_cdecl("clq_ask")
public func clqAsk(_ session: OpaquePointer?, _ question: UnsafePointer<CChar>?,
                   _ outJSON: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
                   _ error: UnsafeMutablePointer<OpaquePointer?>?) -> clq_status {
    outJSON?.pointee = nil
    return reporting(into: error) { () throws(Failure) in
        guard let outJSON else { throw Failure.null("out_json") }
        let handle = try SessionHandle.from(session)
        let question = try CString.text(question, "question")
        let result = handle.current.answer(to: question)
        var document = result.rendered(.json)
        if document.hasSuffix("\n") { document.removeLast() }
        outJSON.pointee = try CString.malloced(document)
        guard result.succeeded else {
            throw Failure(status: CLQ_QUESTION_FAILED, message: result.renderedDiagnostics(),
                          diagnostics: Failure.json(result.diagnostics, result.sources))
        }
    }
}

/// `clq_check`: checks a text as `clq check` does and gives its diagnostics as JSON.
@_cdecl("clq_check")
public func clqCheck(_ session: OpaquePointer?, _ name: UnsafePointer<CChar>?, _ text: UnsafePointer<CChar>?,
                     _ outJSON: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
                     _ error: UnsafeMutablePointer<OpaquePointer?>?) -> clq_status {
    outJSON?.pointee = nil
    return reporting(into: error) { () throws(Failure) in
        guard let outJSON else { throw Failure.null("out_json") }
        let handle = try SessionHandle.from(session)
        let name = try CString.text(name, "name")
        let text = try CString.text(text, "text")
        let outcome = handle.current.checkOutcome(of: text, name: name)
        let ok = !outcome.loadFailed && !outcome.diagnostics.contains(where: \.isError)
        let document = JSONValue.object([
            ("name", .string(name)), ("ok", .bool(ok)), ("load_failed", .bool(outcome.loadFailed)),
            ("diagnostics", .array(outcome.diagnostics.map { JSONRenderer.diagnostic($0, outcome.sources) })),
        ])
        outJSON.pointee = try CString.malloced(document.serialized())
    }
}
