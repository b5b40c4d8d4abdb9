import Crypto
import Foundation
import Logging
import NewsCore
import NewsStoreSQLite
import Synchronization
import Testing

@testable import NewsRuntime

/// A sink that takes everything and yields each alert it took, so a test awaits deliveries.
final class StreamingSink: AlertSink {
    let id: String
    let taken: AsyncStream<AlertRecord>
    private let continuation: AsyncStream<AlertRecord>.Continuation

    init(id: String = "journal") {
        self.id = id
        (taken, continuation) = AsyncStream.makeStream()
    }

    func deliver(_ alert: AlertRecord) throws(SinkError) { continuation.yield(alert) }
}

/// The store's outbox, counting how often it is asked for pending alerts.
final class CountingOutbox: AlertOutbox {
    let store: SQLiteStore
    let pendingCalls = Atomic<Int>(0)

    init(_ store: SQLiteStore) { self.store = store }

    func matchWatermark() async throws(StoreError) -> Int64 { try await store.matchWatermark() }
    func lastArticleSeq() async throws(StoreError) -> Int64 { try await store.lastArticleSeq() }
    func record(_ matches: [AlertMatch], watermark: Int64, at millis: Int64) async throws(StoreError) -> [AlertRecord] {
        try await store.record(matches, watermark: watermark, at: millis)
    }
    func pending(sink: String, dueAt millis: Int64, limit: Int) async throws(StoreError) -> [AlertRecord] {
        pendingCalls.add(1, ordering: .relaxed)
        return try await store.pending(sink: sink, dueAt: millis, limit: limit)
    }
    func markDelivered(_ alert: Int64, sink: String, at millis: Int64) async throws(StoreError) {
        try await store.markDelivered(alert, sink: sink, at: millis)
    }
    func markFailed(_ alert: Int64, sink: String, error: String, at millis: Int64, retryAt: Int64?) async throws(StoreError) {
        try await store.markFailed(alert, sink: sink, error: error, at: millis, retryAt: retryAt)
    }
    func alerts(sinceMillis: Int64, alert: String?, limit: Int) async throws(StoreError) -> [AlertRecord] {
        try await store.alerts(sinceMillis: sinceMillis, alert: alert, limit: limit)
    }
}

@Suite(.serialized) struct SinkDeliveryTests {
    static let quick = DeliveryBackoff(initial: .milliseconds(10), maximum: .milliseconds(40))

    /// A store with one article and `count` alerts on it (subscriptions s1...), each for `sinks`.
    static func outbox(alerts count: Int, sinks: [String]) throws -> (SQLiteArticleStore, String) {
        let (store, dir) = try AlertServiceTests.store()
        try AlertServiceTests.ingest(store, StoryLinker(), "a.txt", "Japan and Vietnam agree on patrols", AlertServiceTests.story)
        let stored = try #require(try store.article(seq: 1))
        let matches = (1...count).map { i in
            AlertMatch(
                Alert(alert: "s\(i)", priority: 4, seq: 1, story: 1, title: stored.article.headline, url: "https://example.org/a",
                      file: "a.txt", source: nil, topics: ["maritime-security"], countries: ["JP", "VN"], score: 0.5),
                windowMillis: 0, sinks: sinks)
        }
        try store.recordMatches(matches, watermark: 1, at: Int64(Date().timeIntervalSince1970 * 1000))
        return (store, dir)
    }

    /// Checks a request's signature as a receiver would, with its own HMAC.
    static func signatureIsValid(_ r: WebhookTestServer.Request, secret: String) -> Bool {
        guard let timestamp = r.headers["x-newsd-timestamp"], let signature = r.headers["x-newsd-signature"] else { return false }
        let mac = HMAC<SHA256>.authenticationCode(for: Array((timestamp + ".").utf8) + r.body, using: SymmetricKey(data: Array(secret.utf8)))
        return signature == "sha256=" + mac.map { String(format: "%02x", $0) }.joined()
    }

