import ArgumentParser
import ClauseSystem
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Parses the command line and maps every outcome to clq's exit codes (usage errors are 2).
do {
    var command = try Clq.parseAsRoot()
    try command.run()
} catch let status as ExitCode {
    exit(status.rawValue)
} catch {
    let code = Clq.exitCode(for: error)
    if code == .success {
        Terminal.write(Clq.fullMessage(for: error) + "\n")
        exit(0)
    }
    Terminal.writeError(Clq.fullMessage(for: error) + "\n")
    Terminal.writeError("Run 'clq --help' for usage.\n")
    exit(ExitStatus.usage.rawValue)
}
