import CSQLite
import Foundation
import NewsCore
import Testing

@testable import NewsStoreSQLite

@Suite final class AlertDeliveryStoreTests: Sendable {
    let directory: String
    let path: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("newsd-deliveries-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        path = directory + "/newsd.db"
    }

    /// The test's folder goes with it (a store, its WAL and anchor: megabytes a test).
    deinit { try? FileManager.default.removeItem(atPath: directory) }

    func sql(_ statement: String) throws {
        var db: OpaquePointer?
        #expect(sqlite3_open(path, &db) == SQLITE_OK)
        defer { sqlite3_close(db) }
        let rc = sqlite3_exec(db, statement, nil, nil, nil)
        #expect(rc == SQLITE_OK, "\(String(cString: sqlite3_errmsg(db)))")
    }

    /// A store with one article and an alert on it per subscription, each for `sinks`.
    func store(alerts: [String], sinks: [String]) throws -> SQLiteArticleStore {
        let store = try SQLiteArticleStore(path: path)
        let article = Article(title: "Patrols agreed", body: "Japan and Vietnam agreed on patrols.", format: "text")
        _ = try store.commit([IntakeItem(file: "a.txt", identity: nil, sha256: ContentHash.sha256Hex(Array("a".utf8)), result: .success([article]))],
                             at: 1, linker: nil)
        try store.recordMatches(alerts.map {
            AlertMatch(Alert(alert: $0, priority: 4, seq: 1, story: 1, title: article.headline, url: nil, file: "a.txt", source: nil,
                             topics: [], countries: [], score: 0), windowMillis: 0, sinks: sinks)
        }, watermark: 1, at: 10)
        return store
    }

    /// Alerts and delivery confirmations are written without an fsync of their own; article
    /// commits after them still wait for the disk (synchronous=FULL, level 2), also after a
    /// refused alert transaction.
    @Test func alertWritesLeaveArticleCommitsFullySynced() throws {
        let store = try store(alerts: ["a"], sinks: ["journal"])
        #expect(store.synchronousLevel == 2)
        try store.markDelivered(1, sink: "journal", at: 30)
        #expect(store.synchronousLevel == 2)
        var levelInside: Int64?
        #expect(throws: (any Error).self) {
            try store.withoutOwnSync {
                levelInside = store.synchronousLevel
                throw SQLiteError(code: 1, message: "refused", path: path)
            }
        }
        #expect(levelInside == 1, "NORMAL inside")
        #expect(store.synchronousLevel == 2)
    }

    @Test func eachSinkConfirmsOnItsOwnAndAConfirmedDeliveryIsFinal() throws {
        let store = try store(alerts: ["a", "b"], sinks: ["journal", "hook", "journal"])
        #expect(try store.pendingAlerts(sink: "journal", limit: 10).map(\.alert) == ["a", "b"])
        #expect(try store.pendingAlerts(sink: "hook", limit: 10).map(\.alert) == ["a", "b"])
        #expect(try store.pendingAlerts(sink: "other", limit: 10).isEmpty)

        try store.markFailed(1, sink: "hook", error: "connection refused", at: 20, retryAt: 1_000)
        #expect(try store.pendingAlerts(sink: "hook", dueAt: 999, limit: 10).map(\.alert) == ["b"], "not due before its retry time")
        #expect(try store.pendingAlerts(sink: "hook", dueAt: 1_000, limit: 10).map(\.alert) == ["a", "b"])

        try store.markDelivered(1, sink: "journal", at: 30)
        try store.markDelivered(1, sink: "journal", at: 40)  // a second confirmation changes nothing
        #expect(try store.pendingAlerts(sink: "journal", limit: 10).map(\.alert) == ["b"])
        var a = try #require(try store.alerts(sinceMillis: 0, alert: "a").first)
        #expect(a.deliveries.map(\.sink) == ["hook", "journal"])
        #expect(a.deliveries[0] == AlertDelivery(sink: "hook", attempts: 1, lastError: "connection refused", lastAttemptMillis: 20, nextAttemptMillis: 1_000))
        #expect(a.deliveries[1] == AlertDelivery(sink: "journal", attempts: 1, lastAttemptMillis: 30, deliveredMillis: 30))
        #expect(a.deliveredMillis == nil, "the webhook has not confirmed")

        try store.markDelivered(1, sink: "hook", at: 50)
        a = try #require(try store.alerts(sinceMillis: 0, alert: "a").first)
        #expect(a.deliveredMillis == 50 && a.deliveries[0].attempts == 2 && a.deliveries[0].lastError == nil)
        // Even by hand, a confirmed delivery cannot be made pending again.
        var db: OpaquePointer?
        #expect(sqlite3_open(path, &db) == SQLITE_OK)
        defer { sqlite3_close(db) }
        #expect(sqlite3_exec(db, "UPDATE alert_deliveries SET delivered_ms = NULL WHERE alert = 1", nil, nil, nil) != SQLITE_OK)
        #expect(try store.verify().problem == nil)
    }

    @Test func aStoreFromBeforeSinksKeepsItsAlertsAsJournalDeliveries() throws {
        do {
            let old = try store(alerts: ["sent", "waiting"], sinks: ["journal"])
            try old.markDelivered(1, sink: "journal", at: 30)
        }
        // Back to schema 2: one delivered_ms per alert, no deliveries table.
        try sql("""
            DROP TABLE alert_deliveries; UPDATE alerts SET delivered_ms = 30 WHERE id = 1; UPDATE alerts SET delivered_ms = NULL WHERE id = 2;
            UPDATE meta SET value = '2' WHERE key = 'schema';
            """)
        let store = try SQLiteArticleStore(path: path)
        #expect(try store.pendingAlerts(sink: "journal", limit: 10).map(\.alert) == ["waiting"], "an undelivered alert is still waiting")
        let sent = try #require(try store.alerts(sinceMillis: 0, alert: "sent").first)
        #expect(sent.deliveries == [AlertDelivery(sink: "journal", attempts: 1, lastAttemptMillis: 30, deliveredMillis: 30)])
        #expect(try store.verify().problem == nil)
        // Opening again migrates nothing twice.
        _ = try SQLiteArticleStore(path: path)
        #expect(try SQLiteArticleStore(path: path).alerts(sinceMillis: 0, alert: nil).flatMap(\.deliveries).count == 2)
    }

    @Test func aDeliveryProcessOpensTheStoreWithoutTouchingTheAnchor() throws {
        _ = try store(alerts: ["a"], sinks: ["hook"])
        let anchor = StoreAnchor.path(forStore: path)
        try FileManager.default.removeItem(atPath: anchor)
        let outbox = try SQLiteArticleStore(path: path, anchored: false)
        try outbox.markDelivered(1, sink: "hook", at: 5)
        #expect(!FileManager.default.fileExists(atPath: anchor), "the anchor is the daemon's to write")
        #expect(try SQLiteArticleStore(path: path).pendingAlerts(sink: "hook", limit: 10).isEmpty)
    }
}
