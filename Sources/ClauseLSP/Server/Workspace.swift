import ClauseQuery
import Foundation

/// The files around the open documents: the workspace's `.clq` files, the configured knowledge
/// bases and the built-in knowledge base (written to a cache file so editors can open it).
final class Workspace {
    /// What a document is checked against, as `clq check --kb FILE… [--with-builtin]` would check it.
    var configuration: SessionConfiguration { didSet { baseSessions = [:] } }
    /// The knowledge bases documents are checked on, loaded once per version of their files: a
    /// keystroke in a document does not load them again.
    private var baseSessions: [BaseKey: (session: Session, problems: [Diagnostic])] = [:]
    /// How many times a knowledge base for documents was loaded: once per version of its files.
    private(set) var baseLoads = 0

    /// Which knowledge a document is checked on: the configured files it does not include itself,
    /// and whether the built-in knowledge base is under them.
    private struct BaseKey: Hashable {
        var files: [String]
        var builtin: Bool
    }
    /// Workspace files by URI, as last read from disk; a compiled knowledge base is kept whole, for loading.
    private(set) var files: [String: [UInt8]] = [:]
    private(set) var builtinURI: String
    private var builtinSession: Session?
    private var symbolCache: [String: DocumentSymbols] = [:]

    /// Most `.clq` files indexed, and the largest file read.
    static let maximumFiles = 2000
    static let maximumFileSize = 16 * 1024 * 1024
    /// The largest knowledge-base file configured with `--kb` read: a compiled one may be large.
    static let maximumKnowledgeFileSize = 1 << 31

    init(configuration: SessionConfiguration) {
        self.configuration = configuration
        builtinURI = Workspace.materializeBuiltin()
    }

    // MARK: Files

    /// The workspace roots, links resolved: a file found under them that resolves outside them is
    /// not read.
    private var roots: [String] = []

    /// Indexes the `.clq` files under `roots` (paths) and the configured knowledge bases. A file
    /// that is not a regular file, or a link to something outside the roots, is skipped.
    func scan(roots: [String]) {
        files = [:]
        self.roots = roots.compactMap(BoundedFile.resolved)
        var paths: [String] = []
        for root in roots {
            guard let walker = FileManager.default.enumerator(atPath: root) else { continue }
            while let relative = walker.nextObject() as? String, paths.count < Workspace.maximumFiles {
                let name = (relative as NSString).lastPathComponent
                let path = (root as NSString).appendingPathComponent(relative)
                if name.hasPrefix(".") || name == "node_modules" {
                    walker.skipDescendants()
                } else if name.hasSuffix(".clq"), isRegularFileInsideRoots(path) {
                    paths.append(path)
                }
            }
        }
        for path in paths + configuration.knowledgeFiles { reload(Workspace.uri(ofPath: path)) }
    }

    /// True when `path`, links resolved, is a regular file under one of the roots.
    private func isRegularFileInsideRoots(_ path: String) -> Bool {
        guard let real = BoundedFile.resolved(path), roots.contains(where: { BoundedFile.path(real, isUnder: $0) }),
              let attributes = try? FileManager.default.attributesOfItem(atPath: real) else { return false }
        return attributes[.type] as? FileAttributeType == .typeRegular
    }

    /// Reads a workspace file again, or forgets it when it is gone, is not a regular file, is larger
    /// than the limit (`maximumKnowledgeFileSize` for a configured knowledge base, else
    /// `maximumFileSize`; counted on what is read, not on what a link says) or is a link that leads
    /// out of the workspace.
    func reload(_ uri: String) {
        symbolCache[uri] = nil
        let normalized = Workspace.normalized(uri)
        let isKnowledgeFile = configuration.knowledgeFiles.contains(where: { Workspace.uri(ofPath: $0) == normalized })
        if isKnowledgeFile { baseSessions = [:] }
        guard let path = Workspace.path(ofURI: uri), isKnowledgeFile || !leadsOutOfRoots(path),
              let bytes = BoundedFile.read(path, limit: isKnowledgeFile ? Workspace.maximumKnowledgeFileSize
                                                                        : Workspace.maximumFileSize) else {
            files[uri] = nil
            return
        }
        files[normalized] = bytes
    }

