import Foundation
import Glibc
import Logging
import NewsCore
import NewsStoreSQLite
import NewsTestSupport
import Synchronization
import Testing

@testable import NewsRuntime

/// The engine in-process, on its own thread, with an injected journal: the in-memory store where
/// the database is not the point, the real one where it is.
@Suite(.serialized, .timeLimit(.minutes(1)))
struct IngestEngineTests {
    /// A configuration over the harness's folders.
    static func configuration(_ h: DaemonHarness) throws -> NewsdConfiguration {
        var config = NewsdConfiguration(environment: [:])
        config.inbox = h.inbox
        config.stateDirectory = h.state
        config.processedDirectory = h.processed
        config.failedDirectory = h.failed
        try FileManager.default.createDirectory(atPath: h.state, withIntermediateDirectories: true)
        return config
    }

    /// Runs an engine on its own thread; returns its control, a stream of counter updates, and
    /// a stream that finishes when the engine has stopped.
    static func start(_ config: NewsdConfiguration, store: any ArticleJournal, logger: Logger = Logger(label: "test")) throws
        -> (EngineControl, AsyncStream<IngestCounters>.Iterator, AsyncStream<Void>)
    {
        let (updates, continuation) = AsyncStream<IngestCounters>.makeStream()
        let control = EngineControl(waker: try Waker.make()) { continuation.yield($0) }
        let finished = AsyncStream<Void>.makeStream()
        let thread = Thread {
            let engine = try! IngestEngine(
                config: config, journal: store, control: control, notifier: SystemdNotifier(), logger: logger)
            engine.run()
            finished.continuation.finish()
        }
        thread.start()
        return (control, updates.makeAsyncIterator(), finished.stream)
    }

    /// With more files than one batch, a batch is decoded while the failing one commits: it
    /// must stay in the inbox as well, and be found again once the store takes writes.
    @Test(arguments: [3, 700])
    func keepsFilesInTheInboxWhileTheStoreIsFullAndResumesByItself(files: Int) async throws {
        let h = try DaemonHarness()
        let config = try Self.configuration(h)
        let store = InMemoryStore()
        await store.failEveryAppend(with: StoreError(.transient, "database or disk is full"))
        for i in 0..<files { h.write("f\(i).txt", DaemonHarness.article(i)) }
        var (control, iterator, finished) = try Self.start(config, store: store)

        while let c = await iterator.next(), c.storeProblem == nil {}
        #expect(h.files(in: h.inbox).count == files)
        #expect(try await store.stats().articles == 0)

        await store.failEveryAppend(with: nil)
        while let c = await iterator.next(), !(c.articles == files && c.storeProblem == nil) {}
        #expect(h.files(in: h.inbox).isEmpty)
        #expect(h.files(in: h.processed).count == files)
        #expect(control.counters.failed == 0)

        control.requestStop()
        for await _ in finished {}
        #expect(try await store.verify { _, _ in }.problem == nil)
        #expect(try await store.stats().articles == files)
    }

    /// A store that says it is damaged is not written to blindly: the operator is told to run
    /// `newsd verify`, and the files wait in the inbox.
    @Test func aCorruptStoreIsReportedAsSuchAndTheFilesWait() async throws {
        let h = try DaemonHarness()
        let config = try Self.configuration(h)
        let store = InMemoryStore()
        await store.failEveryAppend(with: StoreError(.corrupt, "database disk image is malformed"))
        let messages = CapturedMessages()
        h.write("a.txt", DaemonHarness.article(1))
        var (control, iterator, finished) = try Self.start(config, store: store, logger: messages.logger)
        while let c = await iterator.next(), c.storeProblem == nil {}
        control.requestStop()
        for await _ in finished {}
        #expect(messages.lines.contains { $0.contains("is damaged") && $0.contains("newsd verify") })
        #expect(h.files(in: h.inbox) == ["a.txt"])
    }

    /// A batch is committed while the next is read and decoded. A file whose batch is still being
    /// committed may be announced again (here: written-and-closed a second time, unchanged); it
    /// must not be read into the next batch and stored a second time.
    @Test func aFileAnnouncedAgainWhileItsBatchCommitsIsStoredOnce() async throws {
        let h = try DaemonHarness()
        let config = try Self.configuration(h)
        let store = InMemoryStore()
        let messages = CapturedMessages()
        var (control, iterator, finished) = try Self.start(config, store: store, logger: messages.logger)
        let count = 400
        for i in 0..<count {
            h.write("f\(i).txt", DaemonHarness.article(i))
            // Announce again each of the files written so far that is still in the inbox.
            for j in stride(from: i, through: max(0, i - 20), by: -5) {
                let fd = open(h.inbox + "/f\(j).txt", O_WRONLY | O_APPEND)
                if fd >= 0 { close(fd) }
            }
        }
        while let c = await iterator.next(), c.articles + c.duplicates < count || c.queued > 0 {}
        control.requestStop()
        for await _ in finished {}
        #expect(control.counters.duplicates == 0)
        #expect(control.counters.articles == count)
        // Not read a second time (the store would recognise it, as after a crash, and say so).
        let again = messages.lines.filter { $0.contains("already recorded") }
        #expect(again.isEmpty, "\(again.count) files were read again, e.g. \(again.prefix(2))")
        #expect(messages.lines.filter { $0.contains("ingested f") }.count == count)
        #expect(try await store.stats().articles == count)
        #expect(h.files(in: h.inbox).isEmpty)
    }

