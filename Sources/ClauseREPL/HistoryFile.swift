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
        guard access(path, F_OK) == 0 else { return (History(limit: limit), nil) }
        do throws(FileError) {
            return (History(entries: History.decode(try Files.read(path)), limit: limit), nil)
        } catch {
            return (History(limit: limit), "warning: history not loaded: \(error.message)")
        }
    }

    /// Adds this session's entries to what the file holds now (another session may have saved
    /// since), keeping the newest; returns a warning instead of failing.
    public func save(_ history: History) -> String? {
        guard !history.added.isEmpty else { return nil }
        var stored: [String] = []
        if access(path, F_OK) == 0, let bytes = try? Files.read(path) { stored = History.decode(bytes) }
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
}
