import CClq
import ClauseQuery

/// Why a call of the C interface failed: the status it returns, a message, and the diagnostics as a
/// JSON array.
struct Failure: Error {
    var status: clq_status
    var message: String
    var diagnostics: String = "[]"

    /// A required pointer argument, named as in `clq.h`, was NULL.
    static func null(_ argument: String) -> Failure {
        Failure(status: CLQ_NULL_ARGUMENT, message: "\(argument): NULL is not allowed")
    }

    /// A string argument, named as in `clq.h`, was not valid UTF-8.
    static func invalidUTF8(_ argument: String) -> Failure {
        Failure(status: CLQ_INVALID_UTF8, message: "\(argument): not valid UTF-8")
    }

    /// An argument, named as in `clq.h`, was out of range.
    static func invalid(_ argument: String, _ reason: String) -> Failure {
        Failure(status: CLQ_INVALID_ARGUMENT, message: "\(argument): \(reason)")
    }

    /// Memory for a result could not be allocated.
    static let outOfMemory = Failure(status: CLQ_OUT_OF_MEMORY, message: "out of memory")

    /// Diagnostics as the JSON array of the JSON document's "diagnostics".
    static func json(_ diagnostics: [Diagnostic], _ sources: SourceSet) -> String {
        JSONValue.array(diagnostics.map { JSONRenderer.diagnostic($0, sources) }).serialized()
    }
}

/// Runs `body` for a function of the C interface: CLQ_OK when it returns, else the failure's status,
/// with the failure stored in `error` when the caller asked for it.
func reporting(into errorOut: UnsafeMutablePointer<OpaquePointer?>?, _ body: () throws(Failure) -> Void) -> clq_status {
    errorOut?.pointee = nil
    do throws(Failure) {
        try body()
        return CLQ_OK
    } catch {
        errorOut?.pointee = ErrorHandle(error).opaque
        return error.status
    }
}
