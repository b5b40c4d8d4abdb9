import Foundation
import Logging
import NewsCore
import NewsStoreSQLite
import Synchronization
import Testing

@testable import NewsRuntime

/// A sink that refuses (as when journald is stopped) while told to, and keeps what it took.
final class SwitchableSink: AlertSink {
    let id = "journal"
    let refusing = Mutex(true)
    let taken = Mutex<[AlertRecord]>([])

    func deliver(_ alert: AlertRecord) throws(SinkError) {
        if refusing.withLock({ $0 }) { throw SinkError(.transient, "refused") }
        taken.withLock { $0.append(alert) }
    }
}

@Suite(.serialized) struct AlertServiceTests {
    static let story = """
        Japanese and Vietnamese coast guard officials met in Da Nang to agree on joint patrols in the South China Sea, \
        after Chinese vessels blocked fishing boats near the Paracel Islands. Japan will provide patrol vessels, \
        Defence Minister Nobuo Kishi said, and the two navies will hold naval exercises next year.
        """

    static func store() throws -> (SQLiteArticleStore, String) {
        var template = Array("/tmp/newsd-alerts-XXXXXX".utf8CString)
        let dir = String(cString: mkdtemp(&template)!)
        return (try SQLiteArticleStore(path: dir + "/newsd.db"), dir)
    }

    static func ingest(_ store: SQLiteArticleStore, _ linker: StoryLinker, _ name: String, _ title: String, _ body: String) throws {
        let (article, analysis) = Analyzer().analyze(Article(title: title, body: body, format: "text"))
        _ = try store.commit(
            [IntakeItem(file: name, identity: nil, sha256: ContentHash.sha256Hex(Array((title + body).utf8)),
                        result: .success([article]), analyses: [analysis])],
            at: Int64(Date().timeIntervalSince1970 * 1000), linker: linker)
    }

    @Test func alertsWaitInTheStoreWhileJournaldRefusesThemAndNoneIsLost() async throws {
        let (store, dir) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let linker = StoryLinker()
        let index = SubscriptionIndex([
            try Subscription(id: "jp-vn", query: "country:JP AND country:VN AND topic:maritime-security", priority: "warning"),
            try Subscription(id: "paracel", query: "place:\"Paracel Islands\"", priority: "err"),
        ])
        let sink = SwitchableSink()
        let service = AlertService(
            store: try SQLiteStore(path: store.path), sink: sink, subscriptions: .init(index: index, defaultWindow: 86400),
            logger: Logger(label: "test"))
        try Self.ingest(store, linker, "a.txt", "Japan and Vietnam agree on patrols", Self.story)
        try Self.ingest(store, linker, "b.txt", "Vietnam, Japan to patrol together", Self.story)  // a reprint: same story
        #expect(try await service.match() == 2, "one alert per subscription and story")
        #expect(await service.deliver() == 0)
        #expect(sink.taken.withLock { $0.isEmpty })
        // Two alerts, and the reprint's two matches folded into them (sent at info level, never silent).
        #expect(try store.pendingAlerts(limit: 10).count == 4)
        #expect(await service.isBackingOff)
        #expect(await service.deliver() == 0, "backing off: no new attempt yet")

        // journald is back: the waiting alerts go out, once each.
        sink.refusing.withLock { $0 = false }
        #expect(await service.deliver(ignoringBackoff: true) == 4)
        #expect(await !service.isBackingOff)
        let taken = sink.taken.withLock { $0 }
        #expect(taken.filter { $0.foldedInto == nil }.map(\.alert).sorted() == ["jp-vn", "paracel"])
        let folded = taken.filter { $0.foldedInto != nil }
        #expect(folded.map(\.alert).sorted() == ["jp-vn", "paracel"])
        #expect(folded.allSatisfy { $0.foldedInto == 1 && $0.seq == 2 && $0.priority == 6 })
        #expect(JournalAlertSink.fields(folded[0]).contains("NEWSD_FOLDED_INTO=1"))
        #expect(try store.pendingAlerts(limit: 10).isEmpty)
        let recorded = try store.alerts(sinceMillis: 0, alert: "jp-vn")
        #expect(recorded.count == 2)
        #expect(recorded.first?.count == 2, "the reprint is counted on the first alert")
        #expect(recorded.first?.priority == 4)
        #expect(recorded.last?.foldedInto == 1)
        // Nothing new: matching again raises nothing.
        #expect(try await service.match() == 0)
    }

