import CLibEdit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ClauseSystem

/// Line editing on a terminal through libedit: emacs keys, history and TAB completion.
public final class LibEditLineEditor: LineEditor {
    private let editLine: OpaquePointer
    private let historyState: OpaquePointer
    /// The prompt libedit reads through `promptCallback`; it must outlive each call.
    private var promptText: UnsafeMutablePointer<CChar>?
    public var completion: ((String, Int) -> LineCompletion)?

    /// An editor on standard input and output, with `entries` already in its history;
    /// nil when libedit cannot start.
    public init?(entries: [String], historySize: Int = History.defaultLimit) {
        guard let historyState = history_init() else { return nil }
        guard let editLine = el_init("clq", clq_stdin(), clq_stdout(), clq_stderr()) else {
            history_end(historyState)
            return nil
        }
        self.editLine = editLine
        self.historyState = historyState
        clq_history_set_size(historyState, Int32(historySize))
        for entry in entries { clq_history_enter(historyState, entry) }
        clq_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        clq_el_set_editor(editLine, "emacs")
        clq_el_set_signal(editLine, 1)
        clq_el_set_history(editLine, historyState)
        clq_el_set_prompt(editLine, promptCallback)
        clq_el_add_function(editLine, "clq-complete", "Complete the word before the cursor", completeCallback)
        clq_el_bind(editLine, "^I", "clq-complete")
        el_source(editLine, nil)
    }

    deinit {
        el_end(editLine)
        history_end(historyState)
        free(promptText)
    }

    public func readLine(prompt: String) -> LineInput {
        free(promptText)
        promptText = strdup(prompt)
        var count: Int32 = 0
        clq_set_errno(0)
        guard let line = el_gets(editLine, &count) else {
            let interrupted = count < 0 && clq_errno() == EINTR
            FileDescriptor.write(interrupted ? "^C\n" : "\n", to: 1)
            return interrupted ? .interrupted : .endOfInput
        }
        var text = String(cString: line)
        if text.hasSuffix("\n") { text.removeLast() }
        return .line(text)
    }

    public func addToHistory(_ entry: String) {
        clq_history_enter(historyState, entry)
    }

    /// Answers TAB for the line being edited; returns one of libedit's CC_ codes.
    fileprivate func completeWord() -> UInt8 {
        var buffer: UnsafePointer<CChar>?
        var length: Int32 = 0
        let cursor = Int(clq_el_line(editLine, &buffer, &length))
        guard let buffer, cursor >= 0, let completion else { return UInt8(CC_REFRESH_BEEP) }
        let bytes = UnsafeRawBufferPointer(start: buffer, count: Int(length)).map { $0 }
        let line = String(decoding: bytes, as: UTF8.self)
        let offered = completion(line, min(cursor, bytes.count))
        let start = max(0, min(offered.start, cursor))
        let word = String(decoding: bytes[start..<cursor], as: UTF8.self)
        switch CompletionChoice.choose(word: word, candidates: offered.candidates) {
        case .nothing:
            return UInt8(CC_REFRESH_BEEP)
        case .replace(let replacement):
            el_deletestr(editLine, Int32(word.unicodeScalars.count))
            if el_insertstr(editLine, replacement) != 0 { return UInt8(CC_REFRESH_BEEP) }
            return UInt8(CC_REFRESH)
        case .list(let candidates):
            fflush(nil)
            let columns = Int(clq_terminal_columns(1))
            FileDescriptor.write("\n" + CompletionChoice.columns(candidates, width: columns), to: 1)
            return UInt8(CC_REDISPLAY)
        }
    }

    fileprivate var prompt: UnsafeMutablePointer<CChar>? { promptText }
}

/// The editor that owns `editLine`, from the pointer stored with it.
private func editor(_ editLine: OpaquePointer?) -> LibEditLineEditor? {
    guard let editLine, let data = clq_el_clientdata(editLine) else { return nil }
    return Unmanaged<LibEditLineEditor>.fromOpaque(data).takeUnretainedValue()
}

nonisolated(unsafe) private let emptyPrompt: UnsafeMutablePointer<CChar>? = strdup("")

private func promptCallback(_ editLine: OpaquePointer?) -> UnsafeMutablePointer<CChar>? {
    editor(editLine)?.prompt ?? emptyPrompt
}

private func completeCallback(_ editLine: OpaquePointer?, _ key: Int32) -> UInt8 {
    editor(editLine)?.completeWord() ?? UInt8(CC_REFRESH_BEEP)
}
