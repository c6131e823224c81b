import Dispatch
import Foundation
import Logging
import MCP
#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

/// The MCP stdio transport, one JSON-RPC message a line: lines are read in linear time and bounded
/// memory (`LineReader`), checked before the library sees them (`MessageGate`), and replies are
/// written whole, one at a time (`MessageWriter`).
///
/// Reading blocks on a thread of its own and writing on a queue of its own, so the descriptors are
/// used as they were inherited: their flags are never changed. At the end of the input, `drain`
/// waits for every request passed on to be answered.
public actor LineTransport: Transport {
    public nonisolated let logger = Logger(label: "clq.mcp.transport", factory: { _ in SwiftLogNoOpLogHandler() })

    private let input: Int32
    private let writer: MessageWriter
    private let gate: MessageGate
    private let ledger = Ledger()
    private let messages: AsyncThrowingStream<Data, Swift.Error>
    private let continuation: AsyncThrowingStream<Data, Swift.Error>.Continuation
    private var isConnected = false

    /// A transport reading `input` and writing `output`, with lines of at most `maximumLineLength`
    /// bytes; a tool call refused as too long names `maximumQuestionLength`.
    public init(input: Int32, output: Int32, maximumLineLength: Int, maximumQuestionLength: Int) {
        self.input = input
        writer = MessageWriter(descriptor: output)
        gate = MessageGate(maximumLineLength: maximumLineLength, maximumQuestionLength: maximumQuestionLength)
        (messages, continuation) = AsyncThrowingStream.makeStream(of: Data.self)
    }

    /// Starts reading the input.
    public func connect() async throws {
        guard !isConnected else { return }
        isConnected = true
        let reader = Thread { [input, gate, writer, ledger, continuation] in
            LineTransport.readLoop(input: input, gate: gate, writer: writer, ledger: ledger, continuation: continuation)
        }
        reader.stackSize = 8 << 20
        reader.start()
    }

    /// Stops handing messages to the library.
    public func disconnect() async {
        isConnected = false
        continuation.finish()
    }

    /// Writes `data`, a whole message, after every message sent before it.
    public func send(_ data: Data) async throws {
        var skimmer = MessageSkimmer()
        data.withUnsafeBytes { skimmer.read($0) }
        let responses = skimmer.envelopes.filter(\.isResponse).count
        let written = await writer.write([UInt8](data))
        ledger.answer(responses)
        if !written { throw MCPError.connectionClosed }
    }

    /// The messages read, until the input ends.
    public func receive() -> AsyncThrowingStream<Data, Swift.Error> {
        messages
    }

    /// Waits until every request passed on has been answered and every reply written: as long as
    /// replies keep coming, and at most `patience` after the last one.
    public func drain(patience: Duration) async {
        var last = ContinuousClock.now
        var answered = ledger.answered
        while ledger.isWaiting {
            if ledger.answered != answered {
                answered = ledger.answered
                last = .now
            }
            if ContinuousClock.now - last > patience { break }
            try? await Task.sleep(for: .milliseconds(5))
        }
        await writer.flush(patience: patience)
    }

    /// Reads lines until the input ends, passing messages on or answering them; runs on its own thread.
    private static func readLoop(input: Int32, gate: MessageGate, writer: MessageWriter, ledger: Ledger,
                                 continuation: AsyncThrowingStream<Data, Swift.Error>.Continuation) {
        var lines = LineReader(maximumLineLength: gate.maximumLineLength)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
        defer { buffer.deallocate() }
        func handle(_ events: [LineReader.Event]) {
            for event in events {
                let verdict: MessageGate.Verdict
                switch event {
                case .line(let bytes, let skim): verdict = gate.inspect(bytes, skim)
                case .oversized(let skim): verdict = gate.refuse(skim)
                }
                switch verdict {
                case .pass(let bytes, let requests):
                    ledger.receive(requests)
                    continuation.yield(Data(bytes))
                case .answer(let reply): writer.write(reply)
                case .ignore: break
                }
            }
        }
        while true {
            let count = systemRead(input, buffer.baseAddress, buffer.count)
            if count > 0 {
                handle(lines.read(UnsafeRawBufferPointer(rebasing: buffer[0..<count])))
            } else if count < 0 && errno == EINTR {
                continue
            } else if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                var ready = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
                _ = poll(&ready, 1, -1)
            } else {
                break
            }
        }
        handle(lines.finish())
        continuation.finish()
    }
}

/// Counts the requests handed to the library and the responses written, from any thread.
final class Ledger: @unchecked Sendable {
    private let lock = NSLock()
    private var received = 0
    private var answeredCount = 0

    func receive(_ count: Int) {
        lock.lock()
        received += count
        lock.unlock()
    }

    func answer(_ count: Int) {
        lock.lock()
        answeredCount += count
        lock.unlock()
    }

    /// Responses written so far.
    var answered: Int {
        lock.lock()
        defer { lock.unlock() }
        return answeredCount
    }

    /// True while fewer responses were written than requests received.
    var isWaiting: Bool {
        lock.lock()
        defer { lock.unlock() }
        return answeredCount < received
    }
}
