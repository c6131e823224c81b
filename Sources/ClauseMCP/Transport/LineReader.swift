import Foundation

/// Splits the input into lines, one message each, in time linear in its length and memory bounded
/// by the limit: a line is kept only up to `maximumLineLength` bytes. Past that it is refused as soon
/// as what a reply needs is known (usually its `id`, which comes first), and the rest of it, up to
/// its newline, is skipped unread.
struct LineReader {
    /// What reading produced.
    enum Event {
        /// A whole line within the limit, with what the skimmer found in it.
        case line([UInt8], MessageSkimmer)
        /// A line past the limit, with what the skimmer found in its first part; once per line.
        case oversized(MessageSkimmer)
    }

    let maximumLineLength: Int
    private var line: [UInt8] = []
    private var skimmer = MessageSkimmer()
    private var isOversized = false
    private var isRefused = false

    init(maximumLineLength: Int) {
        self.maximumLineLength = maximumLineLength
    }

    /// Reads the next bytes of the input and returns the events they complete.
    mutating func read(_ bytes: UnsafeRawBufferPointer) -> [Event] {
        var events: [Event] = []
        var start = 0
        while start < bytes.count {
            let rest = UnsafeRawBufferPointer(rebasing: bytes[start...])
            var length = rest.count
            var endsLine = false
            if let base = rest.baseAddress, let newline = memchr(base, 0x0A, rest.count) {
                length = base.distance(to: UnsafeRawPointer(newline))
                endsLine = true
            }
            take(UnsafeRawBufferPointer(rebasing: rest[0..<length]), into: &events)
            start += length
            if endsLine {
                endLine(into: &events)
                start += 1
            }
        }
        return events
    }

    /// The events of a last line the input ended without a newline.
    mutating func finish() -> [Event] {
        var events: [Event] = []
        if !line.isEmpty || isOversized { endLine(into: &events) }
        return events
    }

    /// Takes a part of the current line: keeps it while the line is within the limit, skims it while
    /// an oversized line is not yet refused, and skips it after.
    private mutating func take(_ part: UnsafeRawBufferPointer, into events: inout [Event]) {
        guard !isRefused else { return }
        var part = part
        if !isOversized {
            let room = maximumLineLength - line.count
            let kept = UnsafeRawBufferPointer(rebasing: part.prefix(room))
            line.append(contentsOf: kept)
            skimmer.read(kept)
            guard part.count > room else { return }
            isOversized = true
            line = []
            part = UnsafeRawBufferPointer(rebasing: part[room...])
        }
        var index = part.startIndex
        while !skimmer.firstEnvelopeIsSettled, index < part.endIndex {
            let end = min(index + 4096, part.endIndex)
            skimmer.read(UnsafeRawBufferPointer(rebasing: part[index..<end]))
            index = end
        }
        if skimmer.firstEnvelopeIsSettled {
            events.append(.oversized(skimmer))
            isRefused = true
        }
    }

    private mutating func endLine(into events: inout [Event]) {
        if !isOversized {
            events.append(.line(line, skimmer))
        } else if !isRefused {
            events.append(.oversized(skimmer))
        }
        line = []
        skimmer = MessageSkimmer()
        isOversized = false
        isRefused = false
    }
}
