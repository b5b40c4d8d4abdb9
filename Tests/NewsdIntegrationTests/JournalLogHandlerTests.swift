import Foundation
import Glibc
import Logging
import Synchronization
import Testing

@testable import NewsRuntime

/// Log lines go to journald as structured entries, and to stderr when journald refuses them.
@Suite struct JournalLogHandlerTests {
    /// A pipe standing in for stderr.
    final class Capture {
        let read: Int32
        let write: Int32
        init() {
            var fds: [Int32] = [0, 0]
            precondition(pipe(&fds) == 0)
            (read, write) = (fds[0], fds[1])
            _ = fcntl(read, F_SETFL, O_NONBLOCK)
        }
        deinit {
            close(read)
            close(write)
        }
        var text: String {
            var buffer = [UInt8](repeating: 0, count: 65536)
            let n = Glibc.read(read, &buffer, buffer.count)
            return n > 0 ? String(decoding: buffer[..<n], as: UTF8.self) : ""
        }
    }

    @Test func aRefusedEntryGoesToStderrWithItsPriorityAndFields() {
        let capture = Capture()
        let sent = Mutex<[[String]]>([])
        let refusing = JournalLogHandler(label: "test", sender: { fields in
            sent.withLock { $0.append(fields) }
            return -ECONNREFUSED
        }, fallbackDescriptor: capture.write)
        let logger = Logger(label: "test") { _ in refusing }
        logger.warning("store full\nretrying", metadata: ["newsd.file": "a.txt"])
        #expect(sent.withLock { $0.count } == 1, "journald was tried first")
        let line = capture.text
        #expect(line.hasPrefix("<4>store full retrying newsd.file=a.txt"), "\(line)")
        #expect(line.contains("journald refused the entry"))
        #expect(line.hasSuffix("\n") && line.filter { $0 == "\n" }.count == 1)
    }

    /// sd_journal_sendv(3) reports success when there is no socket at all; send says ENOENT,
    /// so that log lines fall back to stderr and alerts wait, as when journald refuses them.
    @Test func noJournalSocketIsARefusal() {
        #expect(JournalLogHandler.send(["MESSAGE=x"], socketPath: "/tmp/newsd-no-such-journal-\(UUID().uuidString)") == -ENOENT)
    }

    @Test func anAcceptedEntryIsNotWrittenTwice() {
        let capture = Capture()
        let accepting = JournalLogHandler(label: "test", sender: { fields in
            #expect(fields.contains("NEWSD_FILE=a.txt"))
            #expect(fields.contains("PRIORITY=6"))
            return 0
        }, fallbackDescriptor: capture.write)
        let logger = Logger(label: "test") { _ in accepting }
        logger.info("ingested", metadata: ["newsd.file": "a.txt"])
        #expect(capture.text.isEmpty)
    }
}