    @Test func watchesSubfoldersInRecursiveMode() async throws {
        let h = try DaemonHarness()
        var config = try Self.configuration(h)
        config.recursive = true
        try FileManager.default.createDirectory(atPath: h.inbox + "/early", withIntermediateDirectories: true)
        h.write("a.txt", DaemonHarness.article(1), into: h.inbox + "/early")
        var (control, iterator, finished) = try Self.start(config, store: InMemoryStore())
        while let c = await iterator.next(), c.articles < 1 {}
        try FileManager.default.createDirectory(atPath: h.inbox + "/late/deeper", withIntermediateDirectories: true)
        h.write("b.txt", DaemonHarness.article(2), into: h.inbox + "/late/deeper")
        while let c = await iterator.next(), c.articles < 2 {}
        control.requestStop()
        for await _ in finished {}
        let day = DaemonHarness.today
        #expect(h.files(in: h.processed) == ["\(day)/early/a.txt", "\(day)/late/deeper/b.txt"])
    }

    /// Faults injected at the system-call layer (process-wide, hence this serialized suite): the
    /// article is committed but the file cannot leave the inbox. Nothing may be lost, and the move
    /// must happen by itself once the fault clears.
    @Test(arguments: [ENOSPC, EIO])
    func aFailedMoveLeavesTheFileInTheInboxUntilItCanMove(errno code: Int32) async throws {
        let h = try DaemonHarness()
        var config = try Self.configuration(h)
        config.rescanInterval = 1
        let store = try SQLiteStore(path: config.storePath)
        // The spool exists already; the faults hit the move into processed/YYYY/MM/DD.
        for folder in [h.processed, h.failed] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        Syscalls.inject(["rename": code, "mkdir": code])
        defer { Syscalls.inject([:]) }
        h.write("stuck.txt", DaemonHarness.article(1))
        var (control, iterator, finished) = try Self.start(config, store: store)
        while let c = await iterator.next(), c.articles < 1 {}
        #expect(h.files(in: h.inbox) == ["stuck.txt"])

        Syscalls.inject([:])
        // The next backstop rescan finds the file, recognises it as recorded, and moves it.
        while h.files(in: h.inbox) == ["stuck.txt"], await iterator.next() != nil {}
        control.requestStop()
        for await _ in finished {}
        #expect(h.files(in: h.inbox).isEmpty)
        #expect(h.files(in: h.processed) == ["\(DaemonHarness.today)/stuck.txt"])
        let stats = try await store.stats()
        #expect(stats.articles == 1)
        #expect(stats.duplicates == 0)
    }

    /// The same, with the backstop rescan five minutes away: the move is retried with backoff
    /// (0.5 s, 1 s, ...), not left for the rescan. A refused file (its report and move to failed/)
    /// too.
    @Test func aFailedMoveIsRetriedWithoutWaitingForTheRescan() async throws {
        let h = try DaemonHarness()
        var config = try Self.configuration(h)
        config.rescanInterval = 300
        let store = try SQLiteStore(path: config.storePath)
        for folder in [h.processed, h.failed] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        Syscalls.inject(["rename": ENOSPC, "mkdir": ENOSPC])
        defer { Syscalls.inject([:]) }
        h.write("stuck.txt", DaemonHarness.article(1))
        h.write("empty.txt", "")
        var (control, iterator, finished) = try Self.start(config, store: store)
        while let c = await iterator.next(), !(c.articles == 1 && c.failed == 1 && c.spoolProblem != nil) {}
        #expect(h.files(in: h.inbox) == ["empty.txt", "stuck.txt"])
        #expect(control.counters.statusLine.contains("cannot leave the inbox"))

        Syscalls.inject([:])
        while let c = await iterator.next(), c.spoolProblem != nil {}
        control.requestStop()
        for await _ in finished {}
        #expect(h.files(in: h.inbox).isEmpty)
        #expect(h.files(in: h.processed) == ["\(DaemonHarness.today)/stuck.txt"])
        #expect(h.files(in: h.failed) == ["empty.txt", "empty.txt.error.json"])
        let stats = try await store.stats()
        #expect(stats.articles == 1 && stats.duplicates == 0 && stats.failed == 1)
    }

