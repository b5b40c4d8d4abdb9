import CSQLite
import Foundation
import NewsCore

extension SQLiteArticleStore {
    static let alertSchema = """
        CREATE TABLE IF NOT EXISTS alerts(
            id INTEGER PRIMARY KEY,
            alert TEXT NOT NULL,
            priority INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            story INTEGER NOT NULL,
            at_ms INTEGER NOT NULL,
            title TEXT NOT NULL,
            url TEXT,
            file TEXT NOT NULL,
            source TEXT,
            topics TEXT NOT NULL,
            countries TEXT NOT NULL,
            score REAL NOT NULL,
            count INTEGER NOT NULL DEFAULT 1,
            last_seq INTEGER NOT NULL,
            delivered_ms INTEGER
        );
        CREATE INDEX IF NOT EXISTS alerts_story ON alerts(alert, story, at_ms);
        CREATE INDEX IF NOT EXISTS alerts_pending ON alerts(id) WHERE delivered_ms IS NULL;
        CREATE INDEX IF NOT EXISTS alerts_at ON alerts(at_ms);
        CREATE INDEX IF NOT EXISTS alerts_seq ON alerts(seq);
        """

    /// One row per alert and sink its subscription named. `alerts.delivered_ms` is set once every
    /// sink has confirmed. A confirmed delivery is never undone, so no sink gets an alert twice.
    static let deliverySchema = """
        CREATE TABLE alert_deliveries(
            alert INTEGER NOT NULL REFERENCES alerts(id),
            sink TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            last_attempt_ms INTEGER,
            delivered_ms INTEGER,
            next_attempt_ms INTEGER,
            PRIMARY KEY(alert, sink)
        ) WITHOUT ROWID;
        CREATE INDEX alert_deliveries_pending ON alert_deliveries(sink, alert) WHERE delivered_ms IS NULL;
        CREATE TRIGGER alert_deliveries_once BEFORE UPDATE OF delivered_ms ON alert_deliveries
            WHEN OLD.delivered_ms IS NOT NULL
            BEGIN SELECT RAISE(ABORT, 'a confirmed delivery is final'); END;
        """

    /// Schema 3: delivery per (alert, sink). A store made before sinks delivered only to journald,
    /// so each of its alerts becomes a `journal` delivery (confirmed when `delivered_ms` was set).
    /// Runs once, in one transaction; a second process opening the store at the same time waits
    /// for it and then finds the table.
    func migrateDeliveries() throws(SQLiteError) {
        try db.execute("BEGIN IMMEDIATE")
        do {
            if try db.scalar("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alert_deliveries'") == nil {
                try db.execute(Self.deliverySchema)
                try db.query(
                    """
                    INSERT INTO alert_deliveries(alert, sink, attempts, last_attempt_ms, delivered_ms)
                    SELECT id, ?, delivered_ms IS NOT NULL, delivered_ms, delivered_ms FROM alerts
                    """, [.text(AlertDelivery.journal)])
            }
            try db.execute("UPDATE meta SET value = '3' WHERE key = 'schema' AND value IN ('1', '2')")
            try db.execute("COMMIT")
        } catch let error as SQLiteError {
            try? db.execute("ROLLBACK")
            throw error
        } catch {
            try? db.execute("ROLLBACK")
            throw SQLiteError(code: SQLITE_ERROR, message: "\(error)", path: path)
        }
    }

    /// The last article the subscriptions were matched against.
    public func alertWatermark() throws -> Int64 {
        var value: Int64 = 0
        try db.query("SELECT value FROM meta WHERE key = 'alerts_matched_seq'") { value = Int64($0.text(0) ?? "") ?? 0 }
        return value
    }

    /// The newest article's sequence number (0 for none).
    public func lastArticleSeq() throws -> Int64 {
        try db.scalar("SELECT max(seq) FROM articles") ?? 0
    }

    /// Records matches in one transaction with the new watermark: a match whose subscription
    /// already alerted on the story within its window is counted on that alert instead, and a
    /// match of a subscription and an article recorded before is skipped (so `newsd replay` run
    /// twice changes nothing).
    /// - Returns: the new alerts (to be delivered).
    @discardableResult
    public func recordMatches(_ matches: [AlertMatch], watermark: Int64, at now: Int64) throws -> [AlertRecord] {
        try withoutOwnSync { try recordMatchesNow(matches, watermark: watermark, at: now) }
    }

