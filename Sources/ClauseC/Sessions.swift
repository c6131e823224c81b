import CClq
import ClauseQuery
import ClauseSystem

/// `clq_session_open_builtin`: a session on the built-in knowledge base.
@_cdecl("clq_session_open_builtin")
public func clqSessionOpenBuiltin(_ outSession: UnsafeMutablePointer<OpaquePointer?>?,
                                  _ error: UnsafeMutablePointer<OpaquePointer?>?) -> clq_status {
    outSession?.pointee = nil
    return reporting(into: error) { () throws(Failure) in
        guard let outSession else { throw Failure.null("out_session") }
        outSession.pointee = SessionHandle(Session.builtin()).opaque
    }
}

/// `clq_session_open_text`: a session on the knowledge declared in one text.
@_cdecl("clq_session_open_text")
public func clqSessionOpenText(_ name: UnsafePointer<CChar>?, _ text: UnsafePointer<CChar>?, _ flags: CUnsignedInt,
                               _ outSession: UnsafeMutablePointer<OpaquePointer?>?,
                               _ error: UnsafeMutablePointer<OpaquePointer?>?) -> clq_status {
    outSession?.pointee = nil
    return reporting(into: error) { () throws(Failure) in
        guard let outSession else { throw Failure.null("out_session") }
        let name = try CString.text(name, "name")
        let text = try CString.text(text, "text")
        let session = try Opening.session(on: [(name, Array(text.utf8))], flags: flags)
        outSession.pointee = SessionHandle(session).opaque
    }
}

/// `clq_session_open_files`: a session on knowledge-base files, text or compiled.
@_cdecl("clq_session_open_files")
public func clqSessionOpenFiles(_ paths: UnsafePointer<UnsafePointer<CChar>?>?, _ count: Int, _ flags: CUnsignedInt,
                                _ outSession: UnsafeMutablePointer<OpaquePointer?>?,
                                _ error: UnsafeMutablePointer<OpaquePointer?>?) -> clq_status {
    outSession?.pointee = nil
    return reporting(into: error) { () throws(Failure) in
        guard let outSession else { throw Failure.null("out_session") }
        guard count >= 0 else { throw Failure.invalid("count", "negative") }
        guard count == 0 || paths != nil else { throw Failure.null("paths") }
        var names: [String] = []
        for index in 0..<count {
            names.append(try CString.text(paths?[index], "paths[\(index)]"))
        }
        try Opening.validate(flags)
        var files: [(name: String, bytes: [UInt8])] = []
        for name in names {
            do throws(FileError) {
                files.append((name, try Files.read(name)))
            } catch {
                throw Failure(status: CLQ_UNREADABLE_FILE, message: error.message)
            }
        }
        outSession.pointee = SessionHandle(try Opening.session(on: files, flags: flags)).opaque
    }
}

/// `clq_session_free`: releases a session.
@_cdecl("clq_session_free")
public func clqSessionFree(_ session: OpaquePointer?) {
    if let session { SessionHandle.release(session) }
}

/// `clq_session_set_unknown_ends`: how the session reads unknown ends from now on.
@_cdecl("clq_session_set_unknown_ends")
public func clqSessionSetUnknownEnds(_ session: OpaquePointer?, _ assumption: clq_unknown_ends,
                                     _ error: UnsafeMutablePointer<OpaquePointer?>?) -> clq_status {
    reporting(into: error) { () throws(Failure) in
        let handle = try SessionHandle.from(session)
        switch assumption {
        case CLQ_UNKNOWN_ENDS_UNKNOWN: handle.setUnknownEnds(.unknown)
        case CLQ_UNKNOWN_ENDS_CONTINUE: handle.setUnknownEnds(.continue)
        default: throw Failure.invalid("assumption", "\(assumption.rawValue) is not a clq_unknown_ends value")
        }
    }
}

/// Building sessions for the `clq_session_open_*` functions.
enum Opening {
    /// Every flag `clq.h` defines.
    static let knownFlags = CUnsignedInt(CLQ_WITH_BUILTIN)

    /// Refuses flags that `clq.h` does not define.
    static func validate(_ flags: CUnsignedInt) throws(Failure) {
        guard flags & ~knownFlags == 0 else { throw Failure.invalid("flags", "unknown flags \(flags & ~knownFlags)") }
    }

    /// A session on `files` (with the built-in knowledge base when `flags` says so), loaded all or nothing.
    static func session(on files: [(name: String, bytes: [UInt8])], flags: CUnsignedInt) throws(Failure) -> Session {
        try validate(flags)
        var session = flags & CUnsignedInt(CLQ_WITH_BUILTIN) != 0 ? Session.builtin() : Session()
        let outcome = session.load(files)
        guard outcome.loadFailed || outcome.diagnostics.contains(where: \.isError) else { return session }
        throw Failure(status: CLQ_LOAD_FAILED, message: session.rendered(outcome.diagnostics),
                      diagnostics: Failure.json(outcome.diagnostics, session.sources))
    }
}
