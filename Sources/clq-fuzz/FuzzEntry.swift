import ClauseQuery

/// libFuzzer's entry point: any bytes, as a script run on the built-in knowledge base, then completed
/// in the middle and at the end, and formatted. Build it with `script/fuzz`; an ordinary build does nothing with it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var session = FuzzSession.builtin
    session.keepGoing = true
    _ = session.run(bytes, name: "fuzz")
    let text = String(decoding: bytes, as: UTF8.self)
    for cursor in [text.utf8.count / 2, text.utf8.count] {
        _ = Completer.complete(text, cursor: cursor, knowledgeBase: session.knowledgeBase)
    }
    _ = try? SourceFormatter.format(bytes, name: "fuzz")
    return 0
}

/// The built-in session, loaded once for all inputs.
enum FuzzSession {
    static let builtin = Session.builtin()
}