    /// Alerts and their watermark are derived from durable articles, so their transaction need
    /// not wait for the disk: `synchronous=NORMAL` in WAL mode loses at most the last such
    /// transactions to a power cut (never to a crash of newsd), and then the watermark is lost
    /// with them, so the articles after it are matched again at the next start and their alerts
    /// raised again. The next article commit (`FULL`) syncs them with itself. This takes an
    /// fsync off the way from a file's commit to its alert.
    func withoutOwnSync<T>(_ body: () throws -> T) throws -> T {
        try db.execute("PRAGMA synchronous=NORMAL")
        let result = Result { try body() }
        // Back to FULL before anything else is written: article commits must wait for the disk.
        try db.execute("PRAGMA synchronous=FULL")
        return try result.get()
    }

    /// The connection's `synchronous` level (2 is FULL), for tests.
    var synchronousLevel: Int64? { try? db.scalar("PRAGMA synchronous") }

    private func recordMatchesNow(_ matches: [AlertMatch], watermark: Int64, at now: Int64) throws -> [AlertRecord] {
        try db.execute("BEGIN IMMEDIATE")
        do {
            var fresh: [AlertRecord] = []
            for m in matches {
                // A match recorded before (a replay, a catch-up after a crash) is not recorded or counted again.
                if try db.scalar("SELECT 1 FROM alerts WHERE alert = ? AND seq = ?", [.text(m.alert), .int(m.seq)]) != nil { continue }
                // The story as it is now: stories merged since the first alert count as one.
                let members = try storyMembers(try resolveStory(m.story)).prefix(64)
                var existing: (id: Int64, seq: Int64)?
                try db.query(
                    """
                    SELECT id, seq FROM alerts WHERE alert = ? AND story IN (\(members.map { _ in "?" }.joined(separator: ",")))
                    AND at_ms >= ? AND folded_into IS NULL ORDER BY id DESC LIMIT 1
                    """,
                    [.text(m.alert)] + members.map { .int($0) } + [.int(now - m.windowMillis)]) { existing = ($0.int(0) ?? 0, $0.int(1) ?? 0) }
                if let first = existing {
                    // Counted on the first alert, and recorded (to be sent at info level) so it is never silent.
                    try db.query("UPDATE alerts SET count = count + 1, last_seq = max(last_seq, ?) WHERE id = ?", [.int(m.seq), .int(first.id)])
                    try db.query(
                        """
                        INSERT INTO alerts(alert, priority, seq, story, at_ms, title, url, file, source, topics, countries, score, last_seq, folded_into)
                        VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)
                        """,
                        [.text(m.alert), .int(Int64(Self.foldedPriority(m.priority))), .int(m.seq), .int(m.story), .int(now), .text(m.title),
                         SQLValue(m.url), .text(m.file), SQLValue(m.source), .text(JSONLine.encode(m.topics)),
                         .text(JSONLine.encode(m.countries)), .double(m.score), .int(m.seq), .int(first.seq)])
                    try addDeliveries(db.lastInsertRowID, sinks: m.sinks)
                    continue
                }
                try db.query(
                    """
                    INSERT INTO alerts(alert, priority, seq, story, at_ms, title, url, file, source, topics, countries, score, last_seq)
                    VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)
                    """,
                    [.text(m.alert), .int(Int64(m.priority)), .int(m.seq), .int(m.story), .int(now), .text(m.title), SQLValue(m.url),
                     .text(m.file), SQLValue(m.source), .text(JSONLine.encode(m.topics)), .text(JSONLine.encode(m.countries)),
                     .double(m.score), .int(m.seq)])
                let id = db.lastInsertRowID
                try addDeliveries(id, sinks: m.sinks)
                fresh.append(AlertRecord(id: id, content: m.content, atMillis: now,
                                         deliveries: Self.sinks(m.sinks).map { AlertDelivery(sink: $0) }))
            }
            try db.query("INSERT OR REPLACE INTO meta(key, value) VALUES ('alerts_matched_seq', ?)", [.text(String(watermark))])
            try db.execute("COMMIT")
            return fresh
        } catch {
            try? db.execute("ROLLBACK")
            throw error
        }
    }

