#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Shows long answers through a pager, as psql does: `$CLQ_PAGER`, else `$PAGER`, else `less`
/// when it is installed. Only on a terminal; never in pipes or scripts.
public enum Pager {
    /// The pager's command line, run by `/bin/sh -c`: `$CLQ_PAGER`, else `$PAGER`, else `less -FRXK`
    /// (quit at once when the text fits, keep colours, leave it on the screen, quit on Ctrl-C). Nil when
    /// none is installed, or when the variable is set but empty (which turns paging off).
    public static func command(environment: (String) -> String? = { getenv($0).map { String(cString: $0) } })
        -> String? {
        for name in ["CLQ_PAGER", "PAGER"] {
            if let value = environment(name) { return value.allSatisfy(\.isWhitespace) ? nil : value }
        }
        let path = environment("PATH") ?? "/usr/bin:/bin"
        let installed = path.split(separator: ":").contains { access("\($0)/less", X_OK) == 0 }
        return installed ? "less -FRXK" : nil
    }

    /// True when `text` is taller than a screen of `rows` lines (one is kept for the prompt).
    public static func isLong(_ text: String, rows: Int) -> Bool {
        var lines = 0
        for byte in text.utf8 where byte == UInt8(ascii: "\n") {
            lines += 1
            if lines >= rows { return true }
        }
        return false
    }

    /// Writes `text` to `command`'s standard input and waits for it to finish; false when it could
    /// not be started (the caller then writes the text itself). A pager quit early is not an error.
    public static func show(_ text: String, command: String) -> Bool {
        var descriptors: [Int32] = [0, 0]
        guard pipe(&descriptors) == 0 else { return false }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, descriptors[0], 0)
        posix_spawn_file_actions_addclose(&actions, descriptors[1])
        var argv: [UnsafeMutablePointer<CChar>?] = ["/bin/sh", "-c", command].map { (word: String) in strdup(word) }
        argv.append(nil)
        defer { for pointer in argv { free(pointer) } }
        var child: pid_t = 0
        let started = posix_spawn(&child, "/bin/sh", &actions, nil, argv, environ)
        close(descriptors[0])
        guard started == 0 else {
            close(descriptors[1])
            return false
        }
        let previous = signal(SIGPIPE, SIG_IGN)
        FileDescriptor.write(text, to: descriptors[1])
        close(descriptors[1])
        var status: Int32 = 0
        while waitpid(child, &status, 0) == -1 && errno == EINTR {}
        signal(SIGPIPE, previous)
        return true
    }
}
