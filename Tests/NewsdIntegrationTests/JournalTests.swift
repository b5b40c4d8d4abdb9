import Foundation
import Glibc
import NewsRuntime
import Testing

/// journald must be running (`.ci/run` starts a standalone one when none is). The socket file
/// alone is not enough: a journald that died leaves it behind, and connecting to it is refused.
let journaldIsRunning: Bool = {
    let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    let path = Array("/run/systemd/journal/socket".utf8CString)
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
        raw.copyBytes(from: path.map { UInt8(bitPattern: $0) })
    }
    return withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
            connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) == 0
        }
    }
}()

@Suite(.serialized, .timeLimit(.minutes(1)), .enabled(if: journaldIsRunning, "journald is not running"))
struct JournalTests {
    /// Follows `journalctl -f -o json` with the given matches; returns entries as they come.
    final class JournalFollower {
        let process = Process()
        let pipe = Pipe()
        var pending = Data()

        init(matches: [String]) throws {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/journalctl")
            // --since rather than -n 0: entries written while journalctl is still starting are not missed.
            let since = Int(Date().timeIntervalSince1970) - 1
            process.arguments = ["-f", "-o", "json", "--no-pager", "--since", "@\(since)"] + matches
            process.standardOutput = pipe
            try process.run()
        }

        deinit {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }

        func next(timeout: Double) -> [String: Any]? {
            let deadline = Date().addingTimeInterval(timeout)
            while true {
                if let newline = pending.firstIndex(of: 0x0A) {
                    let line = pending[..<newline]
                    pending = Data(pending[(newline + 1)...])
                    if let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any] { return object }
                    continue
                }
                var pfd = pollfd(fd: pipe.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0)
                let left = deadline.timeIntervalSinceNow
                guard left > 0, poll(&pfd, 1, Int32(left * 1000)) > 0 else { return nil }
                var buffer = [UInt8](repeating: 0, count: 65536)
                let n = read(pfd.fd, &buffer, buffer.count)
                if n <= 0 { return nil }
                pending += Data(buffer[..<n])
            }
        }
    }

    @Test func logsGoToJournaldWithStructuredFields() throws {
        let h = try DaemonHarness()
        let name = "journal-\(UUID().uuidString).txt"
        let follower = try JournalFollower(matches: ["-t", JournalMark.testIdentifier, "NEWSD_FILE=\(name)"])
        try h.start(journal: true)
        h.write(name, DaemonHarness.article(1))
        h.write("broken-" + name, "")
        let entry = try #require(follower.next(timeout: 30), "no journal entry for \(name)")
        #expect(entry["SYSLOG_IDENTIFIER"] as? String == JournalMark.testIdentifier)
        #expect(entry["PRIORITY"] as? String == "6")
        #expect(entry["NEWSD_SEQ"] as? String != nil)
        #expect((entry["NEWSD_SHA256"] as? String)?.count == 64)
        #expect((entry["MESSAGE"] as? String)?.contains("ingested \(name)") == true)
        #expect(entry["CODE_FILE"] as? String != nil)
        #expect(h.stop() == 0)
        // Nothing went to the plain stderr log: it all went to the journal.
        #expect(!h.log.contains(name))
    }
}
