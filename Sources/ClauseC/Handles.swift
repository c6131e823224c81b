import CClq
import ClauseQuery
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The object behind a `clq_session` pointer: a session, and a lock so that its assumption can change
/// while other threads ask questions (each question works on a copy of the session as it was).
final class SessionHandle: @unchecked Sendable {
    private var session: Session
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    init(_ session: Session) {
        self.session = session
        mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// The session as it is now: a copy, which later changes do not affect.
    var current: Session {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return session
    }

    /// Sets how the session reads unknown ends.
    func setUnknownEnds(_ assumption: UnknownEndAssumption) {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        session.options.unknownEnds = assumption
    }

    /// A retained pointer to this handle, for the caller to release with `clq_session_free`.
    var opaque: OpaquePointer { OpaquePointer(Unmanaged.passRetained(self).toOpaque()) }

    /// The handle behind `pointer`, which `clq.h` calls `argument`.
    static func from(_ pointer: OpaquePointer?, _ argument: String = "session") throws(Failure) -> SessionHandle {
        guard let pointer else { throw Failure.null(argument) }
        return Unmanaged<SessionHandle>.fromOpaque(UnsafeRawPointer(pointer)).takeUnretainedValue()
    }

    /// Releases the handle behind `pointer`, which `opaque` gave out.
    static func release(_ pointer: OpaquePointer) {
        Unmanaged<SessionHandle>.fromOpaque(UnsafeRawPointer(pointer)).release()
    }
}

/// The object behind a `clq_error` pointer: a failure, with its texts kept as C strings for as long as it lives.
final class ErrorHandle {
    let status: clq_status
    let message: UnsafeMutablePointer<CChar>
    let diagnostics: UnsafeMutablePointer<CChar>

    init(_ failure: Failure) {
        status = failure.status
        var message = failure.message
        while message.hasSuffix("\n") { message.removeLast() }
        self.message = CString.owned(message)
        diagnostics = CString.owned(failure.diagnostics)
    }

    deinit {
        message.deallocate()
        diagnostics.deallocate()
    }

    /// A retained pointer to this error, for the caller to release with `clq_error_free`.
    var opaque: OpaquePointer { OpaquePointer(Unmanaged.passRetained(self).toOpaque()) }

    /// The error behind `pointer`, or nil for NULL.
    static func from(_ pointer: OpaquePointer?) -> ErrorHandle? {
        pointer.map { Unmanaged<ErrorHandle>.fromOpaque(UnsafeRawPointer($0)).takeUnretainedValue() }
    }

    /// Releases the error behind `pointer`, which `opaque` gave out.
    static func release(_ pointer: OpaquePointer) {
        Unmanaged<ErrorHandle>.fromOpaque(UnsafeRawPointer(pointer)).release()
    }
}
