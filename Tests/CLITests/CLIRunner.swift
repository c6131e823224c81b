import Foundation

/// What one run of the clq executable produced.
struct ProcessResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// The clq executable beside the test bundle in the build products, or $CLQ_BINARY.
let clqBinary: String = {
    if let path = ProcessInfo.processInfo.environment["CLQ_BINARY"], !path.isEmpty { return path }
    return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("clq").path
}()

let packageDirectory: String = {
    var components = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    components.removeLast(3)
    return components.joined(separator: "/")
}()

/// Runs clq with `arguments`, feeding `input` on standard input (or none), in the package directory.
func clq(_ arguments: [String], input: String? = nil, environment: [String: String] = [:],
         executable: String = clqBinary) throws -> ProcessResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: packageDirectory)
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = nil
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let outPipe = Pipe()
    let errPipe = Pipe()
    let inPipe = Pipe()
    process.standardOutput = outPipe
    process.standardError = errPipe
    process.standardInput = inPipe
    try process.run()
    if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
    try inPipe.fileHandleForWriting.close()
    let out = outPipe.fileHandleForReading.readDataToEndOfFile()
    let err = errPipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return ProcessResult(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                         stderr: String(decoding: err, as: UTF8.self))
}

/// This test process's own directory for the files its tests write, removed when the process exits.
let scratchDirectory: String = {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("clq-tests-\(getpid())").path
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    atexit(removeScratchDirectory)
    return path
}()

private func removeScratchDirectory() { try? FileManager.default.removeItem(atPath: scratchDirectory) }

/// Writes `bytes` to a new file in the scratch directory and returns its path.
func temporaryFile(_ bytes: [UInt8], suffix: String = ".clq") throws -> String {
    let path = "\(scratchDirectory)/clq-test-\(UUID().uuidString)\(suffix)"
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
}

func temporaryFile(_ text: String) throws -> String { try temporaryFile(Array(text.utf8)) }
