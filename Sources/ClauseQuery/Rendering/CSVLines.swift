/// CSV lines (RFC 4180) written straight into memory that grows as they are written: a cell is copied
/// once, and quoted only when it holds a comma, a double quote or a line break.
///
/// Written by one thread at a time: parts of an answer are each written to lines of their own.
final class CSVLines: @unchecked Sendable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0
    /// True until the current line has a cell.
    private var atLineStart = true

    /// Lines with room for `capacity` bytes before they grow.
    init(capacity: Int) {
        self.capacity = Swift.max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Adds a cell to the current line; nil is an empty cell.
    func add(_ cell: String?) {
        startCell()
        guard var cell else { return }
        cell.withUTF8 { utf8 in
            if Self.needsQuotes(utf8) { addQuoted(utf8) } else { copy(utf8) }
        }
    }

    /// True when `utf8` holds a comma, a double quote or a line break, looked for eight bytes at a time.
    static func needsQuotes(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let source = UnsafeRawPointer(utf8.baseAddress) else { return false }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        // True when some byte of `word` is zero.
        func hasZeroByte(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }
        var offset = 0
        while offset + 8 <= utf8.count {
            let word = UInt64(littleEndian: source.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            if hasZeroByte(word ^ (ones &* UInt64(UInt8(ascii: ",")))) || hasZeroByte(word ^ (ones &* UInt64(UInt8(ascii: "\""))))
                || hasZeroByte(word ^ (ones &* 0x0A)) || hasZeroByte(word ^ (ones &* 0x0D)) {
                return true
            }
            offset += 8
        }
        while offset < utf8.count {
            let byte = utf8[offset]
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D { return true }
            offset += 1
        }
        return false
    }

    /// Adds a date as written (it needs no quotes); nil is an empty cell.
    func add(date: CalendarDate?) {
        startCell()
        guard let date else { return }
        reserve(CalendarDate.longestText)
        count += date.write(to: base + count)
    }

    /// A cell as `add` writes it, for one written on every line.
    static func encoded(_ cell: String) -> [UInt8] {
        let lines = CSVLines(capacity: cell.utf8.count + 2)
        lines.add(cell)
        return Array(UnsafeBufferPointer(start: lines.base, count: lines.count))
    }

    /// Adds a cell that `encoded` gave.
    func add(encoded cell: [UInt8]) {
        startCell()
        cell.withUnsafeBufferPointer(copy)
    }

    /// Adds `bytes` as they are.
    private func copy(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        reserve(bytes.count)
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Adds a cell in double quotes, its own doubled.
    private func addQuoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        reserve(2 * utf8.count + 2)
        write(UInt8(ascii: "\""))
        for byte in utf8 {
            write(byte)
            if byte == UInt8(ascii: "\"") { write(byte) }
        }
        write(UInt8(ascii: "\""))
    }

    /// Separates the next cell from the one before it on the line.
    private func startCell() {
        if atLineStart { atLineStart = false } else { write(UInt8(ascii: ",")) }
    }

    /// Ends the current line with CRLF.
    func endLine() {
        reserve(2)
        write(0x0D)
        write(0x0A)
        atLineStart = true
    }

    /// The lines of `pieces` one after the other, as text.
    static func text(of pieces: [CSVLines]) -> String {
        let total = pieces.reduce(0) { $0 + $1.count }
        return String(unsafeUninitializedCapacity: total) { buffer in
            guard var target = buffer.baseAddress else { return 0 }
            for piece in pieces {
                target.update(from: piece.base, count: piece.count)
                target += piece.count
            }
            return total
        }
    }

    @inline(__always)
    private func write(_ byte: UInt8) {
        if count == capacity { reserve(1) }
        base[count] = byte
        count += 1
    }

    /// Makes room for `more` bytes after those written.
    private func reserve(_ more: Int) {
        guard count + more > capacity else { return }
        let grown = Swift.max(2 * capacity, count + more)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        moved.update(from: base, count: count)
        base.deallocate()
        (base, capacity) = (moved, grown)
    }
}
