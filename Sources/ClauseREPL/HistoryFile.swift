#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ClauseSystem

/// The file that keeps history between sessions.
public struct HistoryFile: Sendable {
    public var path: String

    public init(path: String) { self.path = path }

    /// `$CLQ_HISTORY`, else `$XDG_STATE_HOME/clq/history`, else `~/.clq_history`; nil when
    /// `CLQ_HISTORY` is set but empty, which turns history files off.
    public static func location(environment: [String: String]) -> HistoryFile? {
        if let explicit = environment["CLQ_HISTORY"] {
            return explicit.isEmpty ? nil : HistoryFile(path: explicit)
        }
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return HistoryFile(path: state + "/clq/history")
        }
        if let home = environment["HOME"], !home.isEmpty {
            return HistoryFile(path: home + "/.clq_history")
        }
        return nil
    }

    /// The variables `location(environment:)` reads, from this process's environment.
    public static var processEnvironment: [String: String] {
        var environment: [String: String] = [:]
        for name in ["CLQ_HISTORY", "XDG_STATE_HOME", "HOME"] {
            if let value = getenv(name) { environment[name] = String(cString: value) }
        }
        return environment
    }

    /// The saved entries; a missing file is an empty history, an unreadable one also gives a warning.
    public func load(limit: Int = History.defaultLimit) -> (history: History, warning: String?) {
        switch stored() {
        case .success(let entries): return (History(entries: entries, limit: limit), nil)
        case .failure(let error): return (History(limit: limit), "warning: history not loaded: \(error.message)")
        }
    }

    /// Adds this session's entries to what the file holds now (another session may have saved
    /// since), keeping the newest; returns a warning instead of failing. A file that exists but
    /// cannot be read is left as it is: saving would lose what it holds.
    public func save(_ history: History) -> String? {
        guard !history.added.isEmpty else { return nil }
        let stored: [String]
        switch self.stored() {
        case .success(let entries): stored = entries
        case .failure(let error): return "warning: history not saved: \(error.message); the file is left as it is"
        }
        let merged = History.normalized(stored + history.added, limit: history.limit)
        if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            let directory = String(path[..<slash])
            if access(directory, F_OK) != 0 && !Files.createDirectories(directory) {
                return "warning: history not saved: cannot create '\(directory)': \(Files.reason())"
            }
        }
        do throws(FileError) {
            try Files.writeAtomically(History.encode(merged), to: path, permissions: 0o600)
            return nil
        } catch {
            return "warning: history not saved: \(error.message)"
        }
    }

    /// The entries the file holds: none when there is no file (or no folder for it); a failure when it exists but is not a
    /// regular file, cannot be read, or is not UTF-8 text.
    func stored() -> Result<[String], FileError> {
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { return .success([]) }
            return .failure(FileError(message: "cannot read '\(path)': \(Files.reason())"))
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            let reason = status.st_mode & S_IFMT == S_IFDIR ? String(cString: strerror(EISDIR)) : "not a regular file"
            return .failure(FileError(message: "cannot read '\(path)': \(reason)"))
        }
        let bytes: [UInt8]
        do throws(FileError) {
            bytes = try Files.read(path)
        } catch {
            return .failure(error)
        }
        guard String(decoding: bytes, as: UTF8.self).utf8.elementsEqual(bytes) else {
            return .failure(FileError(message: "'\(path)' is not UTF-8 text"))
        }
        return .success(History.decode(bytes))
    }
}
