import ClauseLSP
import ClauseQuery

/// libFuzzer's entry point for the language server: any bytes, as its input stream. The frame reader
/// splits them into messages and each whole message goes to the server's handler; every message the
/// server sends must be JSON, and every request must get exactly one reply, with its id (or with null
/// and an error, when the id is not valid). Build and run it with `script/fuzz lsp`; an ordinary build
/// does nothing with it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    LSPFuzzing.shared.serve(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

/// One initialized server for the whole process, so that the built-in knowledge base is loaded once.
///
/// An input leaves it as it found it: its `shutdown` requests are not delivered (the server would
/// refuse everything after one), and the documents it opened are closed after it. libFuzzer calls it
/// from one thread only.
final class LSPFuzzing {
    nonisolated(unsafe) static let shared = LSPFuzzing()

    private let outbox: Outbox
    private let server: LanguageServer

    /// What the server sent while one message was handled.
    final class Outbox {
        var messages: [JSON] = []
    }

    private init() {
        let outbox = Outbox()
        self.outbox = outbox
        server = LanguageServer(version: "fuzz", send: { outbox.messages.append($0) })
        server.handle(.object(["jsonrpc": "2.0", "id": 0, "method": "initialize",
                               "params": .object(["capabilities": .object([:])])]))
        server.handle(.object(["jsonrpc": "2.0", "method": "initialized", "params": .object([:])]))
    }

    /// Reads `bytes` as the server's input, handing it over in pieces of growing size, and handles
    /// every message in it.
    func serve(_ bytes: [UInt8]) {
        var offset = 0
        var piece = 1
        var reader = FrameReader(read: {
            guard offset < bytes.count else { return nil }
            let end = min(bytes.count, offset + piece)
            defer { (offset, piece) = (end, min(piece * 2, 4096)) }
            return Array(bytes[offset..<end])
        })
        var opened: [JSON] = []
        while let frame = reader.next() {
            guard case .message(let body) = frame, let message = JSON(parsing: body),
                  message["method"] != "shutdown" else { continue }
            if message["method"] == "textDocument/didOpen", let uri = message["params"]?["textDocument"]?["uri"] {
                opened.append(uri)
            }
            deliver(message)
        }
        for uri in opened {
            deliver(.object(["jsonrpc": "2.0", "method": "textDocument/didClose",
                             "params": .object(["textDocument": .object(["uri": uri])])]))
        }
    }

    /// Hands one message to the server and checks what it sent back.
    private func deliver(_ message: JSON) {
        outbox.messages = []
        server.handle(message)
        for sent in outbox.messages where JSON(parsing: sent.serialized()) == nil {
            preconditionFailure("the server sent a message that is not JSON: \(sent)")
        }
        let replies = outbox.messages.filter { $0["id"] != nil && $0["method"] == nil }
        if let id = message["id"], message["method"] != nil {
            precondition(replies.count == 1, "a request got \(replies.count) replies: \(message)")
            if let reply = replies.first {
                precondition(reply["id"] == id || (reply["id"] == .null && reply["error"] != nil),
                             "a reply's id is neither its request's nor null with an error: \(message)")
            }
        } else if message["method"]?.string != nil {
            precondition(replies.isEmpty, "a notification got a reply: \(message)")
        }
    }
}