    @Test func aDifferentStoryAlertsAgainAndOldArticlesDoNotFloodANewSubscription() async throws {
        let (store, dir) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let linker = StoryLinker()
        let service = AlertService(
            store: try SQLiteStore(path: store.path), sink: SwitchableSink(),
            subscriptions: .init(index: SubscriptionIndex([]), defaultWindow: 86400), logger: Logger(label: "test"))
        try Self.ingest(store, linker, "old.txt", "Japan and Vietnam agree on patrols", Self.story)
        try await service.match()  // no subscriptions yet: the watermark moves on
        service.update(.init(index: SubscriptionIndex([try Subscription(id: "sea", query: "\"South China Sea\" OR \"Taiwan Strait\"")]), defaultWindow: 86400))
        try Self.ingest(store, linker, "new.txt", "Warship sails through Taiwan Strait",
                        "A Canadian frigate sailed through the Taiwan Strait on Sunday, and Beijing condemned the transit as provocative.")
        #expect(try await service.match() == 1)
        #expect(try store.alerts(sinceMillis: 0, alert: "sea").map(\.title) == ["Warship sails through Taiwan Strait"])
    }
}

@Suite struct JournalAlertSinkTests {
    @Test func noJournalSocketIsAFailureToRetryNotASilentSuccess() {
        var sink = JournalAlertSink()
        sink.socketPath = "/tmp/newsd-no-such-journal-\(UUID().uuidString)"
        let alert = AlertRecord(
            id: 1, content: Alert(alert: "a", priority: 4, seq: 1, story: 1, title: "t", url: nil, file: "f", source: nil,
                                  topics: [], countries: [], score: 0.5),
            atMillis: 0)
        #expect(sink.send(alert) == -ENOENT)
    }
}