    @Test(.timeLimit(.minutes(1))) func aWebhookFailingItsFirstRequestsGetsEveryAlertOnceSigned() async throws {
        let (store, dir) = try Self.outbox(alerts: 3, sinks: ["journal", "hook"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let answered = Mutex(0)
        let server = try await WebhookTestServer { _ in answered.withLock { $0 += 1; return $0 <= 2 ? 503 : 200 } }
        let client = WebhookClient()
        let sink = WebhookAlertSink(
            id: "hook", configuration: .init(url: server.url), secret: Array("s3cret".utf8), store: "test-store", client: client)
        let service = AlertDeliveryService(
            sink: sink, outbox: try SQLiteStore(path: store.path), backoff: Self.quick, logger: Logger(label: "test"))
        // Each pass stops at the first refusal and backs off; passes are driven here, not timed.
        var taken = 0
        for _ in 0..<5 where taken < 3 {
            taken += await service.deliver(ignoringBackoff: true)
            if taken == 0 { #expect(await service.isBackingOff) }
        }
        #expect(await !service.isBackingOff)
        try await client.shutdown()
        try await server.stop()
        server.finish()
        var requests: [WebhookTestServer.Request] = []
        for await request in server.requests { requests.append(request) }

        #expect(requests.count == 5, "two refusals (503), then one request per alert")
        #expect(requests.allSatisfy { Self.signatureIsValid($0, secret: "s3cret") })
        #expect(!Self.signatureIsValid(requests[0], secret: "wrong"))
        let delivered = requests.filter { $0.status == 200 }.compactMap { $0.headers["x-newsd-alert-id"] }
        #expect(Set(delivered) == ["1", "2", "3"], "each alert once")
        let doc = try JSONDecoder().decode(AlertDocument.self, from: Data(requests.last!.body))
        #expect(doc.subscription == "s3" && doc.countries == ["JP", "VN"] && doc.store == "test-store")
        // The webhook's deliveries are confirmed; the journal's are untouched and still wait.
        #expect(try store.pendingAlerts(sink: "hook", limit: 10).isEmpty)
        #expect(try store.pendingAlerts(sink: "journal", limit: 10).count == 3)
        let first = try #require(try store.alerts(sinceMillis: 0, alert: "s1").first)
        let hook = try #require(first.deliveries.first { $0.sink == "hook" })
        #expect(hook.attempts == 3 && hook.isDelivered && hook.lastError == nil)
        #expect(first.deliveredMillis == nil, "not delivered everywhere yet")
        try store.markDelivered(1, sink: "journal", at: 1)
        #expect(try store.alerts(sinceMillis: 0, alert: "s1").first?.deliveredMillis == 1)
    }

    @Test(.timeLimit(.minutes(1))) func anAlertTheReceiverRefusesIsKeptAndRetriedSlowlyWhileTheOthersGoThrough() async throws {
        let (store, dir) = try Self.outbox(alerts: 3, sinks: ["hook"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let server = try await WebhookTestServer { r in String(decoding: r.body, as: UTF8.self).contains("\"subscription\":\"s2\"") ? 422 : 200 }
        let client = WebhookClient()
        let service = AlertDeliveryService(
            sink: WebhookAlertSink(id: "hook", configuration: .init(url: server.url), secret: nil, store: nil, client: client),
            outbox: try SQLiteStore(path: store.path), backoff: Self.quick, logger: Logger(label: "test"))
        let before = Int64(Date().timeIntervalSince1970 * 1000)
        #expect(await service.deliver() == 2)
        #expect(await service.deliver() == 0, "the refused alert is not offered again at once")
        try await client.shutdown()
        try await server.stop()
        #expect(try store.pendingAlerts(sink: "hook", dueAt: before, limit: 10).isEmpty)
        let refused = try store.pendingAlerts(sink: "hook", limit: 10)
        #expect(refused.map(\.alert) == ["s2"], "kept, never dropped")
        let d = try #require(refused.first?.deliveries.first)
        #expect(d.attempts == 1 && d.lastError?.contains("422") == true)
        #expect((d.nextAttemptMillis ?? 0) >= before + 290_000)
    }

    @Test(.timeLimit(.minutes(1))) func aHangingWebhookDelaysNeitherTheJournalNorMatching() async throws {
        let (store, dir) = try AlertServiceTests.store()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // A listener that never accepts: connections open, requests go unanswered.
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(listener) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        try #require(withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, length) } } == 0)
        try #require(listen(listener, 16) == 0)
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) } }
        var hook = SinkConfiguration.Webhook(url: "http://127.0.0.1:\(UInt16(bigEndian: addr.sin_port))/hook")
        hook.timeout = 60
        let client = WebhookClient()
        let journal = StreamingSink()
        let index = SubscriptionIndex([try Subscription(id: "jp-vn", query: "country:JP AND country:VN", sinks: ["journal", "hook"])])
        let service = AlertService(
            store: try SQLiteStore(path: store.path),
            sinks: [WebhookAlertSink(id: "hook", configuration: hook, secret: nil, store: nil, client: client), journal],
            subscriptions: .init(index: index, defaultWindow: 0), logger: Logger(label: "test"))
        let running = Task { await service.run() }
        let linker = StoryLinker()
        var taken: [AlertRecord] = []
        for (i, title) in ["Japan and Vietnam agree on patrols", "Vietnam and Japan hold talks on fishing"].enumerated() {
            try AlertServiceTests.ingest(store, linker, "\(i).txt", title, "Officials of Japan and Vietnam met in Hanoi on Monday. " + String(repeating: "Talks went on. ", count: i * 5 + 1))
            service.committed(nil)  // read back from the store
            for await alert in journal.taken {
                taken.append(alert)
                break
            }
        }
        running.cancel()
        await running.value
        try await client.shutdown()
        #expect(taken.map(\.alert) == ["jp-vn", "jp-vn"], "the journal got both while the webhook hung on the first")
        #expect(try store.pendingAlerts(sink: "journal", limit: 10).isEmpty)
        #expect(try store.pendingAlerts(sink: "hook", limit: 10).count == 2, "kept for the webhook")
    }

    @Test(.timeLimit(.minutes(1))) func aFoldedMatchWakesTheSinksAsANewAlertDoes() async throws {
        let (store, dir) = try AlertServiceTests.store()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let journal = StreamingSink()
        let index = SubscriptionIndex([try Subscription(id: "jp-vn", query: "country:JP AND country:VN")])
        // No polling to fall back on: only a wake delivers.
        let service = AlertService(
            store: try SQLiteStore(path: store.path), sinks: [journal], subscriptions: .init(index: index, defaultWindow: 86400),
            pollInterval: .seconds(3600), logger: Logger(label: "test"))
        let running = Task { await service.run() }
        let linker = StoryLinker()
        var taken: [AlertRecord] = []
        for (i, title) in ["Japan and Vietnam agree on patrols", "Vietnam, Japan to patrol together"].enumerated() {
            try AlertServiceTests.ingest(store, linker, "\(i).txt", title, AlertServiceTests.story)  // a reprint: one story
            service.committed(nil)  // read back from the store
            for await alert in journal.taken {
                taken.append(alert)
                break
            }
        }
        running.cancel()
        await running.value
        #expect(taken.map(\.foldedInto) == [nil, 1], "the reprint's match is folded, and still delivered at once")
    }

    @Test(.timeLimit(.minutes(1))) func anIdleServiceWaitsForAWakeAndDoesNotSpin() async throws {
        let (store, dir) = try Self.outbox(alerts: 1, sinks: ["journal"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let outbox = CountingOutbox(try SQLiteStore(path: store.path))
        let journal = StreamingSink()
        let service = AlertDeliveryService(sink: journal, outbox: outbox, pollInterval: .seconds(3600), logger: Logger(label: "test"))
        let running = Task { await service.run() }
        var taken = 0
        for await _ in journal.taken {
            taken += 1
            if taken == 2 { break }
            // A wake with nothing new, then, while the next alert is recorded (an fsync or two), an
            // idle service makes no query.
            service.wake()
            let stored = try #require(try store.article(seq: 1))
            try store.recordMatches(
                [AlertMatch(Alert(alert: "later", priority: 5, seq: 1, story: 1, title: stored.article.headline, url: nil, file: "a.txt",
                                  source: nil, topics: [], countries: [], score: 0), windowMillis: 0)],
                watermark: 1, at: Int64(Date().timeIntervalSince1970 * 1000))
            service.wake()
        }
        running.cancel()
        await running.value
        // One query per pass (the start, the empty wake, the wake with the new alert), one to spare;
        // a service woken again by its own cancelled timer made 60 here.
        #expect(outbox.pendingCalls.load(ordering: .relaxed) <= 4)
    }

    @Test func backoffDoublesToItsMaximumWithJitter() {
        let b = DeliveryBackoff()
        #expect(b.delay(afterFailures: 1, random: 0) == .milliseconds(500))
        #expect(b.delay(afterFailures: 2, random: 0) == .seconds(1))
        #expect(b.delay(afterFailures: 4, random: 0) == .seconds(4))
        #expect(b.delay(afterFailures: 50, random: 0) == .seconds(300))
        #expect(b.delay(afterFailures: 50, random: 1) == .seconds(360))
        #expect(b.delay(afterFailures: 1, random: -1) == .milliseconds(400))
        #expect([1, 2, 5, 6, 100].map { b.delay(afterRefusals: $0) } == [.seconds(300), .seconds(600), .seconds(4800), .seconds(4800), .seconds(4800)])
    }

    @Test(.timeLimit(.minutes(1))) func anExecSinkGetsTheAlertOnStdinAndIsKilledAtItsTimeout() async throws {
        let (store, dir) = try Self.outbox(alerts: 1, sinks: ["page"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let alert = try #require(try store.pendingAlerts(sink: "page", limit: 1).first)

        let out = dir + "/alert.json"
        try await ExecAlertSink(id: "page", configuration: .init(command: ["/bin/sh", "-c", "cat > \"$0\"", out]), store: nil).deliver(alert)
        let doc = try JSONDecoder().decode(AlertDocument.self, from: try Data(contentsOf: URL(fileURLWithPath: out)))
        #expect(doc.id == alert.id && doc.subscription == "s1" && doc.title == alert.title)

        var slow = SinkConfiguration.Exec(command: ["/bin/sleep", "30"])
        slow.timeout = 0.3
        let start = ContinuousClock.now
        let timedOut = await #expect(throws: SinkError.self) { try await ExecAlertSink(id: "page", configuration: slow, store: nil).deliver(alert) }
        #expect(ContinuousClock.now - start < .seconds(10), "killed at the timeout, not waited for")
        #expect(timedOut?.kind == .transient && timedOut?.message.contains("timeout") == true)

        let failing = await #expect(throws: SinkError.self) {
            try await ExecAlertSink(id: "page", configuration: .init(command: ["/bin/sh", "-c", "echo mail server down >&2; exit 3"]), store: nil).deliver(alert)
        }
        #expect(failing?.message.contains("status 3") == true && failing?.message.contains("mail server down") == true)

        // A command that floods stderr neither blocks on it nor fills the store with it.
        let flood = await #expect(throws: SinkError.self) {
            try await ExecAlertSink(id: "page", configuration: .init(command: ["/bin/sh", "-c", "head -c 1000000 /dev/zero | tr '\\0' x >&2; exit 1"]),
                                    store: nil).deliver(alert)
        }
        #expect((flood?.message.count ?? .max) < ChildProcess.stderrLimit + 200 && flood?.message.contains("xxxx") == true)

        let missing = await #expect(throws: SinkError.self) {
            try await ExecAlertSink(id: "page", configuration: .init(command: ["/nonexistent/pager"]), store: nil).deliver(alert)
        }
        #expect(missing?.kind == .permanent)
    }

    @Test func theJournalSinkWritesNativeEntriesToItsSocket() throws {
        let dir = NSTemporaryDirectory() + "newsd-journal-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let socket = try NotifySocket(path: dir + "/journal.sock")
        var sink = JournalAlertSink(store: "/x/newsd.db")
        sink.socketPath = socket.path
        let alert = AlertRecord(id: 7, content: Alert(alert: "sea", priority: 4, seq: 3, story: 3, title: "Line one\nline two", url: nil,
                                                      file: "a.txt", source: nil, topics: [], countries: [], score: 0), atMillis: 0)
        #expect(sink.send(alert) == 0)
        let entry = try #require(socket.receive(timeout: 5))
        #expect(entry.contains("NEWSD_ALERT=sea\n") && entry.contains("NEWSD_ALERT_ROW=7\n") && entry.contains("NEWSD_STORE=/x/newsd.db\n"))
        #expect(entry.contains("NEWSD_TITLE\n"), "a value with a newline goes in the binary form")
    }
}