    /// A match's sinks, each once, in order (`journal` when it names none).
    static func sinks(_ names: [String]) -> [String] {
        var seen = Set<String>()
        let unique = names.filter { seen.insert($0).inserted }
        return unique.isEmpty ? [AlertDelivery.journal] : unique
    }

    private func addDeliveries(_ alert: Int64, sinks: [String]) throws {
        for sink in Self.sinks(sinks) {
            try db.query("INSERT OR IGNORE INTO alert_deliveries(alert, sink) VALUES (?, ?)", [.int(alert), .text(sink)])
        }
    }

    private static let alertColumns = [
        "id", "alert", "priority", "seq", "story", "at_ms", "title", "url", "file", "source", "topics", "countries", "score",
        "count", "last_seq", "delivered_ms", "folded_into",
    ].map { "l." + $0 }.joined(separator: ", ")
    private static let deliveryColumns = "d.sink, d.attempts, d.last_error, d.last_attempt_ms, d.delivered_ms, d.next_attempt_ms"

    /// Whether a match of subscription `alert` with article `seq` was recorded.
    public func isRecorded(alert: String, seq: Int64) throws -> Bool {
        try db.scalar("SELECT 1 FROM alerts WHERE alert = ? AND seq = ?", [.text(alert), .int(seq)]) != nil
    }

    /// A folded match goes out at info level (or debug, for a subscription already at info).
    static func foldedPriority(_ priority: Int) -> Int { max(6, min(7, priority + 1)) }

    private static func alert(_ row: SQLiteDatabase.Row) -> AlertRecord {
        AlertRecord(
            id: row.int(0) ?? 0,
            content: Alert(
                alert: row.text(1) ?? "", priority: Int(row.int(2) ?? 5), seq: row.int(3) ?? 0, story: row.int(4) ?? 0,
                title: row.text(6) ?? "", url: row.text(7), file: row.text(8) ?? "", source: row.text(9),
                topics: row.text(10).flatMap { JSONText.decode([String].self, $0) } ?? [],
                countries: row.text(11).flatMap { JSONText.decode([String].self, $0) } ?? [], score: row.double(12)),
            atMillis: row.int(5) ?? 0, count: Int(row.int(13) ?? 1), lastSeq: row.int(14) ?? 0, deliveredMillis: row.int(15),
            foldedInto: row.int(16))
    }

    /// Rewrites the analysis of stored articles in one transaction (`newsd reindex`).
    public func replaceAnalyses(_ items: [(seq: Int64, analysis: ArticleAnalysis, link: StoryLinker.Link, atMillis: Int64)]) throws {
        try db.execute("BEGIN IMMEDIATE")
        do {
            for item in items {
                try saveAnalysis(item.analysis, seq: item.seq, link: item.link, atMillis: item.atMillis)
                try saveMerges(item.link, seq: item.seq, at: item.atMillis)
            }
            try db.execute("COMMIT")
        } catch {
            try? db.execute("ROLLBACK")
            throw error
        }
    }

    /// Forgets the recorded story merges (`newsd reindex` links every story anew). They are
    /// derived from the articles, like the analysis, and not part of the hashed journal.
    public func clearStoryMerges() throws {
        try db.execute("DELETE FROM story_merges")
    }

    private static func delivery(_ row: SQLiteDatabase.Row, from column: Int32) -> AlertDelivery {
        AlertDelivery(
            sink: row.text(column) ?? "", attempts: Int(row.int(column + 1) ?? 0), lastError: row.text(column + 2),
            lastAttemptMillis: row.int(column + 3), deliveredMillis: row.int(column + 4), nextAttemptMillis: row.int(column + 5))
    }