    @Test(arguments: [NewsdConfiguration.AfterIngest.move, .delete])
    func aFileReplacedAfterItWasReadIsNotMovedAwayUningested(afterIngest: NewsdConfiguration.AfterIngest) async throws {
        let h = try DaemonHarness()
        var config = try Self.configuration(h)
        config.afterIngest = afterIngest
        let path = h.inbox + "/story.txt"
        let newer = DaemonHarness.article(2)
        let root = h.root
        let store = InMemoryStore()
        await store.beforeNextAppend {
            // As rsync does: write beside, rename over the old name, while the first commit runs.
            _ = FileManager.default.createFile(atPath: root + "/.new", contents: Data(newer.utf8))
            _ = rename(root + "/.new", path)
        }
        h.write("story.txt", DaemonHarness.article(1))
        var (control, iterator, finished) = try Self.start(config, store: store)
        while let c = await iterator.next(), c.articles < 2 {}
        control.requestStop()
        for await _ in finished {}
        #expect(try await store.stats().articles == 2)
        #expect(h.files(in: h.inbox).isEmpty)
        #expect(try await store.search(SearchQuery("\"Article number 2\""), limit: 5).hits.count == 1)
        guard afterIngest == .move else { return }
        let processed = h.files(in: h.processed)
        #expect(processed == ["\(DaemonHarness.today)/story.txt"])
        let kept = try String(contentsOfFile: h.processed + "/" + (processed.first ?? ""), encoding: .utf8)
        #expect(kept == newer)
    }
}

/// A logger whose messages a test can read.
final class CapturedMessages: Sendable {
    private let storage = Mutex<[String]>([])
    var lines: [String] { storage.withLock { $0 } }

    var logger: Logger {
        Logger(label: "test") { _ in Handler(owner: self) }
    }

    struct Handler: LogHandler {
        let owner: CapturedMessages
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .info
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) {
            owner.storage.withLock { $0.append(event.message.description) }
        }
    }
}

/// A file the startup scan finds while its writer still holds it open, empty, is not refused as
/// empty: it waits for its IN_CLOSE_WRITE (or for not having changed for a second).
@Suite(.serialized, .timeLimit(.minutes(1)))
struct ScanSettleTests {
    @Test func aFileFoundEmptyByTheScanWhileBeingWrittenIsStoredWhenClosed() async throws {
        let h = try DaemonHarness()
        let config = try IngestEngineTests.configuration(h)
        try FileManager.default.createDirectory(atPath: h.inbox, withIntermediateDirectories: true)
        let fd = open(h.inbox + "/held.txt", O_CREAT | O_WRONLY | O_TRUNC, 0o644)
        #expect(fd >= 0)
        // Its writer is busy (it keeps touching the file, as a slow download does) until the
        // other file, found by the same scan, has settled and been stored.
        let writing = Atomic(true)
        let writer = Thread {
            while writing.load(ordering: .relaxed) {
                futimens(fd, nil)
                usleep(50_000)
            }
        }
        writer.start()
        h.write("ready.txt", DaemonHarness.article(1))
        let store = InMemoryStore()
        var (control, iterator, finished) = try IngestEngineTests.start(config, store: store)
        while let c = await iterator.next(), c.articles + c.failed < 1 {}
        writing.store(false, ordering: .relaxed)
        guard control.counters.failed == 0 else {
            close(fd)
            control.requestStop()
            for await _ in finished {}
            Issue.record("the empty file was read before its writer was done, and refused")
            return
        }
        let body = Array(DaemonHarness.article(2).utf8)
        #expect(write(fd, body, body.count) == body.count)
        close(fd)
        while let c = await iterator.next(), c.articles + c.failed < 2 {}
        control.requestStop()
        for await _ in finished {}
        #expect(control.counters.failed == 0)
        #expect(control.counters.articles == 2)
        #expect(try await store.stats().failed == 0)
        #expect(h.files(in: h.inbox).isEmpty)
    }

    @Test func onlyAFileChangedWithinTheSettleTimeWaits() throws {
        let h = try DaemonHarness()
        try FileManager.default.createDirectory(atPath: h.inbox, withIntermediateDirectories: true)
        let intake = FileIntake(maximumFileSize: 1 << 20)
        func read(mtime: Int) -> FileIntake.Prepared {
            h.write("f.txt", "text")
            var times = [timespec(tv_sec: time(nil) + mtime, tv_nsec: 0), timespec(tv_sec: time(nil) + mtime, tv_nsec: 0)]
            _ = utimensat(AT_FDCWD, h.inbox + "/f.txt", &times, 0)
            return intake.read(path: RawPath(escaped: h.inbox + "/f.txt"), name: "f.txt", recordIdentity: true, settle: 5)
        }
        guard case .notBefore(let due) = read(mtime: 0) else { Issue.record("a file changed now waits"); return }
        #expect(due <= Date().timeIntervalSince1970 + 5)
        guard case .read = read(mtime: -60) else { Issue.record("a file changed a minute ago is read"); return }
        guard case .read = read(mtime: 3600) else { Issue.record("a clock an hour ahead holds nothing"); return }
    }
}
