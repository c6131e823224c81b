/// What reading one line produced.
public enum LineInput: Equatable, Sendable {
    /// A line, without its trailing newline; a recalled multi-line entry keeps its inner newlines.
    case line(String)
    /// Ctrl-C while the line was being typed; the editor has moved to a fresh line.
    case interrupted
    /// Ctrl-D on an empty line, or the end of the input; the editor has moved to a fresh line.
    case endOfInput
}

/// The completions for the word before a cursor.
public struct LineCompletion: Equatable, Sendable {
    /// Byte offset in the line where the replaced word starts; it ends at the cursor.
    public var start: Int
    /// Replacements for the word; a directory ends with "/" and is not followed by a space when chosen.
    public var candidates: [String]

    public init(start: Int, candidates: [String]) {
        self.start = start
        self.candidates = candidates
    }
}

/// Reads lines from the user, with or without editing, history and completion.
public protocol LineEditor: AnyObject {
    /// Reads one line after showing `prompt` (when the editor shows prompts at all).
    func readLine(prompt: String) -> LineInput
    /// Makes `entry` reachable with Up in this session.
    func addToHistory(_ entry: String)
    /// Answers TAB: given the line and the cursor as a byte offset, the completions to offer.
    var completion: ((String, Int) -> LineCompletion)? { get set }
}
