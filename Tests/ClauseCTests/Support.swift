import CClq
import Foundation

/// What one call of the C interface gave: its status, the JSON it returned (parsed), and its error's texts.
struct CallResult {
    var status: clq_status
    var json: [String: Any]?
    var message: String
    var diagnostics: [[String: Any]]
}

/// Parses a JSON text into an object or array.
func parseJSON(_ text: String) -> Any? {
    try? JSONSerialization.jsonObject(with: Data(text.utf8))
}

/// Calls `body`, which returns a JSON string through its first argument and an error through its second, and
/// frees both.
func call(_ body: (UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, UnsafeMutablePointer<OpaquePointer?>) -> clq_status)
    -> CallResult {
    var json: UnsafeMutablePointer<CChar>? = nil
    var error: OpaquePointer? = nil
    let status = body(&json, &error)
    defer {
        clq_string_free(json)
        clq_error_free(error)
    }
    return CallResult(status: status, json: json.flatMap { parseJSON(String(cString: $0)) as? [String: Any] },
                      message: String(cString: clq_error_message(error)),
                      diagnostics: parseJSON(String(cString: clq_error_diagnostics(error))) as? [[String: Any]] ?? [])
}

/// A session opened on the built-in knowledge base, freed with `clq_session_free`.
func builtinSession() -> OpaquePointer? {
    var session: OpaquePointer? = nil
    _ = clq_session_open_builtin(&session, nil)
    return session
}

/// The answer's rows as (id, certainty) pairs.
func rows(_ json: [String: Any]?) -> [String] {
    let results = json?["results"] as? [[String: Any]] ?? []
    return results.map { "\($0["id"] as? String ?? "?") \($0["certainty"] as? String ?? "?")" }
}

/// The ids of diagnostics.
func ids(_ diagnostics: [[String: Any]]) -> [String] {
    diagnostics.map { $0["id"] as? String ?? "?" }
}

/// The package directory, from this file's path.
let packageDirectory: String = {
    var components = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    components.removeLast(3)
    return components.joined(separator: "/")
}()

/// Copies of `strings` as C strings, to free with `freeCStrings`.
func cStrings(_ strings: [String]) -> [UnsafePointer<CChar>?] {
    strings.map { strdup($0).map { UnsafePointer($0) } }
}

/// Frees what `cStrings` returned.
func freeCStrings(_ strings: [UnsafePointer<CChar>?]) {
    for string in strings { free(UnsafeMutablePointer(mutating: string)) }
}
