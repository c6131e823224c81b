import ClauseQuery

/// libFuzzer's entry point for the core: any bytes, run as a script on the built-in knowledge base and
/// formatted; some are also completed. Build and run it with `script/fuzz core`; an ordinary build does
/// nothing with it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var session = CoreFuzzing.session
    _ = session.run(bytes, name: "fuzz")
    _ = try? SourceFormatter.format(bytes, name: "fuzz")
    if let (text, cursor) = CoreFuzzing.completion(of: bytes) {
        _ = Completer.complete(text, cursor: cursor, knowledgeBase: session.knowledgeBase)
    }
    return 0
}

/// What every input shares, and which inputs are completed.
enum CoreFuzzing {
    /// The built-in knowledge base, loaded once per process, going on past a failed question.
    static let session: Session = {
        var session = Session.builtin()
        session.keepGoing = true
        return session
    }()

    /// The longest text completed, in bytes.
    static let completedLength = 64

    /// The text to complete and the cursor in it, for one input in sixteen (those whose length is a
    /// multiple of 16): completion parses the statement before the cursor once for each keyword, so it
    /// costs several times the rest, and is tried on the input's last bytes only. The cursor is at the
    /// end, or in the middle (inside a word or a character) when the length is an odd multiple of 16.
    static func completion(of bytes: [UInt8]) -> (text: String, cursor: Int)? {
        guard bytes.count.isMultiple(of: 16) else { return nil }
        let text = String(decoding: bytes.suffix(completedLength), as: UTF8.self)
        let length = text.utf8.count
        return (text, bytes.count.isMultiple(of: 32) ? length : length / 2)
    }
}
