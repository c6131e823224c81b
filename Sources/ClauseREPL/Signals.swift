import CLibEdit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Tells the loop about Ctrl-C and about requests to end the process.
public protocol InterruptFlags: AnyObject, Sendable {
    /// True when Ctrl-C was pressed since the last `clearInterrupt()`.
    var isInterrupted: Bool { get }
    func clearInterrupt()
    /// SIGTERM or SIGHUP, once one has arrived.
    var terminationSignal: Int32? { get }
}

/// Flags set by signal handlers, which may only store to memory that is already there.
private nonisolated(unsafe) let interruptFlag: UnsafeMutablePointer<sig_atomic_t> = {
    let flag = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: 1)
    flag.initialize(to: 0)
    return flag
}()

private nonisolated(unsafe) let terminationFlag: UnsafeMutablePointer<sig_atomic_t> = {
    let flag = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: 1)
    flag.initialize(to: 0)
    return flag
}()

private func recordInterrupt(_ signal: Int32) {
    clq_flag_store(interruptFlag, 1)
}

private func recordTermination(_ signal: Int32) {
    clq_flag_store(terminationFlag, signal)
}

/// Ctrl-C, SIGTERM and SIGHUP caught for the whole process.
///
/// The handlers only set flags. They do not restart system calls, so a blocked read returns:
/// the line editor then reports an interrupted line, and a running question polls the flags.
public final class SignalFlags: InterruptFlags {
    public static let shared = SignalFlags()

    private init() {}

    /// Installs the handlers and unblocks the signals (a parent may have blocked them).
    public func install() {
        clq_flag_store(interruptFlag, 0)
        clq_flag_store(terminationFlag, 0)
        clq_install_handler(SIGINT, recordInterrupt)
        clq_install_handler(SIGTERM, recordTermination)
        clq_install_handler(SIGHUP, recordTermination)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGWINCH] { clq_unblock_signal(signal) }
    }

    public var isInterrupted: Bool { clq_flag_load(interruptFlag) != 0 }

    public func clearInterrupt() { clq_flag_store(interruptFlag, 0) }

    public var terminationSignal: Int32? {
        let signal = clq_flag_load(terminationFlag)
        return signal == 0 ? nil : signal
    }

    /// Ends the process by `signal` with its default action, as if it had never been caught.
    public func resend(_ signal: Int32) -> Never {
        clq_restore_default_handler(signal)
        raise(signal)
        exit(128 + signal)
    }
}
