import Dispatch
import Foundation
import Glibc
import Testing

/// Issue 10, the runtime classes: names and paths, the inbox lock, recovery without the
/// backstop, poison-file quarantine, the watchdog and SIGTERM. The built daemon, as systemd runs it.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct RobustnessTests {
    // MARK: Names and paths (finding 6, and the hard link of finding 8)

    @Test func aOneCharacterRelativeStateDirectoryIsCreated() throws {
        let h = try DaemonHarness()
        try h.launch(arguments: ["--inbox", "inbox", "--state-dir", "A"], paths: false, directory: h.root)
        try h.notify!.wait(for: "READY=1 or an exit") { $0.contains("READY=1") || $0.hasPrefix("EXITED=") }
        #expect(h.process != nil && h.process!.isRunning, "\(h.log)")
        h.write("one.txt", DaemonHarness.article(1))
        try h.waitForStatus("1 ingested") { $0.ingested == 1 }
        #expect(h.stop() == 0)
        #expect(FileManager.default.fileExists(atPath: h.root + "/A/newsd.db"))
        #expect(h.files(in: h.root + "/A/processed").count == 1)
    }

    /// 251 bytes leave no room for `.error.json`; 255 bytes none for `-1` on a second file.
    @Test func longNamesAlwaysLeaveTheInboxWithAReport() throws {
        let h = try DaemonHarness()
        try h.start()
        let refused = String(repeating: "r", count: 247) + ".txt"
        h.write(refused, "")
        try h.waitForStatus("1 failed") { $0.failed == 1 }
        let longest = String(repeating: "é", count: 125) + ".txt"  // 254 bytes
        #expect(longest.utf8.count == 254)
        h.write(longest, DaemonHarness.article(1))
        try h.waitForStatus("1 ingested") { $0.ingested == 1 }
        h.write(longest, DaemonHarness.article(2))
        try h.waitForStatus("2 ingested") { $0.ingested == 2 }
        #expect(h.stop() == 0)
        #expect(h.files(in: h.inbox).isEmpty)
        let failed = h.files(in: h.failed)
        #expect(failed.count == 2 && failed.contains(refused), "\(failed)")
        let report = try #require(failed.first { $0.hasSuffix(".error.json") })
        #expect(report.utf8.count <= 255 && report.hasPrefix("rrrr") && report.contains("~"))
        let json = try String(contentsOfFile: h.failed + "/" + report, encoding: .utf8)
        #expect(json.contains("\"file\" : \"\(refused)\"") && json.contains("\"error\" : \"empty\""), "\(json)")
        let processed = h.files(in: h.processed)
        #expect(processed.count == 2)
        #expect(processed.allSatisfy { ($0.split(separator: "/").last?.utf8.count ?? 999) <= 255 }, "\(processed)")
    }

    /// A name that is not UTF-8 and whose escaped form is longer than a name may be; and the
    /// same for a refused file, which needs its report beside it.
    @Test func longNamesThatAreNotUTF8AreIngestedOrRefusedWithAReason() throws {
        let h = try DaemonHarness()
        try h.start()
        let good = [UInt8](repeating: 0xE9, count: 200) + Array(".txt".utf8)
        let bad = [UInt8](repeating: 0xFF, count: 240) + Array(".txt".utf8)
        #expect(try Self.create(h.inbox, good, DaemonHarness.article(1)))
        #expect(try Self.create(h.inbox, bad, ""))
        try h.waitForStatus("1 ingested, 1 failed") { $0.ingested == 1 && $0.failed == 1 }
        #expect(h.stop() == 0)
        #expect(h.files(in: h.inbox).isEmpty)
        #expect(h.files(in: h.processed).count == 1)
        let failed = h.files(in: h.failed)
        #expect(failed.count == 2)
        let report = try #require(failed.first { $0.hasSuffix(".error.json") })
        let json = try String(contentsOfFile: h.failed + "/" + report, encoding: .utf8)
        #expect(json.contains("%FF%FF%FF") && json.contains("\"error\" : \"empty\""))
    }

    /// `caf\xFF.txt` and a real `caf%FF.txt` must not be recorded under one name.
    @Test func theEscapingOfNamesIsInjective() throws {
        let h = try DaemonHarness()
        try h.start()
        #expect(try Self.create(h.inbox, Array("caf".utf8) + [0xFF] + Array(".txt".utf8), DaemonHarness.article(1)))
        h.write("caf%FF.txt", DaemonHarness.article(2))
        try h.waitForStatus("2 ingested") { $0.ingested == 2 }
        #expect(h.stop() == 0)
        let listed = try h.cli(["list", "--json"])
        #expect(listed.out.contains("\"file\":\"caf%FF.txt\""), "\(listed.out)")
        #expect(listed.out.contains("\"file\":\"caf%25FF.txt\""), "\(listed.out)")
        // In processed/, each keeps a readable name; neither overwrote the other.
        let day = DaemonHarness.today
        #expect(h.files(in: h.processed) == ["\(day)/caf%FF-1.txt", "\(day)/caf%FF.txt"])
    }

    @Test func fileNamesCannotForgeLogLines() throws {
        let h = try DaemonHarness()
        try h.start()
        let name = "evil\n2026-01-01T00:00:00+0000 critical newsd: forged\u{1B}[31m.txt"
        h.write(name, DaemonHarness.article(1))
        try h.waitForStatus("1 ingested") { $0.ingested == 1 }
        #expect(h.stop() == 0)
        let log = h.log
        #expect(!log.split(separator: "\n").contains { $0.hasPrefix("2026-01-01T00:00:00+0000 critical") }, "\(log)")
        #expect(!log.contains("\u{1B}"))
        #expect(log.contains("evil\\n2026-01-01T00:00:00+0000 critical newsd: forged\\x1B[31m.txt"), "\(log)")
    }

    // MARK: The inbox lock (finding 5)

    @Test func aSecondDaemonOnTheSameInboxIsRefusedAndNamesTheFirst() throws {
        let h = try DaemonHarness()
        try h.start()
        let other = h.root + "/other-state"
        let second = try h.cli(["run", "--inbox", h.inbox, "--state-dir", other], store: false)
        #expect(second.status == 75, "\(second.err)")
        let pid = h.process!.processIdentifier
        let state = try #require(realpath(h.state, nil).map { p in defer { free(p) }; return String(cString: p) })
        #expect(second.err.contains("another newsd (pid \(pid), state directory \(state)) already watches the inbox"), "\(second.err)")
        // The first one goes on, alone.
        h.write("a.txt", DaemonHarness.article(1))
        try h.waitForStatus("1 ingested") { $0.ingested == 1 }
        #expect(h.stop() == 0)
        #expect(!FileManager.default.fileExists(atPath: other + "/newsd.db"))
    }

    // MARK: Recovery (finding 7)

    /// A store that cannot be opened at start (here: newsd.db is a folder) is waited for, with
    /// READY=1 and a STATUS= that says why, and used as soon as it can be.
    @Test func aStoreThatCannotBeOpenedAtStartIsWaitedFor() throws {
        let h = try DaemonHarness()
        try FileManager.default.createDirectory(atPath: h.state + "/newsd.db/x", withIntermediateDirectories: true)
        h.write("waiting.txt", DaemonHarness.article(1))
        let notify = try h.launch()
        let status = try notify.wait(for: "a STATUS= about the store", timeout: 30) {
            $0.contains("Store unavailable at start") || $0.hasPrefix("EXITED=")
        }
        #expect(status.contains("READY=1") && status.contains("newsd.db"), "\(status)")
        try FileManager.default.removeItem(atPath: h.state + "/newsd.db")
        try h.waitForStatus("1 ingested", timeout: 60) { $0.ingested == 1 }
        #expect(h.stop() == 0)
        #expect(h.log.contains("cannot open the store"))
    }

    // MARK: Quarantine

    /// A file that makes newsd abort is in hand at three crashes in a row, run after run as
    /// systemd would restart it; the fourth run sets it aside and the inbox drains.
    @Test func aFileThatCrashesNewsdIsSetAsideAfterThreeCrashes() throws {
        let h = try DaemonHarness()
        for i in 0..<40 { h.write("good-\(i).txt", DaemonHarness.article(i)) }
        h.write("poison-pill.txt", DaemonHarness.article(99))
        let environment = ["NEWSD_TEST_CRASH_ON": "poison-pill"]
        var crashes = 0
        var runs = 0
        while runs < 8 {
            runs += 1
            let notify = try h.launch(environment: environment)
            let message = try notify.wait(for: "an exit or an empty inbox", timeout: 60) { message in
                message.hasPrefix("EXITED=") || (NotifySocket.counters(message).map { $0.queued == 0 } == true
                    && h.files(in: h.inbox).isEmpty)
            }
            if message.hasPrefix("EXITED=") {
                h.process?.waitUntilExit()
                #expect(h.process?.terminationReason == .uncaughtSignal)
                crashes += 1
                continue
            }
            #expect(h.stop() == 0)
            break
        }
        #expect(crashes == 3, "\(crashes) crashes in \(runs) runs")
        // After the first crash the suspects are tried in groups of 16, after the second alone:
        // only the innocent files of the culprit's group come to be tried alone.
        let alone = Set(h.log.split(separator: "\n").filter { $0.contains("(2 of 3 times); trying it alone") }
            .compactMap { $0.split(separator: " ").first { $0.hasPrefix("newsd.file=") } })
        #expect(alone.count <= 16, "\(alone.count) files tried alone")  // IngestEngine.suspectGroup
        #expect(h.files(in: h.inbox).isEmpty)
        #expect(h.files(in: h.failed) == ["poison-pill.txt", "poison-pill.txt.error.json"])
        let report = try String(contentsOfFile: h.failed + "/poison-pill.txt.error.json", encoding: .utf8)
        #expect(report.contains("\"error\" : \"crashed-newsd\"") && report.contains("3 times"), "\(report)")
        let stats = try h.cli(["stats", "--json"])
        #expect(stats.out.contains("\"articles\":40"), "\(stats.out)")
        #expect(stats.out.contains("\"duplicates\":0"), "\(stats.out)")
        #expect(stats.out.contains("\"failed\":1"), "\(stats.out)")
        #expect(try h.cli(["verify"]).status == 0)
    }

    // MARK: Watchdog and SIGTERM (finding 1)

    /// Long work on one file (here 3 s in the decoder, with WatchdogSec=1s) does not starve the
    /// watchdog: the pings go on, never further apart than half of WatchdogSec plus slack.
    @Test func longWorkDoesNotStarveTheWatchdog() throws {
        let h = try DaemonHarness()
        let notify = try h.start(environment: ["WATCHDOG_USEC": "1000000", "NEWSD_TEST_STALL_ON": "slow-one:3"])
        try notify.wait(for: "a first WATCHDOG=1", timeout: 5) { $0 == "WATCHDOG=1" }
        h.write("slow-one.txt", DaemonHarness.article(1))
        try notify.wait(for: "the stall", timeout: 10) { $0.hasPrefix("X_NEWSD_TEST_STALL=") }
        var last = Date()
        var widest = 0.0
        try notify.wait(for: "1 ingested", timeout: 30) { message in
            if message == "WATCHDOG=1" {
                widest = max(widest, Date().timeIntervalSince(last))
                last = Date()
            }
            return NotifySocket.counters(message)?.ingested == 1
        }
        #expect(widest < 0.9, "a \(widest) s gap between watchdog pings (WatchdogSec=1s)")
        #expect(h.stop() == 0)
    }

    /// A pipeline stuck for longer than stall_timeout loses its watchdog pings (systemd restarts
    /// it); SIGTERM is obeyed within stop_timeout although the batch never ends, its file stays in
    /// the inbox, and that stop does not count as a crash of the file.
    @Test func aStuckBatchStopsThePingsAndSIGTERMIsObeyedWithoutIt() throws {
        let h = try DaemonHarness()
        let config = h.root + "/newsd.yaml"
        try "stall_timeout: 2s\nstop_timeout: 1s\n".write(toFile: config, atomically: true, encoding: .utf8)
        let notify = try h.start(
            arguments: ["--config", config], environment: ["WATCHDOG_USEC": "1000000", "NEWSD_TEST_STALL_ON": "stuck:600"])
        h.write("stuck.txt", DaemonHarness.article(1))
        try notify.wait(for: "the stall", timeout: 10) { $0.hasPrefix("X_NEWSD_TEST_STALL=") }
        let stalled = Date()
        // The pings go on until stall_timeout, then stop: 3 s without one is the proof.
        while let message = notify.receive(timeout: 3) {
            #expect(message != "WATCHDOG=1" || Date().timeIntervalSince(stalled) < 2.9, "a ping after stall_timeout")
        }
        #expect(h.log.contains("no progress for"))
        h.signal(SIGTERM)
        let status = h.waitForExit(timeout: 5)
        #expect(status == 0, "newsd did not exit within 5 s of SIGTERM with stop_timeout 1s: \(String(describing: status))")
        #expect(h.files(in: h.inbox) == ["stuck.txt"])
        // Without the fault the file is ingested, as a first try: the stop was no crash.
        try h.start()
        try h.waitForStatus("1 ingested") { $0.ingested == 1 }
        #expect(h.stop() == 0)
        #expect(!h.log.contains("trying it alone"), "\(h.log)")
    }

    /// Creates `directory/name` from raw bytes (a name need not be UTF-8) holding `text`.
    static func create(_ directory: String, _ name: [UInt8], _ text: String) throws -> Bool {
        let path = Array(directory.utf8) + [UInt8(ascii: "/")] + name + [0]
        let fd = path.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { open($0, O_WRONLY | O_CREAT | O_EXCL, 0o644) }
        }
        guard fd >= 0 else { throw POSIXError(.init(rawValue: errno)!) }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        return bytes.isEmpty || write(fd, bytes, bytes.count) == bytes.count
    }
}
