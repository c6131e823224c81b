import CClq
import ClauseSystem
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `clq_version`: the version every clq program reports, as a C string that lives as long as the process.
@_cdecl("clq_version")
public func clqVersionText() -> UnsafePointer<CChar> { UnsafePointer(versionText) }

/// The version as a C string, made once.
nonisolated(unsafe) private let versionText = CString.owned(clqVersion)

/// `clq_error_status`: the status of a failed call, CLQ_OK for NULL.
@_cdecl("clq_error_status")
public func clqErrorStatus(_ error: OpaquePointer?) -> clq_status {
    ErrorHandle.from(error)?.status ?? CLQ_OK
}

/// `clq_error_message`: what went wrong, owned by the error; "" for NULL.
@_cdecl("clq_error_message")
public func clqErrorMessage(_ error: OpaquePointer?) -> UnsafePointer<CChar> {
    ErrorHandle.from(error).map { UnsafePointer($0.message) } ?? UnsafePointer(emptyText)
}

/// `clq_error_diagnostics`: the diagnostics as a JSON array, owned by the error; "[]" for NULL.
@_cdecl("clq_error_diagnostics")
public func clqErrorDiagnostics(_ error: OpaquePointer?) -> UnsafePointer<CChar> {
    ErrorHandle.from(error).map { UnsafePointer($0.diagnostics) } ?? UnsafePointer(noDiagnosticsText)
}

/// The texts the error accessors give for NULL, made once.
nonisolated(unsafe) private let emptyText = CString.owned("")
nonisolated(unsafe) private let noDiagnosticsText = CString.owned("[]")

/// `clq_error_free`: releases an error.
@_cdecl("clq_error_free")
public func clqErrorFree(_ error: OpaquePointer?) {
    if let error { ErrorHandle.release(error) }
}

/// `clq_string_free`: frees a string this library returned (allocated with malloc).
@_cdecl("clq_string_free")
public func clqStringFree(_ string: UnsafeMutablePointer<CChar>?) {
    free(string)
}
