import ClauseQuery
import Foundation

/// The directory holding the package, found from this file's path.
let packageDirectory: String = {
    var components = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    components.removeLast(3)
    return components.joined(separator: "/")
}()

/// The text of a file in the package, or an empty string.
func packageFile(_ path: String) -> String {
    (try? String(contentsOfFile: packageDirectory + "/" + path, encoding: .utf8)) ?? ""
}

/// Parses `text` on its own.
func parse(_ text: String) -> ParsedScript {
    Parser.parse(SourceText(name: "test.clq", text: text), file: FileID(0))
}

/// The statements of a parse, described without their byte ranges, so layouts can be compared.
func shape(_ script: ParsedScript) -> String {
    String(describing: script.statements).replacing(#/ByteRange\(start: \d+, end: \d+\)/#, with: "_")
}

/// The texts of the comments of `text`.
func commentTexts(_ text: String) -> [String] {
    let source = SourceText(name: "", text: text)
    return parse(text).comments.map { range in
        var comment = source.text(in: range)
        while let last = comment.unicodeScalars.last, last.properties.isWhitespace { comment.unicodeScalars.removeLast() }
        return comment
    }
}

/// Formats `text`, or returns the ids of the errors that stopped it.
func formatted(_ text: String) -> Result<String, FormatFailure> {
    do throws(FormatFailure) {
        return .success(try SourceFormatter.format(text))
    } catch {
        return .failure(error)
    }
}

/// Formats `text`, throwing its failure as an untyped error.
func format(_ text: String) throws -> String {
    try SourceFormatter.format(text)
}
