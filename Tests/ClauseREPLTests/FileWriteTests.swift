import ClauseSystem
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `Files.writeAtomically` writes the file a path names, keeps what makes it that file, and refuses
/// what `>>` could not write; `:save`, `clq fmt`, `clq compile` and history files all write through it.
@Suite struct FileWriteTests {
    static func status(_ path: String, following: Bool = true) -> stat? {
        var result = stat()
        return (following ? stat(path, &result) : lstat(path, &result)) == 0 ? result : nil
    }

    static func type(_ path: String) -> mode_t? { status(path, following: false).map { $0.st_mode & S_IFMT } }

    @Test func aSymbolicLinkIsFollowedAndKept() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        directory.write("target.clq", "old\n")
        #expect(symlink("target.clq", directory.file("link.clq")) == 0)
        try Files.writeAtomically(Array("new\n".utf8), to: directory.file("link.clq"))
        #expect(FileWriteTests.type(directory.file("link.clq")) == S_IFLNK)
        #expect(directory.read("target.clq") == "new\n")
        #expect(directory.names() == ["link.clq", "target.clq"])
    }

    @Test func aChainOfLinksAndADanglingLinkLeadToTheFileTheyName() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        #expect(symlink(directory.file("second"), directory.file("first")) == 0)
        #expect(symlink("new.clq", directory.file("second")) == 0)
        try Files.writeAtomically(Array("made\n".utf8), to: directory.file("first"))
        #expect(FileWriteTests.type(directory.file("first")) == S_IFLNK)
        #expect(FileWriteTests.type(directory.file("second")) == S_IFLNK)
        #expect(FileWriteTests.type(directory.file("new.clq")) == S_IFREG)
        #expect(directory.read("new.clq") == "made\n")
        #expect(symlink("loop", directory.file("loop")) == 0)
        #expect(throws: FileError(message: "cannot write '\(directory.file("loop"))': Too many levels of symbolic links")) {
            try Files.writeAtomically(Array("x".utf8), to: directory.file("loop"))
        }
    }

    @Test func aHardLinkedFileStaysOneFile() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        directory.write("one.clq", "old content\n")
        #expect(link(directory.file("one.clq"), directory.file("two.clq")) == 0)
        let before = try #require(FileWriteTests.status(directory.file("one.clq")))
        try Files.writeAtomically(Array("new\n".utf8), to: directory.file("one.clq"))
        try Files.writeAtomically(Array("longer than the old content\n".utf8), to: directory.file("two.clq"))
        let after = try #require(FileWriteTests.status(directory.file("one.clq")))
        #expect(after.st_ino == before.st_ino && after.st_nlink == 2)
        #expect(directory.read("one.clq") == "longer than the old content\n")
        #expect(directory.read("two.clq") == "longer than the old content\n")
        #expect(directory.names() == ["one.clq", "two.clq"])
    }

    @Test func aFIFOIsRefusedAndKept() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        #expect(mkfifo(directory.file("pipe"), 0o644) == 0)
        #expect(throws: FileError(message: "cannot write '\(directory.file("pipe"))': not a regular file")) {
            try Files.writeAtomically(Array("x".utf8), to: directory.file("pipe"))
        }
        #expect(FileWriteTests.type(directory.file("pipe")) == S_IFIFO)
        #expect(directory.names() == ["pipe"])
    }

    @Test(.enabled(if: geteuid() == 0, "only root may make a device node"))
    func aDeviceNodeIsRefusedAndKept() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        // A null device of this test's own (major 1, minor 3), never the system's.
        let device = directory.file("null")
        try #require(mknod(device, S_IFCHR | 0o666, dev_t(1 << 8 | 3)) == 0)
        #expect(symlink("null", directory.file("link")) == 0)
        for path in [device, directory.file("link")] {
            #expect(throws: FileError(message: "cannot write '\(path)': not a regular file")) {
                try Files.writeAtomically(Array("x".utf8), to: path)
            }
        }
        #expect(FileWriteTests.type(device) == S_IFCHR)
        #expect(FileWriteTests.type(directory.file("link")) == S_IFLNK)
        #expect(directory.names() == ["link", "null"])
    }

    @Test func theModeIsKeptAndANewFileGetsThePermissionsAsked() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        directory.write("odd.clq", "old\n")
        #expect(chmod(directory.file("odd.clq"), 0o604) == 0)
        try Files.writeAtomically(Array("new\n".utf8), to: directory.file("odd.clq"), permissions: 0o600)
        #expect(FileWriteTests.status(directory.file("odd.clq")).map { $0.st_mode & 0o7777 } == 0o604)
        let mask = umask(0o022)
        defer { umask(mask) }
        try Files.writeAtomically(Array("new\n".utf8), to: directory.file("fresh.clq"), permissions: 0o640)
        #expect(FileWriteTests.status(directory.file("fresh.clq")).map { $0.st_mode & 0o7777 } == 0o640)
    }

    @Test(.enabled(if: geteuid() == 0, "only root may give a file to another user"))
    func theOwnerIsKept() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        directory.write("theirs.clq", "old\n")
        #expect(chown(directory.file("theirs.clq"), 1234, 5678) == 0)
        #expect(chmod(directory.file("theirs.clq"), 0o640) == 0)
        try Files.writeAtomically(Array("new\n".utf8), to: directory.file("theirs.clq"))
        let after = try #require(FileWriteTests.status(directory.file("theirs.clq")))
        #expect(after.st_uid == 1234 && after.st_gid == 5678 && after.st_mode & 0o7777 == 0o640)
        #expect(directory.read("theirs.clq") == "new\n")
    }

    @Test(.enabled(if: geteuid() != 0, "root may write a read-only file with >>"))
    func aReadOnlyFileIsRefusedAndLeftAlone() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        directory.write("locked.clq", "old\n")
        #expect(chmod(directory.file("locked.clq"), 0o444) == 0)
        #expect(throws: FileError(message: "cannot write '\(directory.file("locked.clq"))': Permission denied")) {
            try Files.writeAtomically(Array("new\n".utf8), to: directory.file("locked.clq"))
        }
        #expect(directory.read("locked.clq") == "old\n")
        #expect(directory.names() == ["locked.clq"])
    }

    @Test func noTemporaryFileIsLeftAfterAFailure() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        directory.write("a.clq", "old\n")
        #expect(throws: FileError(message: "cannot write '\(directory.file("a.clq/b"))': Not a directory")) {
            try Files.writeAtomically(Array("new\n".utf8), to: directory.file("a.clq/b"))
        }
        #expect(throws: FileError(message: "cannot write '\(directory.file("gone/b.clq"))': No such file or directory")) {
            try Files.writeAtomically(Array("new\n".utf8), to: directory.file("gone/b.clq"))
        }
        #expect(directory.names() == ["a.clq"])
        #expect(directory.read("a.clq") == "old\n")
    }
}
