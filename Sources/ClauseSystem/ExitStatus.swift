/// The process exit codes clq's programs use.
public enum ExitStatus: Int32, Error, Sendable {
    case success = 0
    case queryFailed = 1
    case usage = 2
    case badData = 65
    case noInput = 66
    /// A program clq runs (a server) is missing or cannot be started.
    case unavailable = 69
    /// An output file cannot be written.
    case cannotCreate = 73
    /// Standard output cannot be written: answers were lost.
    case cannotWriteOutput = 74

    /// The more serious of two statuses.
    public func combined(with other: ExitStatus) -> ExitStatus {
        other.severity > severity ? other : self
    }

    private var severity: Int {
        switch self {
        case .success: return 0
        case .queryFailed: return 1
        case .badData: return 2
        case .noInput: return 3
        case .unavailable: return 4
        case .cannotCreate: return 5
        case .cannotWriteOutput: return 6
        case .usage: return 7
        }
    }
}