    /// True when `path` goes through a link to somewhere outside every root.
    private func leadsOutOfRoots(_ path: String) -> Bool {
        guard !roots.isEmpty, let real = BoundedFile.resolved(path),
              real != URL(fileURLWithPath: path).standardizedFileURL.path else { return false }
        return !roots.contains(where: { BoundedFile.path(real, isUnder: $0) })
    }

    /// The symbols of a workspace file or of the built-in knowledge base, parsed once.
    func symbols(of uri: String) -> DocumentSymbols? {
        if let cached = symbolCache[uri] { return cached }
        guard let bytes = uri == builtinURI ? Array(BuiltinKnowledgeBase.text.utf8) : files[uri],
              !Session.isCompiled(bytes) else { return nil }
        let symbols = DocumentSymbols(Parser.parse(SourceText(name: uri, bytes: bytes), file: FileID(0)))
        symbolCache[uri] = symbols
        return symbols
    }

    /// The text of a workspace file or of the built-in knowledge base.
    func text(of uri: String) -> [UInt8]? {
        uri == builtinURI ? Array(BuiltinKnowledgeBase.text.utf8) : files[uri]
    }

    // MARK: Sessions

    /// The built-in knowledge base, loaded once.
    var builtin: Session {
        if let builtinSession { return builtinSession }
        let session = Session.builtin(options: configuration.options)
        builtinSession = session
        return session
    }

    /// The session a document is checked on: the configured knowledge bases (less the document
    /// itself), else the built-in knowledge base unless the document declares knowledge of its own.
    /// `declaresKnowledge` says whether the document declares knowledge of its own.
    func baseSession(for uri: String, declaresKnowledge: Bool) -> (session: Session, problems: [Diagnostic]) {
        let own = Workspace.normalized(uri)
        let kbURIs = configuration.knowledgeFiles.map(Workspace.uri(ofPath:)).filter { $0 != own }
        let includesBuiltin = configuration.includesBuiltin(declaringKnowledge: declaresKnowledge)
        let key = BaseKey(files: kbURIs, builtin: includesBuiltin)
        if let cached = baseSessions[key] { return cached }
        baseLoads += 1
        let kbFiles = kbURIs.map { (name: $0, bytes: files[$0] ?? []) }
        let (session, outcome) = configuration.session(loading: kbFiles, includingBuiltin: includesBuiltin,
                                                       builtin: includesBuiltin ? builtin : nil)
        let base = (session, outcome.loadFailed ? outcome.diagnostics : [])
        baseSessions[key] = base
        return base
    }

    // MARK: URIs

    static func uri(ofPath path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.absoluteString
    }

    static func path(ofURI uri: String) -> String? {
        guard let url = URL(string: uri), url.isFileURL else { return nil }
        return url.path
    }

    /// A file URI spelled as the server spells it; other URIs unchanged.
    static func normalized(_ uri: String) -> String {
        path(ofURI: uri).map(uri(ofPath:)) ?? uri
    }

    /// Writes the built-in knowledge base to a cache file and returns its URI.
    private static func materializeBuiltin() -> String {
        let environment = ProcessInfo.processInfo.environment
        var directories: [String] = []
        if let cache = environment["XDG_CACHE_HOME"], !cache.isEmpty { directories.append(cache + "/clq") }
        if let home = environment["HOME"], !home.isEmpty { directories.append(home + "/.cache/clq") }
        directories.append(NSTemporaryDirectory() + "clq-\(getuid())")
        let contents = Data(BuiltinKnowledgeBase.text.utf8)
        for directory in directories {
            let path = directory + "/builtin/" + BuiltinKnowledgeBase.name
            if FileManager.default.contents(atPath: path) == contents { return uri(ofPath: path) }
            do {
                try FileManager.default.createDirectory(atPath: directory + "/builtin", withIntermediateDirectories: true)
                try contents.write(to: URL(fileURLWithPath: path), options: .atomic)
                return uri(ofPath: path)
            } catch {
                continue
            }
        }
        return "clq-builtin:///" + BuiltinKnowledgeBase.name
    }
}
