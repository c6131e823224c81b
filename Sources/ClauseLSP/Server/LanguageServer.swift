import ClauseQuery
import Foundation

/// A Language Server Protocol 3.17 server for clq files: lifecycle, dispatch and document state.
///
/// It handles one message at a time, in order. Features live in extensions of this class; the
/// knowledge work is the core's (checking, completion, formatting, navigation).
public final class LanguageServer {
    enum State { case waitingForInitialize, running, shuttingDown }

    struct OpenDocument {
        var uri: String
        var version: Int?
        var bytes: [UInt8]
        /// Positions in `bytes`, made once for each version of the text.
        var lineIndex: LineIndex
        var analysis: Analysis
        /// The last knowledge base holding the document's own declarations, for completion and hover.
        var knowledgeBase: KnowledgeBase
    }

    var state = State.waitingForInitialize
    var documents: [String: OpenDocument] = [:]
    let workspace: Workspace
    let version: String
    /// Writes the body of one message, given in pieces so that a large result is never copied into it.
    private let write: ([[UInt8]]) -> Void
    /// Set by the `exit` notification: 0 after `shutdown`, 1 otherwise.
    public private(set) var exitCode: Int32?

    /// A server that sends its messages through `send`, each read back from the text it would write.
    package convenience init(configuration: SessionConfiguration = SessionConfiguration(), version: String = "0.1.0",
                             send: @escaping (JSON) -> Void) {
        self.init(configuration: configuration, version: version, write: { send(JSON(parsing: Array($0.joined())) ?? .null) })
    }

    /// A server that writes the body of each message it sends through `write`, in pieces.
    init(configuration: SessionConfiguration, version: String, write: @escaping ([[UInt8]]) -> Void) {
        workspace = Workspace(configuration: configuration)
        self.version = version
        self.write = write
    }

    /// Serves a connection until `exit` or the end of the input; returns the process exit code.
    package static func run(_ connection: StdioConnection, configuration: SessionConfiguration,
                           version: String) -> Int32 {
        let writer = FrameWriter(write: connection.write)
        let server = LanguageServer(configuration: configuration, version: version, write: writer.send)
        var reader = FrameReader(read: connection.read)
        while server.exitCode == nil, let frame = reader.next() {
            server.handle(frame)
        }
        return server.exitCode ?? 1
    }

    private func send(_ message: JSON) {
        write([message.serialized()])
    }

    /// Handles one frame from the input.
    func handle(_ frame: Frame) {
        switch frame {
        case .malformed(let reason):
            send(OutgoingMessage.error(id: .null, ResponseError(.parseError, reason)))
        case .message(let bytes):
            guard let json = JSON(parsing: bytes) else {
                send(OutgoingMessage.error(id: .null, ResponseError(.parseError, "the message is not valid JSON")))
                return
            }
            handle(json)
        }
    }

    /// Handles one parsed message.
    public func handle(_ json: JSON) {
        switch IncomingMessage.classify(json) {
        case .failure(let failure):
            send(OutgoingMessage.error(id: failure.id, failure.error))
        case .success(.response):
            break
        case .success(.notification(let method, let params)):
            notify(method, params)
        case .success(.request(let id, let method, let params)):
            do throws(ResponseError) {
                switch try respond(method, params) {
                case .value(let result): send(OutgoingMessage.response(id: id, result: result))
                case .text(let result): write(OutgoingMessage.response(id: id, text: result))
                }
            } catch {
                send(OutgoingMessage.error(id: id, error))
            }
        }
    }

    func publish(_ method: String, _ params: JSON) {
        send(OutgoingMessage.notification(method, params))
    }

    private func respond(_ method: String, _ params: JSON) throws(ResponseError) -> Reply {
        switch (state, method) {
        case (.waitingForInitialize, "initialize"):
            return .value(initialize(params))
        case (.waitingForInitialize, _):
            throw ResponseError(.serverNotInitialized, "the server has not been initialized")
        case (.shuttingDown, _):
            throw ResponseError(.invalidRequest, "the server is shutting down")
        case (.running, "initialize"):
            throw ResponseError(.invalidRequest, "the server is already initialized")
        case (.running, "shutdown"):
            state = .shuttingDown
            return .value(.null)
        case (.running, _):
            return try dispatch(method, params)
        }
    }

    private func notify(_ method: String, _ params: JSON) {
        if method == "exit" {
            exitCode = state == .shuttingDown ? 0 : 1
            return
        }
        guard state == .running else { return }
        do throws(ResponseError) {
            switch method {
            case "textDocument/didOpen": try didOpen(params)
            case "textDocument/didChange": try didChange(params)
            case "textDocument/didClose": try didClose(params)
            case "textDocument/didSave": try didSave(params)
            case "workspace/didChangeWatchedFiles": try didChangeWatchedFiles(params)
            default: break
            }
        } catch {
            publish("window/logMessage", .object(["type": 1, "message": .string("\(method): \(error.message)")]))
        }
    }

    private func dispatch(_ method: String, _ params: JSON) throws(ResponseError) -> Reply {
        switch method {
        case "textDocument/completion": return .value(try completion(params))
        case "textDocument/hover": return .value(try hover(params))
        case "textDocument/definition": return .value(try definition(params))
        case "textDocument/references": return .value(try references(params))
        case "textDocument/documentSymbol": return .text(try documentSymbols(params))
        case "textDocument/formatting": return .value(try formatting(params))
        case "textDocument/semanticTokens/full": return .text(try semanticTokens(params))
        default: throw ResponseError(.methodNotFound, "unknown method '\(method)'")
        }
    }

    private func initialize(_ params: JSON) -> JSON {
        var roots: [String] = []
        if case .array(let folders)? = params["workspaceFolders"] {
            roots = folders.compactMap { $0["uri"]?.string.flatMap(Workspace.path(ofURI:)) }
        }
        if roots.isEmpty, let root = params["rootUri"]?.string.flatMap(Workspace.path(ofURI:)) { roots = [root] }
        if let options = params["initializationOptions"] { configure(options, relativeTo: roots.first) }
        workspace.scan(roots: roots)
        state = .running
        return .object([
            "capabilities": .object([
                "positionEncoding": "utf-16",
                "textDocumentSync": .object(["openClose": true, "change": 2, "save": .object(["includeText": false])]),
                "completionProvider": .object(["resolveProvider": false]),
                "hoverProvider": true,
                "definitionProvider": true,
                "referencesProvider": true,
                "documentSymbolProvider": true,
                "documentFormattingProvider": true,
                "semanticTokensProvider": .object([
                    "legend": .object(["tokenTypes": .array(LanguageServer.semanticTokenTypes.map(JSON.string)),
                                       "tokenModifiers": .array(LanguageServer.semanticTokenModifiers.map(JSON.string))]),
                    "full": true,
                ]),
            ]),
            "serverInfo": .object(["name": "clq", "version": .string(version)]),
        ])
    }

    /// Reads `knowledgeBases`, `withBuiltin` and `assumeUnknownEndsContinue` from initialization options.
    private func configure(_ options: JSON, relativeTo root: String?) {
        if case .array(let paths)? = options["knowledgeBases"] {
            workspace.configuration.knowledgeFiles = paths.compactMap(\.string).map { path in
                guard let root, !path.hasPrefix("/") else { return path }
                return (root as NSString).appendingPathComponent(path)
            }
        }
        if case .bool(let value)? = options["withBuiltin"] { workspace.configuration.withBuiltin = value }
        if case .bool(let value)? = options["assumeUnknownEndsContinue"] {
            workspace.configuration.unknownEnds = value ? .continue : .unknown
        }
    }
}
