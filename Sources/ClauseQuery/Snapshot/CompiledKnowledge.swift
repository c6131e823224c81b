/// A compiled knowledge base (`clq compile`): a session's loaded and checked knowledge, with the texts it was
/// loaded from, in a form read back without lexing, parsing or checking.
///
/// The file is a 32-byte header, the contents, then the checksums of the contents' blocks:
///
///     0   8 bytes   magic: 0x89 'C' 'L' 'Q' '\r' '\n' 0x1A '\n'
///     8   UInt32    format version (`CompiledKnowledge.version`)
///     12  UInt32    0
///     16  UInt64    length of the contents in bytes
///     24  UInt64    checksum of the blocks' checksums (XXH64 of them as written)
///     32  contents  the source texts, the load's warnings, then the knowledge base's tables and declarations
///     ... UInt64s   the XXH64 of each block of 4,096 bytes of the contents (the last one shorter)
///
/// The tables that grow with the clauses (clauses, instants, strings, the assets and conditions of clauses,
/// each party's clauses) are records of one size each, read where they lie when a question needs them; their
/// strings are in one heap at the end (see `FixedRecords`). Integers are little-endian. A file whose magic,
/// version, length or checksum of checksums is wrong is refused as a whole; each block is checked against
/// its checksum when it is first read (`BlockChecks`), and every index in the contents is checked against
/// the table it points into as it is read.
package enum CompiledKnowledge {
    /// The format this version of clq writes and reads; any change to the contents changes it.
    package static let version: UInt32 = 7
    static let magic: [UInt8] = [0x89, 0x43, 0x4C, 0x51, 0x0D, 0x0A, 0x1A, 0x0A]
    static let headerSize = 32

    /// What is said of the compiled knowledge base `name` that cannot be read because `message`.
    static func unreadable(_ name: String, _ message: String) -> Diagnostic {
        Diagnostic(.compiledUnreadable, .error, "'\(name)' is a compiled knowledge base, but \(message)", at: nil)
    }

    /// True when `bytes` start like a compiled knowledge base (whether or not the rest is sound).
    package static func isCompiled(_ bytes: [UInt8]) -> Bool {
        bytes.count >= magic.count && bytes.prefix(magic.count).elementsEqual(magic)
    }

    /// The file: the header, then `contents`.
    static func file(containing contents: [UInt8]) -> [UInt8] {
        var writer = SnapshotWriter(reservingHeader: true)
        writer.append(contents)
        return sealed(&writer)
    }

    /// The file `writer` holds, which was made `reservingHeader` and has the contents after it: the
    /// header filled in where it was reserved, so the contents are not copied, and the blocks' checksums
    /// after them.
    static func sealed(_ writer: inout SnapshotWriter) -> [UInt8] {
        var file = writer.takeBytes()
        let contents = file.count - headerSize
        let sums = file.withUnsafeBytes { BlockChecks.sums(of: UnsafeRawBufferPointer(rebasing: $0[headerSize...])) }
        var trailer = SnapshotWriter()
        for sum in sums { trailer.uint64(sum) }
        file += trailer.bytes
        var header = SnapshotWriter()
        for byte in magic { header.byte(byte) }
        withUnsafeBytes(of: version.littleEndian) { for byte in $0 { header.byte(byte) } }
        header.int32(0)
        header.uint64(UInt64(contents))
        header.uint64(trailer.bytes.withUnsafeBytes { Checksum.xxh64($0) })
        file.replaceSubrange(0..<headerSize, with: header.bytes)
        return file
    }

    /// The contents of a compiled file named `name`, checked whole, once its header is checked; `body`
    /// reads them.
    static func reading<T>(_ bytes: [UInt8], name: String,
                           _ body: (inout SnapshotReader, CompiledBytes) throws(SnapshotError) -> T) throws(SnapshotError) -> T {
        try read(CompiledBytes(copying: bytes), name: name, checkingAll: true, body)
    }

    /// The contents of the compiled file `file`, named `name`, once its header and the checksum of its blocks'
    /// checksums are checked; `body` reads them, and what it reads may keep `file` to read more later. Each
    /// block is checked when it is first read, or all of them first when `checkingAll`. The file's `release`
    /// is called with ranges that `body` has read, about every `stride` bytes.
    static func read<T>(_ file: CompiledBytes, name: String, checkingAll: Bool = false, every stride: Int = SnapshotReader.releaseStride,
                        _ body: (inout SnapshotReader, CompiledBytes) throws(SnapshotError) -> T) throws(SnapshotError) -> T {
        let raw = file.raw
        guard raw.count >= headerSize, raw.prefix(magic.count).elementsEqual(magic) else {
            throw SnapshotError(message: "it is too short to be one; compile it again with 'clq compile'")
        }
        var header = SnapshotReader(raw, offset: magic.count)
        let format = UInt32(bitPattern: try header.int32())
        guard format == version else {
            throw SnapshotError(message: "it is in format \(format), and this clq reads format \(version); "
                                + "compile it again with this clq's 'clq compile'")
        }
        _ = try header.int32()
        let length = try header.uint64()
        let checksum = try header.uint64()
        // The contents, then a checksum of 8 bytes for each block of them: at most 2^52 + 1 blocks.
        let blockSize = UInt64(BlockChecks.blockSize)
        let sumsLength = (length / blockSize + (length % blockSize == 0 ? 0 : 1)) * 8
        let (withSums, over) = length.addingReportingOverflow(sumsLength)
        let (total, overAgain) = withSums.addingReportingOverflow(UInt64(headerSize))
        guard !over, !overAgain, total == UInt64(raw.count) else {
            throw SnapshotError(message: "it is \(raw.count) bytes long where its header says \(over || overAgain ? "more" : String(total))"
                                + " (a copy cut short?); compile it again with 'clq compile'")
        }
        let end = headerSize + Int(length)
        let contents = UnsafeRawBufferPointer(rebasing: raw[headerSize..<end])
        let sums = UnsafeRawBufferPointer(rebasing: raw[end...])
        guard Checksum.xxh64(sums) == checksum else { throw SnapshotReader.damaged("its checksum does not match") }
        let checks = BlockChecks(name: name, contents: contents, sums: sums)
        if checkingAll, let block = checks.verifyAll() { throw BlockChecks.mismatch(block, of: contents.count) }
        var reader = SnapshotReader(contents, checks: checks)
        reader.release = file.release.map { release in
            { (range: Range<Int>) in release(range.lowerBound + headerSize..<range.upperBound + headerSize) }
        }
        reader.releaseStride = stride
        defer { reader.releaseRead(all: true) }
        return try body(&reader, file)
    }
}

