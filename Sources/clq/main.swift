import ArgumentParser
import ClauseQuery
import ClauseSystem
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Parses the command line (the common ones without the argument parser) and maps every outcome to clq's
/// exit codes (usage errors are 2; output that could not be written to standard output, 74).
FreedMemory.installAllocatorRelease()
if let (expressions, settings) = QuickCommandLine.read(Array(CommandLine.arguments.dropFirst())) {
    exit(StandardOutput.finalStatus(Clq.answer(expressions, settings).rawValue))
}
do {
    var command = try Clq.parseAsRoot()
    try command.run()
    exit(StandardOutput.finalStatus(0))
} catch let status as ExitCode {
    exit(StandardOutput.finalStatus(status.rawValue))
} catch {
    let code = Clq.exitCode(for: error)
    if code == .success {
        Terminal.write(Clq.fullMessage(for: error) + "\n")
        exit(StandardOutput.finalStatus(0))
    }
    Terminal.writeError(Clq.fullMessage(for: error) + "\n")
    Terminal.writeError("Run 'clq --help' for usage.\n")
    exit(ExitStatus.usage.rawValue)
}
