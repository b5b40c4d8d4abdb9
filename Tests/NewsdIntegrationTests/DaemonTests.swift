import Dispatch
import Foundation
import Glibc
import NewsStoreSQLite
import Testing

/// The built `newsd run` binary on a real temporary inbox, with real inotify and SQLite.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct DaemonTests {
    @Test func ingestsFilesWrittenInPlaceAndRenamedIn() throws {
        let h = try DaemonHarness()
        try h.start()
        h.write("in-place.txt", DaemonHarness.article(1))
        try h.drop("renamed.md", "# Renamed in\n\nBody text.")
        try h.waitForStatus("2 ingested") { $0.ingested == 2 }
        #expect(h.stop() == 0)
        let day = DaemonHarness.today
        #expect(h.files(in: h.processed) == ["\(day)/in-place.txt", "\(day)/renamed.md"])
        #expect(h.files(in: h.inbox).isEmpty)
        let listed = try h.cli(["list", "--json"])
        #expect(listed.status == 0)
        #expect(listed.out.split(separator: "\n").count == 2)
        #expect(listed.out.contains("\"title\":\"Renamed in\""))
    }

    @Test func ingestsFilesThatArrivedWhileItWasDown() throws {
        let h = try DaemonHarness()
        for i in 0..<5 { h.write("early-\(i).txt", DaemonHarness.article(i)) }
        h.write(".hidden", "Hidden\n\ntext")
        h.write("partial.txt.part", "Partial\n\ntext")
        try h.start()
        try h.waitForStatus("5 ingested") { $0.ingested == 5 }
        #expect(h.stop() == 0)
        #expect(h.files(in: h.inbox) == [".hidden", "partial.txt.part"])
    }

    @Test func takesABurstOfAThousandFiles() throws {
        let h = try DaemonHarness()
        try h.start()
        for i in 0..<1000 { try h.drop("burst-\(i).txt", DaemonHarness.article(i)) }
        try h.waitForStatus("1000 ingested", timeout: 120) { $0.ingested == 1000 }
        #expect(h.stop() == 0)
        #expect(h.files(in: h.processed).count == 1000)
        #expect(h.files(in: h.inbox).isEmpty)
        let verify = try h.cli(["verify"])
        #expect(verify.status == 0, "\(verify.err)")
        #expect(verify.out.contains("1000 records verified"))
    }

    @Test func theSameContentTwiceIsOneArticleAndADuplicate() throws {
        let h = try DaemonHarness()
        try h.start()
        h.write("first.txt", DaemonHarness.article(7))
        try h.waitForStatus("1 ingested") { $0.ingested == 1 }
        h.write("second.txt", DaemonHarness.article(7))
        try h.waitForStatus("1 duplicate") { $0.duplicates == 1 }
        h.stop()
        let stats = try h.cli(["stats", "--json"])
        #expect(stats.out.contains("\"articles\":1"))
        #expect(stats.out.contains("\"duplicates\":1"))
        #expect(h.files(in: h.processed).count == 2)
    }

    @Test func aStoredArticleIsFoundAtOnceAndIndexedForSearchByTheStop() throws {
        let h = try DaemonHarness()
        try h.start()
        h.write("a.txt", DaemonHarness.article(1))
        try h.waitForStatus("1 ingested") { $0.ingested >= 1 }
        // The daemon's full-text index takes the article a tenth of a second after its commit;
        // a search finds it before (read one by one) and after.
        #expect(try h.cli(["search", "maritime"]).out.contains("Article number 1"))
        #expect(h.stop() == 0)
        let store = try SQLiteArticleStore(path: h.state + "/newsd.db", readOnly: true)
        #expect(try store.articlesAwaitingSearch() == 0)
        #expect(try store.searchable(through: 1))
        #expect(try h.cli(["search", "maritime"]).out.contains("Article number 1"))
    }

    @Test func refusesSymlinksFifosEmptyAndBinaryFilesWithAReason() throws {
        let h = try DaemonHarness()
        try h.start()
        #expect(symlink("/etc/passwd", h.inbox + "/link.txt") == 0)
        #expect(mkfifo(h.inbox + "/pipe.txt", 0o644) == 0)
        h.write("empty.txt", "")
        _ = FileManager.default.createFile(atPath: h.inbox + "/image.txt", contents: Data([0x89, 0x50, 0x4E, 0x47, 0, 1, 2]))
        try h.waitForStatus("4 failed") { $0.failed == 4 }
        #expect(h.stop() == 0)
        let failed = h.files(in: h.failed)
        for name in ["link.txt", "pipe.txt", "empty.txt", "image.txt"] {
            #expect(failed.contains(name))
            let report = try String(contentsOfFile: h.failed + "/" + name + ".error.json", encoding: .utf8)
            let code = ["link.txt": "not-regular-file", "pipe.txt": "not-regular-file", "empty.txt": "empty",
                        "image.txt": "binary"][name]!
            #expect(report.contains("\"error\" : \"\(code)\""), "\(report)")
        }
        // The symlink was moved, not followed: /etc/passwd is untouched and not in the store.
        #expect(FileManager.default.fileExists(atPath: "/etc/passwd"))
        #expect(try h.cli(["search", "root"]).out.isEmpty)
    }

    @Test(.enabled(if: DaemonTests.shmIsAnotherFileSystem, "/dev/shm is on the same file system as /tmp"))
    func movesAcrossFileSystemsByCopying() throws {
        let h = try DaemonHarness()
        let elsewhere = "/dev/shm/newsd-processed-\(getpid())-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: elsewhere) }
        let config = h.root + "/cross.yaml"
        try "processed_dir: \(elsewhere)\n".write(toFile: config, atomically: true, encoding: .utf8)
        try h.start(arguments: ["--config", config])
        h.write("across.txt", DaemonHarness.article(1))
        h.write("across2.txt", DaemonHarness.article(2))
        try h.waitForStatus("2 ingested") { $0.ingested == 2 }
        #expect(h.stop() == 0)
        #expect(h.files(in: h.inbox).isEmpty)
        let day = DaemonHarness.today
        #expect(h.files(in: elsewhere) == ["\(day)/across.txt", "\(day)/across2.txt"])
        let moved = try String(contentsOfFile: "\(elsewhere)/\(day)/across.txt", encoding: .utf8)
        #expect(moved == DaemonHarness.article(1))
    }

    static var shmIsAnotherFileSystem: Bool {
        var a = stat(), b = stat()
        return stat("/tmp", &a) == 0 && stat("/dev/shm", &b) == 0 && a.st_dev != b.st_dev
    }

    @Test func aFeedIsCommittedWholeOrNotAtAll() throws {
        let h = try DaemonHarness()
        try h.start()
        let items = (1...3).map { "<item><title>Item \($0)</title><description>Text of item \($0).</description></item>" }
        try h.drop("good.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Desk</title>\(items.joined())</channel></rss>")
        try h.waitForStatus("3 ingested") { $0.ingested == 3 }
        let bad = items[0] + "<item><link>https://x</link></item>" + items[2].replacingOccurrences(of: "3", with: "4")
        try h.drop("bad.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Desk</title>\(bad)</channel></rss>")
        try h.waitForStatus("1 failed") { $0.failed == 1 }
        #expect(h.stop() == 0)
        let stats = try h.cli(["stats", "--json"])
        #expect(stats.out.contains("\"articles\":3"), "\(stats.out)")
        let report = try String(contentsOfFile: h.failed + "/bad.xml.error.json", encoding: .utf8)
        #expect(report.contains("item 2"))
    }

    @Test func hostileNamesAndFilesGetAClearOutcome() throws {
        let h = try DaemonHarness()
        try h.start()
        h.write("line\nbreak.txt", DaemonHarness.article(1))
        // A name that is not UTF-8: 0xFF 0xFE.
        let raw: [UInt8] = Array((h.inbox + "/caf").utf8) + [0xFF, 0xFE] + Array(".txt".utf8) + [0]
        let fd = raw.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { open($0, O_WRONLY | O_CREAT | O_EXCL, 0o644) }
        }
        #expect(fd >= 0)
        let text = Array(DaemonHarness.article(2).utf8)
        #expect(write(fd, text, text.count) == text.count)
        close(fd)
        // A 10 GiB sparse file: refused by size without being read.
        let huge = open(h.root + "/huge.txt", O_WRONLY | O_CREAT, 0o644)
        #expect(ftruncate(huge, 10 << 30) == 0)
        close(huge)
        #expect(rename(h.root + "/huge.txt", h.inbox + "/huge.txt") == 0)
        // A hard link to a file outside the inbox: refused (once the link has settled), the original untouched.
        h.write("outside.txt", DaemonHarness.article(3), into: h.root)
        #expect(link(h.root + "/outside.txt", h.inbox + "/linked.txt") == 0)

        try h.waitForStatus("2 ingested, 2 failed") { $0.ingested == 2 && $0.failed == 2 }
        #expect(h.stop() == 0)
        let day = DaemonHarness.today
        #expect(h.files(in: h.processed).sorted() == ["\(day)/caf%FF%FE.txt", "\(day)/line\nbreak.txt"].sorted())
        #expect(h.files(in: h.failed) == ["huge.txt", "huge.txt.error.json", "linked.txt", "linked.txt.error.json"])
        #expect(try String(contentsOfFile: h.failed + "/huge.txt.error.json", encoding: .utf8).contains("too-large"))
        #expect(try String(contentsOfFile: h.failed + "/linked.txt.error.json", encoding: .utf8).contains("hard-linked"))
        #expect(try String(contentsOfFile: h.root + "/outside.txt", encoding: .utf8) == DaemonHarness.article(3))
        #expect(h.files(in: h.inbox).isEmpty)
    }

    @Test func aJammedNotifySocketNeverStallsIngestion() throws {
        let h = try DaemonHarness()
        let notify = try h.start()
        notify.shrinkReceiveBuffer()
        // From here on nobody reads the notify socket: STATUS sends would block on a full queue.
        for i in 0..<300 { try h.drop("jam-\(i).txt", DaemonHarness.article(i)) }
        let process = try #require(h.process)
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        // The last file's own commit is the event awaited: a daemon stuck in sd_notify never
        // commits it, and never exits on SIGTERM either.
        let lastDone = h.processed + "/" + DaemonHarness.today + "/jam-299.txt"
        let watcher = try DirectoryWaiter(path: h.processed + "/" + DaemonHarness.today, file: "jam-299.txt")
        #expect(watcher.wait(timeout: 30) || FileManager.default.fileExists(atPath: lastDone))
        h.signal(SIGTERM)
        // STOPPING=1 to the jammed socket must not hold up the stop either.
        #expect(exited.wait(timeout: .now() + 5) == .success, "newsd did not exit within 5 s")
        #expect(process.terminationStatus == 0)
        #expect(h.files(in: h.inbox).isEmpty)
        #expect(h.files(in: h.processed).count == 300)
    }

    @Test func nameCollisionsNeverOverwrite() throws {
        let h = try DaemonHarness()
        try h.start()
        h.write("same.txt", DaemonHarness.article(1))
        try h.waitForStatus("1 ingested") { $0.ingested == 1 }
        h.write("same.txt", DaemonHarness.article(2))
        try h.waitForStatus("2 ingested") { $0.ingested == 2 }
        h.stop()
        let day = DaemonHarness.today
        #expect(h.files(in: h.processed) == ["\(day)/same-1.txt", "\(day)/same.txt"])
    }

    @Test func reloadsAGoodConfigOnSIGHUPAndRefusesABadOne() throws {
        let h = try DaemonHarness()
        let config = h.root + "/newsd.yaml"
        try "log_level: info\n".write(toFile: config, atomically: true, encoding: .utf8)
        let notify = try h.start(arguments: ["--config", config])

        try "ignore_suffixes: [\".skip\"]\n".write(toFile: config, atomically: true, encoding: .utf8)
        h.signal(SIGHUP)
        try notify.wait(for: "RELOADING=1") { $0.contains("RELOADING=1") && $0.contains("MONOTONIC_USEC=") }
        try notify.wait(for: "READY=1 after reload") { $0.contains("READY=1") }
        h.write("kept.skip", DaemonHarness.article(1))
        h.write("taken.txt", DaemonHarness.article(2))
        try h.waitForStatus("1 ingested") { $0.ingested == 1 }
        #expect(h.files(in: h.inbox) == ["kept.skip"])

        try "ignore_suffixes: [\".skip\"]\nbatch_max_wait: soon\n".write(toFile: config, atomically: true, encoding: .utf8)
        h.signal(SIGHUP)
        try notify.wait(for: "RELOADING=1") { $0.contains("RELOADING=1") }
        let refused = try notify.wait(for: "READY=1 after refusal") { $0.contains("READY=1") }
        #expect(refused.contains("Reload refused"))
        h.write("after.txt", DaemonHarness.article(3))
        h.write("still.skip", DaemonHarness.article(4))
        try h.waitForStatus("2 ingested") { $0.ingested == 2 }
        #expect(h.stop() == 0)
        #expect(h.log.contains("\(config):2: batch_max_wait: expected a duration"))
        #expect(h.files(in: h.inbox) == ["kept.skip", "still.skip"])
    }

    @Test func refusesToStartWithABadConfigAndSaysWhere() throws {
        let h = try DaemonHarness()
        let config = h.root + "/bad.yaml"
        try "inbox: ./in\nmax_file_sise: 1MiB\n".write(toFile: config, atomically: true, encoding: .utf8)
        let result = try h.cli(["run", "--config", config])
        #expect(result.status != 0)
        #expect(result.err.contains("\(config):2: max_file_sise: unknown key"))
    }

    @Test func aSecondDaemonOnTheSameStateDirectoryRefusesToStart() throws {
        let h = try DaemonHarness()
        try h.start()
        let second = try h.cli(["run", "--inbox", h.inbox])
        #expect(second.status != 0)
        #expect(second.err.contains("another newsd (pid \(h.process!.processIdentifier)) already runs"), "\(second.err)")
        #expect(h.stop() == 0)
    }

    @Test func speaksTheSdNotifyProtocol() throws {
        let h = try DaemonHarness()
        let notify = try h.start(environment: ["WATCHDOG_USEC": "400000"])
        #expect(notify.messages.first { $0.contains("READY=1") }?.contains("STATUS=Watching inbox") == true)
        try notify.wait(for: "WATCHDOG=1", timeout: 5) { $0 == "WATCHDOG=1" }
        try notify.wait(for: "a second WATCHDOG=1", timeout: 5) { $0 == "WATCHDOG=1" }
        h.write("a.txt", DaemonHarness.article(1))
        try h.waitForStatus("1 ingested") { $0.ingested == 1 && $0.queued == 0 }
        h.signal(SIGTERM)
        try notify.wait(for: "STOPPING=1", timeout: 5) { $0.contains("STOPPING=1") }
        h.process?.waitUntilExit()
        #expect(h.process?.terminationStatus == 0)
    }

    @Test func watchesTheInboxAgainAfterItIsRemovedAndRecreated() throws {
        let h = try DaemonHarness()
        try h.start()
        // First prove the daemon is at work on the original folder (its startup scan is done).
        h.write("before.txt", DaemonHarness.article(0))
        try h.waitForStatus("1 ingested") { $0.ingested == 1 }
        try FileManager.default.removeItem(atPath: h.inbox)
        try FileManager.default.createDirectory(atPath: h.inbox, withIntermediateDirectories: true)
        // Written after the folder is back, whether or not the new watch is already in place:
        // the rescan that follows re-watching picks it up either way.
        h.write("back.txt", DaemonHarness.article(1))
        try h.waitForStatus("2 ingested", timeout: 30) { $0.ingested == 2 }
        #expect(h.stop() == 0)
        #expect(h.log.contains("is back"))
    }

    @Test func survivesRepeatedSIGKILLWithEveryFileIngestedExactlyOnce() throws {
        let h = try DaemonHarness()
        let total = 2000
        for i in 0..<total { h.write("crash-\(i).txt", DaemonHarness.article(i)) }
        // Small batches make many commits, so each kill lands between or inside them. A kill from
        // outside is a crash to the crash ledger: an innocent file in hand at three of the eight
        // kills would be set aside as crashed-newsd (quarantine_after, tested on its own), so here
        // the ledger only retries.
        let config = h.root + "/small-batches.yaml"
        try "batch_max_files: 8\nquarantine_after: 100\n".write(toFile: config, atomically: true, encoding: .utf8)
        var kills = 0
        while kills < 8, !h.files(in: h.inbox).isEmpty {
            let before = h.files(in: h.inbox).count
            try h.start(arguments: ["--config", config])
            // Kill as soon as this run has moved something out of the inbox.
            try h.notify!.wait(for: "progress") { _ in h.files(in: h.inbox).count < before }
            h.crash()
            kills += 1
        }
        #expect(kills >= 3, "the burst ended before the daemon could be killed mid-way")
        try h.start(arguments: ["--config", config])
        try h.notify!.wait(for: "an empty inbox", timeout: 120) { _ in h.files(in: h.inbox).isEmpty }
        #expect(h.stop() == 0)
        // Why a file was set aside, when one was: its reason file, and the daemon's own words.
        let reasons = h.files(in: h.failed).filter { $0.hasSuffix(".error.json") }
            .map { (try? String(contentsOfFile: h.failed + "/" + $0, encoding: .utf8)) ?? $0 }
        #expect(h.files(in: h.processed).count == total, "set aside: \(reasons)")
        let stats = try h.cli(["stats", "--json"])
        #expect(stats.out.contains("\"articles\":\(total)"), "\(stats.out)")
        #expect(stats.out.contains("\"duplicates\":0"), "\(stats.out)")
        #expect(stats.out.contains("\"failed\":0"), "\(stats.out)")
        let verify = try h.cli(["verify"])
        #expect(verify.status == 0, "\(verify.err)")
    }
}

extension DaemonHarness {
    static var today: String {
        var t = time(nil)
        var parts = tm()
        gmtime_r(&t, &parts)
        return String(format: "%04d/%02d/%02d", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday)
    }
}