@Suite(.serialized, .timeLimit(.minutes(2)), .enabled(if: journaldIsRunning, "journald is not running"))
struct AlertJournalTests {
    @Test func alertsReachJournaldWithTheirFieldsOncePerStory() throws {
        let h = try DaemonHarness()
        let tag = "t\(UInt32.random(in: 0...UInt32.max))"
        let subs = h.root + "/subscriptions.yaml"
        try """
            subscriptions:
              - id: \(tag)-jpvn
                query: country:JP AND country:VN AND (topic:defense OR topic:maritime-security)
                priority: warning
                description: Japan and Vietnam on defence
              - id: \(tag)-senkaku
                query: 'place:"Senkaku Islands"'
                priority: err
            """.write(toFile: subs, atomically: true, encoding: .utf8)
        try "subscriptions_file: \(subs)\n".write(toFile: h.root + "/newsd.yaml", atomically: true, encoding: .utf8)
        let follower = try JournalTests.JournalFollower(matches: ["MESSAGE_ID=\(JournalMark.testAlertID)", "SYSLOG_IDENTIFIER=\(JournalMark.testIdentifier)"])
        try h.start(arguments: ["--config", h.root + "/newsd.yaml"])
        try h.drop("a.txt", "Japan and Vietnam agree to boost defence ties\n\n" + AlertServiceTests.story)
        try h.waitForStatus("1 ingested") { $0.ingested >= 1 }
        try h.drop("b.txt", "Vietnam and Japan deepen defence cooperation\n\n" + AlertServiceTests.story)  // same story
        try h.drop("c.txt", "Chinese ships near the Senkakus\n\nChina Coast Guard vessels entered waters near the Senkaku Islands on Tuesday, the Japan Coast Guard said.")
        try h.waitForStatus("3 ingested") { $0.ingested >= 3 }

        var seen: [String: [String: Any]] = [:]
        var folded: [[String: Any]] = []
        while seen.count < 2 || folded.isEmpty, let entry = follower.next(timeout: 20) {
            guard let alert = entry["NEWSD_ALERT"] as? String, alert.hasPrefix(tag) else { continue }
            if entry["NEWSD_FOLDED_INTO"] != nil {
                folded.append(entry)
                continue
            }
            #expect(seen[alert] == nil, "\(alert) alerted twice for one story")
            seen[alert] = entry
        }
        // b.txt, of the first story, is sent too, at info level, pointing at the first alert.
        #expect(folded.count == 1)
        #expect(folded.first?["NEWSD_ALERT"] as? String == "\(tag)-jpvn")
        #expect(folded.first?["NEWSD_SEQ"] as? String == "2")
        #expect(folded.first?["NEWSD_FOLDED_INTO"] as? String == "1")
        // A test's alerts go in at debug priority, never passing for real ones; NEWSD_PRIORITY keeps the intended one.
        #expect(folded.first?["PRIORITY"] as? String == "7")
        #expect(folded.first?["NEWSD_PRIORITY"] as? String == "6")
        let jpvn = try #require(seen["\(tag)-jpvn"])
        #expect(jpvn["NEWSD_PRIORITY"] as? String == "4")
        #expect(jpvn["NEWSD_TEST"] as? String == "1")
        #expect(jpvn["SYSLOG_IDENTIFIER"] as? String == JournalMark.testIdentifier)
        #expect(jpvn["NEWSD_SEQ"] as? String == "1")
        #expect(jpvn["NEWSD_TITLE"] as? String == "Japan and Vietnam agree to boost defence ties")
        #expect(jpvn["NEWSD_FILE"] as? String == "a.txt")
        #expect((jpvn["NEWSD_COUNTRIES"] as? String)?.split(separator: ",").contains("JP") == true)
        #expect((jpvn["NEWSD_TOPICS"] as? String)?.contains("defense") == true)
        #expect(jpvn["NEWSD_STORY"] as? String == "1")
        #expect(jpvn["NEWSD_SCORE"] != nil)
        #expect((jpvn["MESSAGE"] as? String)?.contains("\(tag)-jpvn") == true)
        #expect(jpvn["NEWSD_STORE"] as? String == JournalAlertSink.storeIdentity(h.state + "/newsd.db"))
        let senkaku = try #require(seen["\(tag)-senkaku"])
        #expect(senkaku["NEWSD_PRIORITY"] as? String == "3")
        #expect(senkaku["NEWSD_SEQ"] as? String == "3")
        // No second alert for the first story: b.txt is counted on the first alert.
        #expect(follower.next(timeout: 1.5).flatMap { ($0["NEWSD_ALERT"] as? String)?.hasPrefix(tag) == true ? $0 : nil } == nil)
        #expect(h.stop() == 0)
        let out = try h.cli(["alerts", "--from-store", "--json", "--alert", "\(tag)-jpvn"])
        #expect(out.out.contains("\"count\":2"), "\(out.out)")
        // From the journal: this store's alerts; another store's `newsd alerts` does not show them.
        let mine = try h.cli(["alerts", "--json", "--alert", "\(tag)-senkaku"])
        #expect(mine.out.contains("Chinese ships near the Senkakus"), "\(mine.out) \(mine.err)")
        let other = try DaemonHarness()
        try FileManager.default.createDirectory(atPath: other.state, withIntermediateDirectories: true)
        let theirs = try other.cli(["alerts", "--json", "--alert", "\(tag)-senkaku"])
        #expect(!theirs.out.contains("Senkakus"), "\(theirs.out)")
        let every = try other.cli(["alerts", "--json", "--all-stores", "--alert", "\(tag)-senkaku"])
        #expect(every.out.contains("Chinese ships near the Senkakus"), "\(every.out)")
    }

