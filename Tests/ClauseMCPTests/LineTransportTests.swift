@testable import ClauseMCP
import Foundation
import Testing

/// Feeds `bytes` to `reader` in parts of `part` bytes and returns the events.
private func feed(_ reader: inout LineReader, _ bytes: [UInt8], part: Int = 65_536) -> [LineReader.Event] {
    var events: [LineReader.Event] = []
    var start = 0
    while start < bytes.count {
        let end = min(start + part, bytes.count)
        bytes[start..<end].withUnsafeBytes { events += reader.read($0) }
        start = end
    }
    return events
}

/// Lines are read in linear time and bounded memory, and refused as soon as they pass the limit.
@Suite struct LineReaderTests {
    @Test func splitsLinesAcrossReads() {
        var reader = LineReader(maximumLineLength: 100)
        let events = feed(&reader, Array("{\"id\":1}\n\n{\"id\":2}\n{\"id\"".utf8), part: 3) + reader.finish()
        let lines = events.compactMap { event -> String? in
            if case .line(let bytes, _) = event { return String(decoding: bytes, as: UTF8.self) }
            return nil
        }
        #expect(lines == [#"{"id":1}"#, "", #"{"id":2}"#, #"{"id""#])
    }

    @Test func refusesALongLineOnceAsSoonAsItsIdIsKnown() {
        var reader = LineReader(maximumLineLength: 1000)
        let head = Array(#"{"jsonrpc":"2.0","id":9,"method":"tools/call","params":{"arguments":{"question":""#.utf8)
        // The first part ends just past the limit: the refusal comes then, not at the end of the line.
        let first = feed(&reader, head + [UInt8](repeating: UInt8(ascii: "x"), count: 1000 - head.count + 1))
        guard first.count == 1, case .oversized(let skim) = first[0] else {
            Issue.record("no refusal at the limit: \(first.count) events")
            return
        }
        #expect(skim.firstEnvelope?.id == Array("9".utf8))
        let rest = feed(&reader, [UInt8](repeating: UInt8(ascii: "x"), count: 8_000_000) + Array("\"}}}\n{\"id\":10}\n".utf8))
        guard rest.count == 1, case .line(let next, _) = rest[0] else {
            Issue.record("the rest of the long line was not skipped: \(rest.count) events")
            return
        }
        #expect(next == Array(#"{"id":10}"#.utf8))
    }

    @Test func refusesALongLineWhoseIdComesLastAtItsEnd() {
        var reader = LineReader(maximumLineLength: 100)
        let line = #"{"params":{"q":""# + String(repeating: "y", count: 10_000) + #""},"method":"ping","id":"late"}"#
        let events = feed(&reader, Array((line + "\n").utf8), part: 1000)
        guard events.count == 1, case .oversized(let skim) = events[0] else {
            Issue.record("expected one refusal, got \(events.count) events")
            return
        }
        #expect(skim.firstEnvelope?.id == Array(#""late""#.utf8))
    }

    @Test func readsALongLineInLinearTime() {
        func seconds(_ size: Int) -> Double {
            var reader = LineReader(maximumLineLength: 65_536)
            let line = Array(#"{"params":{"q":""#.utf8) + [UInt8](repeating: UInt8(ascii: "z"), count: size) + Array("\"}}\n".utf8)
            let start = ContinuousClock.now
            _ = feed(&reader, line)
            let elapsed = ContinuousClock.now - start
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        }
        _ = seconds(1_000_000)
        // The least of three runs, to leave out the time other work took from the machine.
        let small = (0..<3).map { _ in seconds(4_000_000) }.min() ?? 0
        let large = (0..<3).map { _ in seconds(16_000_000) }.min() ?? 0
        // Four times the bytes takes about four times as long; a quadratic reader takes sixteen.
        #expect(large < max(small, 0.01) * 8)
    }
}

/// Replies are written whole, one at a time, however slowly they are read.
@Suite struct MessageWriterTests {
    @Test func concurrentLargeMessagesNeverInterleave() async throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let (readEnd, writeEnd) = (ends[0], ends[1])
        let writer = MessageWriter(descriptor: writeEnd)
        let messages = (0..<40).map { index in
            Array("{\"id\":\(index),\"text\":\"".utf8) + [UInt8](repeating: UInt8(ascii: "a") + UInt8(index % 26), count: 70_000)
                + Array("\"}".utf8)
        }
        // The slow reader is a thread of its own, so that it reads while tests keep the tasks' threads busy.
        let received = Received()
        let reader = Thread {
            var buffer = [UInt8](repeating: 0, count: 997)
            while true {
                let count = read(readEnd, &buffer, buffer.count)
                if count <= 0 { break }
                received.append(buffer[0..<count])
                usleep(20)
            }
            received.finish()
        }
        reader.start()
        await withTaskGroup(of: Bool.self) { group in
            for message in messages { group.addTask { await writer.write(message) } }
        }
        close(writeEnd)
        let lines = received.wait().split(separator: 0x0A).map(Array.init)
        close(readEnd)
        #expect(lines.count == messages.count)
        #expect(Set(lines) == Set(messages))
    }
}

/// Bytes gathered by a thread, handed over when it is done.
private final class Received: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var bytes: [UInt8] = []

    func append(_ more: ArraySlice<UInt8>) { bytes += more }
    func finish() { done.signal() }

    /// Every byte, once the thread is done.
    func wait() -> [UInt8] {
        done.wait()
        return bytes
    }
}