    /// Alerts `sink` has not confirmed whose next attempt is due at `millis`, oldest first, each
    /// with its delivery to `sink`.
    public func pendingAlerts(sink: String = AlertDelivery.journal, dueAt millis: Int64 = .max, limit: Int) throws -> [AlertRecord] {
        var out: [AlertRecord] = []
        try db.query(
            """
            SELECT \(Self.alertColumns), \(Self.deliveryColumns) FROM alert_deliveries d JOIN alerts l ON l.id = d.alert
            WHERE d.sink = ? AND d.delivered_ms IS NULL AND (d.next_attempt_ms IS NULL OR d.next_attempt_ms <= ?)
            ORDER BY d.alert LIMIT ?
            """, [.text(sink), .int(millis), .int(Int64(limit))]
        ) { row in
            var record = Self.alert(row)
            record.deliveries = [Self.delivery(row, from: 17)]
            out.append(record)
        }
        return out
    }

    /// `sink` confirmed alert `id`; once every sink of the alert has, so is the alert. A delivery
    /// already confirmed keeps its first time.
    /// Not synced by itself (``withoutOwnSync(_:)``): a confirmation lost to a power cut makes the
    /// alert go out again, as any delivery not confirmed does (at least once).
    public func markDelivered(_ id: Int64, sink: String = AlertDelivery.journal, at millis: Int64) throws {
        try withoutOwnSync { try markDeliveredNow(id, sink: sink, at: millis) }
    }

    private func markDeliveredNow(_ id: Int64, sink: String, at millis: Int64) throws {
        try db.execute("BEGIN IMMEDIATE")
        do {
            try db.query(
                """
                UPDATE alert_deliveries SET delivered_ms = ?, attempts = attempts + 1, last_attempt_ms = ?, last_error = NULL,
                    next_attempt_ms = NULL WHERE alert = ? AND sink = ? AND delivered_ms IS NULL
                """, [.int(millis), .int(millis), .int(id), .text(sink)])
            try db.query(
                """
                UPDATE alerts SET delivered_ms = ? WHERE id = ? AND delivered_ms IS NULL
                AND NOT EXISTS (SELECT 1 FROM alert_deliveries WHERE alert = ? AND delivered_ms IS NULL)
                """, [.int(millis), .int(id), .int(id)])
            try db.execute("COMMIT")
        } catch {
            try? db.execute("ROLLBACK")
            throw error
        }
    }

    /// Counts a failed attempt of `sink` on alert `id`, with its error (clipped to 1,000
    /// characters), and when to try again (nil: as soon as the sink is tried).
    public func markFailed(_ id: Int64, sink: String, error: String, at millis: Int64, retryAt: Int64? = nil) throws {
        try db.query(
            """
            UPDATE alert_deliveries SET attempts = attempts + 1, last_error = ?, last_attempt_ms = ?, next_attempt_ms = ?
            WHERE alert = ? AND sink = ? AND delivered_ms IS NULL
            """, [.text(String(error.prefix(1000))), .int(millis), SQLValue(retryAt), .int(id), .text(sink)])
    }

    /// Alerts raised at or after `sinceMillis`, oldest first, optionally of one subscription,
    /// each with its delivery to every sink.
    public func alerts(sinceMillis: Int64, alert: String?, limit: Int = 10_000) throws -> [AlertRecord] {
        var out: [AlertRecord] = []
        try db.query(
            "SELECT \(Self.alertColumns) FROM alerts l WHERE at_ms >= ? AND (? IS NULL OR alert = ?) ORDER BY id LIMIT ?",
            [.int(sinceMillis), SQLValue(alert), SQLValue(alert), .int(Int64(limit))]) { out.append(Self.alert($0)) }
        guard let first = out.first?.id, let last = out.last?.id else { return out }
        // One range read for the page (bounded by `limit` times the sinks), not one query per alert.
        var deliveries: [Int64: [AlertDelivery]] = [:]
        try db.query(
            "SELECT d.alert, \(Self.deliveryColumns) FROM alert_deliveries d WHERE d.alert BETWEEN ? AND ? ORDER BY d.alert, d.sink",
            [.int(first), .int(last)]) { deliveries[$0.int(0) ?? 0, default: []].append(Self.delivery($0, from: 1)) }
        for i in out.indices { out[i].deliveries = deliveries[out[i].id] ?? [] }
        return out
    }
}
