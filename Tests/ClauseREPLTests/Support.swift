import ClauseQuery
@testable import ClauseREPL
import ClauseSystem
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A line editor that replays prepared input and records the prompts it was shown.
final class ScriptedEditor: LineEditor {
    var inputs: [LineInput]
    var prompts: [String] = []
    var recalled: [String] = []
    var completion: ((String, Int) -> LineCompletion)?

    init(_ inputs: [LineInput]) { self.inputs = inputs }

    convenience init(lines: [String]) { self.init(lines.map { .line($0) }) }

    func readLine(prompt: String) -> LineInput {
        prompts.append(prompt)
        return inputs.isEmpty ? .endOfInput : inputs.removeFirst()
    }

    func addToHistory(_ entry: String) { recalled.append(entry) }
}

/// Output kept in memory: standard output and standard error.
final class CapturedOutput: REPLOutput {
    var out = ""
    var err = ""
    /// Runs after each write to standard output.
    var afterWrite: (() -> Void)?

    func write(_ text: String) {
        out += text
        afterWrite?()
    }

    func writeError(_ text: String) { err += text }
}

/// Interrupt flags a test sets by hand.
final class ManualFlags: InterruptFlags, @unchecked Sendable {
    /// Every question is interrupted while this is true.
    var interruptQuestions = false
    var terminationSignal: Int32?

    var isInterrupted: Bool { interruptQuestions }
    func clearInterrupt() {}
}

/// A clock that moves 2.5 ms each time it is read.
final class SteppingClock: @unchecked Sendable {
    private var now = Duration.zero
    func read() -> Duration {
        now += .microseconds(2500)
        return now
    }
}

/// A REPL on the built-in knowledge base (or an empty one) with scripted input and captured output.
struct Harness {
    let repl: REPL
    let editor: ScriptedEditor
    let output = CapturedOutput()
    let flags = ManualFlags()

    init(_ inputs: [LineInput], builtin: Bool = true, files: [String] = [], session: Session? = nil) {
        editor = ScriptedEditor(inputs)
        var session = session ?? (builtin ? Session.builtin() : Session())
        if !files.isEmpty {
            let loaded = session.load(files.map { (name: $0, bytes: (try? Files.read($0)) ?? []) })
            precondition(!loaded.loadFailed, "test knowledge base does not load")
        }
        let clock = SteppingClock()
        repl = REPL(session: session, startsFromBuiltin: builtin, knowledgeFiles: files, editor: editor,
                    output: output, flags: flags, clock: clock.read)
    }

    init(lines: [String], builtin: Bool = true, files: [String] = [], session: Session? = nil) {
        self.init(lines.map { .line($0) }, builtin: builtin, files: files, session: session)
    }

    /// A session whose knowledge base is large enough for a question to be interrupted:
    /// the evaluator looks at the flags every few thousand clauses.
    static func largeSession(clauses: Int = 5000) -> Session {
        var text = "source doc \"big.txt\".\nparty P0 \"Zero\".\nparty P1 \"One\".\nasset A0 \"Zero\".\n"
        text += "agreement G \"Big\" between P0 and P1 effective 2020 cites doc line 1 {\n"
        for index in 0..<clauses {
            text += "  clause C\(index): obligation of P1 toward P0 to pay A0 until 2030 cites doc line 2.\n"
        }
        text += "}\n"
        var session = Session()
        let loaded = session.load([(name: "big.clq", text: text)])
        precondition(!loaded.loadFailed, "generated knowledge base does not load")
        return session
    }

    @discardableResult
    func run() -> REPL.Ending { repl.run() }
}

/// A fresh directory for one test's files, removed by `remove()`.
struct TemporaryDirectory {
    let path: String

    init() {
        var template = Array("/tmp/clq-repl-test-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.flatMap { mkdtemp($0) }.map { String(cString: $0) }
        }
        path = made ?? "/tmp"
    }

    func file(_ name: String) -> String { path + "/" + name }

    func write(_ name: String, _ text: String) {
        let descriptor = open(file(name), O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        _ = FileDescriptor.writeAll(Array(text.utf8), to: descriptor)
        close(descriptor)
    }

    func read(_ name: String) -> String? {
        (try? Files.read(file(name))).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The names in the directory, sorted, without "." and "..".
    func names() -> [String] { Self.names(in: path) }

    private static func names(in path: String) -> [String] {
        var names: [String] = []
        if let stream = opendir(path) {
            while let entry = readdir(stream) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) {
                    String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                if name != "." && name != ".." { names.append(name) }
            }
            closedir(stream)
        }
        return names.sorted()
    }

    /// Removes the directory and everything in it, the directories the REPL made in it (its state) too.
    func remove() { Self.remove(path) }

    private static func remove(_ path: String) {
        for name in names(in: path) {
            let child = path + "/" + name
            var status = stat()
            if lstat(child, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { remove(child) } else { unlink(child) }
        }
        rmdir(path)
    }
}