    @Test func aBadSubscriptionsFileIsRefusedOnReloadAndTheOldOneKept() throws {
        let h = try DaemonHarness()
        let subs = h.root + "/subscriptions.yaml"
        try "subscriptions:\n  - id: sea\n    query: '\"South China Sea\"'\n".write(toFile: subs, atomically: true, encoding: .utf8)
        try "subscriptions_file: \(subs)\n".write(toFile: h.root + "/newsd.yaml", atomically: true, encoding: .utf8)
        let notify = try h.start(arguments: ["--config", h.root + "/newsd.yaml"])
        try "subscriptions:\n  - id: sea\n    query: 'place:(\"South China Sea\"'\n".write(toFile: subs, atomically: true, encoding: .utf8)
        h.signal(SIGHUP)
        try notify.wait(for: "a refused reload", timeout: 20) { $0.contains("Reload refused") && $0.contains("subscriptions.yaml:3") }
        try h.drop("a.txt", "Ships in the South China Sea\n\nShips sailed in the South China Sea on Monday.")
        try h.waitForStatus("1 alert") { $0.ingested >= 1 }
        #expect(h.stop() == 0)
        let out = try h.cli(["alerts", "--from-store", "--alert", "sea"])
        #expect(out.out.contains("Ships in the South China Sea"), "the old subscriptions still alert: \(out.out) \(h.log)")
    }

    /// 20,000 nested parentheses crashed `rules check`, the daemon at start and on SIGHUP.
    @Test func aQueryNestedTooDeepIsRefusedByRulesCheckAtStartAndOnReload() throws {
        let h = try DaemonHarness()
        let deep = h.root + "/deep.yaml"
        let nesting = String(repeating: "(", count: 5000) + "sea" + String(repeating: ")", count: 5000)
        try "subscriptions:\n  - id: deep\n    query: '\(nesting)'\n".write(toFile: deep, atomically: true, encoding: .utf8)
        let check = try h.cli(["rules", "check", deep], store: false)
        #expect(check.status == 78 && check.err.contains("deep.yaml:3:77: deep: query: the query nests deeper than 64 levels"), "\(check)")
        try "subscriptions_file: \(deep)\n".write(toFile: h.root + "/deep-newsd.yaml", atomically: true, encoding: .utf8)
        let start = try h.cli(["run", "--config", h.root + "/deep-newsd.yaml", "--inbox", h.inbox], store: true)
        #expect(start.status != 0 && start.status < 128 && start.err.contains("deeper than 64 levels"), "\(start)")

        let subs = h.root + "/subscriptions.yaml"
        try "subscriptions:\n  - id: sea\n    query: 'sea'\n".write(toFile: subs, atomically: true, encoding: .utf8)
        try "subscriptions_file: \(subs)\n".write(toFile: h.root + "/newsd.yaml", atomically: true, encoding: .utf8)
        let notify = try h.start(arguments: ["--config", h.root + "/newsd.yaml"])
        try FileManager.default.removeItem(atPath: subs)
        try FileManager.default.copyItem(atPath: deep, toPath: subs)
        h.signal(SIGHUP)
        try notify.wait(for: "a refused reload", timeout: 20) { $0.contains("Reload refused") && $0.contains("deeper than 64") }
        try h.drop("a.txt", "Ships at sea\n\nShips sailed at sea on Monday.")
        try h.waitForStatus("1 alert") { $0.ingested >= 1 }
        #expect(h.stop() == 0)
        let out = try h.cli(["alerts", "--from-store", "--alert", "sea"])
        #expect(out.out.contains("Ships at sea"), "the old subscriptions still alert: \(out.out) \(h.log)")
    }
}
