@testable import ClauseREPL
import ClauseSystem
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The plain line reader and whole-file writes.
@Suite struct ReaderAndFileTests {
    @Test func thePlainReaderSplitsLinesAndEndsAtEndOfInput() {
        var pipeEnds: [Int32] = [0, 0]
        #expect(pipe(&pipeEnds) == 0)
        _ = FileDescriptor.writeAll(Array("list parties?\nparty É \"é\".\nlast".utf8), to: pipeEnds[1])
        close(pipeEnds[1])
        let reader = PlainLineReader(input: pipeEnds[0])
        #expect(reader.readLine(prompt: "clq> ") == .line("list parties?"))
        #expect(reader.readLine(prompt: "clq> ") == .line("party É \"é\"."))
        #expect(reader.readLine(prompt: "clq> ") == .line("last"))
        #expect(reader.readLine(prompt: "clq> ") == .endOfInput)
        close(pipeEnds[0])
    }

    @Test func thePlainReaderDrivesTheLoop() {
        var pipeEnds: [Int32] = [0, 0]
        #expect(pipe(&pipeEnds) == 0)
        _ = FileDescriptor.writeAll(Array("which rights hold for\nMicrosoft in 2031?\n:quit\n".utf8), to: pipeEnds[1])
        close(pipeEnds[1])
        let output = CapturedOutput()
        let repl = REPL(session: .builtin(), startsFromBuiltin: true, knowledgeFiles: [],
                        editor: PlainLineReader(input: pipeEnds[0]), output: output, flags: ManualFlags())
        #expect(repl.run() == .finished)
        #expect(output.out == LoopTests.answer2031)
        close(pipeEnds[0])
    }

    @Test func anAtomicWriteReplacesTheFileAndLeavesNoTemporaryFile() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        directory.write("a.clq", "old\n")
        chmod(directory.file("a.clq"), 0o640)
        try Files.writeAtomically(Array("new\n".utf8), to: directory.file("a.clq"))
        #expect(directory.read("a.clq") == "new\n")
        var status = stat()
        #expect(stat(directory.file("a.clq"), &status) == 0 && status.st_mode & 0o777 == 0o640)
        #expect(directory.read("a.clq.tmp-\(getpid())") == nil)
        #expect(directory.names() == ["a.clq"])
    }

    @Test func aFailedAtomicWriteLeavesTheOldFile() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        mkdir(directory.file("taken"), 0o700)
        #expect(throws: FileError(message: "cannot write '\(directory.file("taken"))': Is a directory")) {
            try Files.writeAtomically(Array("new\n".utf8), to: directory.file("taken"))
        }
        #expect(directory.read("taken.tmp-\(getpid())") == nil)
        #expect(directory.names() == ["taken"])
        rmdir(directory.file("taken"))
    }
}
