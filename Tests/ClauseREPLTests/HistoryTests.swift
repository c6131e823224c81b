@testable import ClauseREPL
import ClauseSystem
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// History in memory and in its file.
@Suite struct HistoryTests {
    @Test func noBlanksAndNoConsecutiveDuplicates() {
        var history = History()
        let added = ["list parties?", "list parties?", "  ", ":kb", "list parties?"].map { history.add($0) }
        #expect(added == [true, false, false, true, true])
        #expect(history.entries == ["list parties?", ":kb", "list parties?"])
        #expect(history.added == history.entries)
    }

    @Test func theOldestEntriesGoFirst() {
        var history = History(entries: ["a", "b", "b", "c"], limit: 3)
        #expect(history.entries == ["a", "b", "c"])
        history.add("d")
        #expect(history.entries == ["b", "c", "d"])
        #expect(history.added == ["d"])
    }

    @Test func entriesSurviveEncodingWithNewlinesAndBackslashes() {
        let entries = ["agreement A {\n  clause K: right of X.\n}", "note \"a\\nb\\\\\"", "é — ü", "line\r"]
        let encoded = History.encode(entries)
        #expect(String(decoding: encoded, as: UTF8.self).split(separator: "\n").count == 4)
        #expect(History.decode(encoded) == entries)
    }

    @Test func whereTheFileIs() {
        #expect(HistoryFile.location(environment: ["CLQ_HISTORY": "/x/h", "XDG_STATE_HOME": "/s", "HOME": "/home/u"])?.path == "/x/h")
        #expect(HistoryFile.location(environment: ["XDG_STATE_HOME": "/s", "HOME": "/home/u"])?.path == "/s/clq/history")
        #expect(HistoryFile.location(environment: ["XDG_STATE_HOME": "relative", "HOME": "/home/u"])?.path == "/home/u/.clq_history")
        #expect(HistoryFile.location(environment: ["HOME": "/home/u"])?.path == "/home/u/.clq_history")
        #expect(HistoryFile.location(environment: ["CLQ_HISTORY": "", "HOME": "/home/u"]) == nil)
        #expect(HistoryFile.location(environment: [:]) == nil)
    }

    @Test func savingMergesWithWhatAnotherSessionSaved() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let file = HistoryFile(path: directory.file("state/clq/history"))
        let (empty, warning) = file.load(limit: 4)
        #expect(empty.entries.isEmpty && warning == nil)
        var first = empty
        var second = empty
        first.add("one")
        first.add("two\nlines")
        second.add("three")
        #expect(file.save(first) == nil)
        #expect(file.save(second) == nil)
        #expect(file.load(limit: 4).history.entries == ["one", "two\nlines", "three"])
        second.add("four")
        second.add("five")
        #expect(file.save(second) == nil)
        #expect(file.load(limit: 4).history.entries == ["two\nlines", "three", "four", "five"])
        var status = stat()
        #expect(stat(file.path, &status) == 0 && status.st_mode & 0o777 == 0o600)
    }

    @Test func anUnwritableFileIsAWarning() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        directory.write("blocker", "")
        var history = History()
        history.add("list parties?")
        let file = HistoryFile(path: directory.file("blocker/history"))
        #expect(file.save(history) == "warning: history not saved: cannot write '\(file.path)': Not a directory")
    }

    @Test func aLinkedHistoryFileIsWrittenThroughTheLink() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        directory.write("shared-history", "old\n")
        #expect(chmod(directory.file("shared-history"), 0o640) == 0)
        #expect(symlink("shared-history", directory.file("history")) == 0)
        var history = History()
        history.add("list parties?")
        #expect(HistoryFile(path: directory.file("history")).save(history) == nil)
        var status = stat()
        #expect(lstat(directory.file("history"), &status) == 0 && status.st_mode & S_IFMT == S_IFLNK)
        #expect(stat(directory.file("shared-history"), &status) == 0 && status.st_mode & 0o7777 == 0o640)
        #expect(directory.read("shared-history") == "old\nlist parties?\n")
    }

    @Test func aHistoryFileThatIsNotUTF8IsLeftAlone() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let bytes: [UInt8] = Array("list parties?\ncaf".utf8) + [0xE9, 0x0A]
        let descriptor = open(directory.file("history"), O_WRONLY | O_CREAT, 0o600)
        #expect(FileDescriptor.writeAll(bytes, to: descriptor))
        close(descriptor)
        let file = HistoryFile(path: directory.file("history"))
        let (loaded, warning) = file.load()
        #expect(loaded.entries.isEmpty)
        #expect(warning == "warning: history not loaded: '\(file.path)' is not UTF-8 text")
        var history = loaded
        history.add("list assets?")
        #expect(file.save(history)
                == "warning: history not saved: '\(file.path)' is not UTF-8 text; the file is left as it is")
        #expect((try? Files.read(file.path)) == bytes)
        #expect(directory.names() == ["history"])
    }

    @Test func aHistoryPathThatIsAFolderIsLeftAlone() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        #expect(mkdir(directory.file("history"), 0o700) == 0)
        defer { rmdir(directory.file("history")) }
        let file = HistoryFile(path: directory.file("history"))
        #expect(file.load().warning == "warning: history not loaded: cannot read '\(file.path)': Is a directory")
        var history = History()
        history.add("list assets?")
        #expect(file.save(history)
                == "warning: history not saved: cannot read '\(file.path)': Is a directory; the file is left as it is")
        var status = stat()
        #expect(stat(file.path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR)
    }

    @Test(.enabled(if: geteuid() != 0, "root reads any file"))
    func aHistoryFileThatCannotBeReadIsLeftAlone() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        directory.write("history", "kept\n")
        #expect(chmod(directory.file("history"), 0o200) == 0)
        let file = HistoryFile(path: directory.file("history"))
        #expect(file.load().warning == "warning: history not loaded: cannot read '\(file.path)': Permission denied")
        var history = History()
        history.add("list assets?")
        #expect(file.save(history)
                == "warning: history not saved: cannot read '\(file.path)': Permission denied; the file is left as it is")
        #expect(chmod(directory.file("history"), 0o600) == 0)
        #expect(directory.read("history") == "kept\n")
    }

    @Test func nothingNewIsNotWritten() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let file = HistoryFile(path: directory.file("history"))
        #expect(file.save(History(entries: ["old"])) == nil)
        #expect(directory.read("history") == nil)
    }
}
