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
                         SQLValue(m.url), .text(m.file), SQLValue(m.source), .text(JSONText.encode(m.topics)),
                         .text(JSONText.encode(m.countries)), .double(m.score), .int(m.seq), .int(first.seq)])
                    continue
                }
                try db.query(
                    """
                    INSERT INTO alerts(alert, priority, seq, story, at_ms, title, url, file, source, topics, countries, score, last_seq)
                    VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)
                    """,
                    [.text(m.alert), .int(Int64(m.priority)), .int(m.seq), .int(m.story), .int(now), .text(m.title), SQLValue(m.url),
                     .text(m.file), SQLValue(m.source), .text(JSONText.encode(m.topics)), .text(JSONText.encode(m.countries)),
                     .double(m.score), .int(m.seq)])
                fresh.append(AlertRecord(id: db.lastInsertRowID, content: m.content, atMillis: now))
            }
            try db.query("INSERT OR REPLACE INTO meta(key, value) VALUES ('alerts_matched_seq', ?)", [.text(String(watermark))])
            try db.execute("COMMIT")
            return fresh
        } catch {
            try? db.execute("ROLLBACK")
            throw error
        }
    }

    /// Whether a match of subscription `alert` with article `seq` was recorded.
    public func isRecorded(alert: String, seq: Int64) throws -> Bool {
        try db.scalar("SELECT 1 FROM alerts WHERE alert = ? AND seq = ?", [.text(alert), .int(seq)]) != nil
    }

    private static let alertColumns =
        "id, alert, priority, seq, story, at_ms, title, url, file, source, topics, countries, score, count, last_seq, delivered_ms, folded_into"

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

    /// Alerts journald has not taken yet, oldest first.
    public func pendingAlerts(limit: Int) throws -> [AlertRecord] {
        var out: [AlertRecord] = []
        try db.query("SELECT \(Self.alertColumns) FROM alerts WHERE delivered_ms IS NULL ORDER BY id LIMIT ?", [.int(Int64(limit))]) {
            out.append(Self.alert($0))
        }
        return out
    }

    public func markDelivered(_ id: Int64, at millis: Int64) throws {
        try db.query("UPDATE alerts SET delivered_ms = ? WHERE id = ?", [.int(millis), .int(id)])
    }

    /// Alerts raised at or after `sinceMillis`, oldest first, optionally of one subscription.
    public func alerts(sinceMillis: Int64, alert: String?, limit: Int = 10_000) throws -> [AlertRecord] {
        var out: [AlertRecord] = []
        try db.query(
            "SELECT \(Self.alertColumns) FROM alerts WHERE at_ms >= ? AND (? IS NULL OR alert = ?) ORDER BY id LIMIT ?",
            [.int(sinceMillis), SQLValue(alert), SQLValue(alert), .int(Int64(limit))]) { out.append(Self.alert($0)) }
        return out
    }
}