/// What a compiled file holds besides the knowledge base: the texts and the declarations loaded from them.
struct CompiledSession {
    var sources: [SourceText] = []
    var declarations = Table<LoadedDeclaration>()
    var warnings: [Diagnostic] = []
    var knowledgeBase = KnowledgeBase()
}

extension SnapshotWriter {
    mutating func write(_ compiled: CompiledSession) {
        count(compiled.sources.count)
        for source in compiled.sources {
            string(source.name)
            blob(source.bytes)
        }
        count(compiled.warnings.count)
        for warning in compiled.warnings { write(warning) }
        write(compiled.knowledgeBase, declarations: compiled.declarations)
    }

    mutating func write(_ diagnostic: Diagnostic) {
        string(diagnostic.id.rawValue)
        byte(SnapshotCases.position(of: diagnostic.severity, in: SnapshotCases.severities))
        string(diagnostic.message)
        location(diagnostic.location)
        count(diagnostic.notes.count)
        for note in diagnostic.notes {
            string(note.message)
            location(note.location)
        }
    }
}

extension SnapshotReader {
    /// The source texts alone, each read from `file` when it is first asked for.
    mutating func compiledSources(in file: CompiledBytes) throws(SnapshotError) -> [SourceText] {
        var sources: [SourceText] = []
        // This reader reads the contents, which follow the header.
        let base = CompiledKnowledge.headerSize
        for _ in 0..<(try count(atLeast: 8)) {
            let name = try string()
            let count = try self.count()
            let start = base + offset, text = offset..<offset + count
            try move(to: offset + count)
            sources.append(SourceText(name: name) { [checks] in
                guard checks?.verify(text) ?? true else { return [] }
                return Array(UnsafeRawBufferPointer(rebasing: file.raw[start..<start + count]))
            })
            limits.sourceLengths.append(count)
            releaseRead()
        }
        return sources
    }

    /// Everything, with the texts' file identifiers counted from `limits.firstFile`.
    mutating func compiledSession(in file: CompiledBytes) throws(SnapshotError) -> CompiledSession {
        var compiled = CompiledSession()
        compiled.sources = try compiledSources(in: file)
        for _ in 0..<(try count(atLeast: 14)) { compiled.warnings.append(try diagnostic()) }
        (compiled.knowledgeBase, compiled.declarations) = try knowledgeBase(in: file)
        guard isAtEnd else { throw Self.damaged("bytes after its end") }
        return compiled
    }

    mutating func diagnostic() throws(SnapshotError) -> Diagnostic {
        let id = DiagnosticID(rawValue: try string())
        let severity = try choice(SnapshotCases.severities, "severity")
        var diagnostic = Diagnostic(id, severity, try string(), at: try location())
        for _ in 0..<(try count(atLeast: 8)) {
            diagnostic.notes.append(DiagnosticNote(try string(), at: try location()))
        }
        return diagnostic
    }
}
