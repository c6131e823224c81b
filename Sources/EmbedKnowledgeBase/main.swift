import Foundation

/// Writes a Swift file holding a text file's contents as a raw string literal.
let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: embed-knowledge-base INPUT OUTPUT\n".utf8))
    exit(2)
}
let inputURL = URL(fileURLWithPath: arguments[1])
let text: String
do {
    text = try String(contentsOf: inputURL, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("embed-knowledge-base: cannot read \(arguments[1]): \(error)\n".utf8))
    exit(1)
}
var longestHashRun = 0
var run = 0
for character in text {
    run = character == "#" ? run + 1 : 0
    longestHashRun = max(longestHashRun, run)
}
let hashes = String(repeating: "#", count: longestHashRun + 1)
let source = """
    // Generated from Samples/\(inputURL.lastPathComponent) at build time; edit that file instead.
    enum BuiltinKnowledgeBaseText {
        static let name = "\(inputURL.lastPathComponent)"
        static let text = \(hashes)\"\"\"
    \(text)
    \"\"\"\(hashes)
    }

    """
do {
    try source.write(to: URL(fileURLWithPath: arguments[2]), atomically: true, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("embed-knowledge-base: cannot write \(arguments[2]): \(error)\n".utf8))
    exit(1)
}
