import Foundation
import NewsCore

/// The alert outbox on PostgreSQL, shared by every server:
/// - matching: each server matches the articles it committed itself, after a watermark of its
///   own (`match_watermarks`), so every article is matched exactly once, by the server that
///   stored it, with no leader to elect or fail over (a server that stays down leaves its last
///   few articles unmatched until it, or a server started under its name, comes back);
/// - recording: one row lock (`alert_lock`) orders every server's recording, so a subscription
///   alerts once per story within its window whichever servers saw the story's articles, and a
///   unique (alert, seq) makes a match recorded twice a no-op;
/// - delivery: `pending` claims the deliveries it returns for this process for a lease of
///   ``claimLeaseMillis`` (`FOR UPDATE SKIP LOCKED`), so with a delivery service on every
///   server, each alert goes to each sink once; a server that dies holding a claim releases it
///   when the lease ends.
extension PostgresStore {
    static let claimLeaseMillis: Int64 = 60_000

    public func matchWatermark() async throws(StoreError) -> Int64 {
        try await open()
        let server = server
        return try await session { s in
            try await s.scalar("SELECT seq FROM match_watermarks WHERE server = $1", [.text(server)]) ?? 0
        }
    }

    public func lastArticleSeq() async throws(StoreError) -> Int64 {
        try await session { s in try await s.scalar("SELECT coalesce(max(seq), 0) FROM articles") ?? 0 }
    }

    public func record(_ matches: [AlertMatch], watermark: Int64, at now: Int64) async throws(StoreError) -> [AlertRecord] {
        try await open()
        let server = server
        return try await transaction { s in
            // Derived from durable articles, as on SQLite: a server crash may lose the last such
            // commits, with their watermark, and they are matched again (WAL order keeps any
            // later commit that saw them from surviving without them).
            try await s.execute("SET LOCAL synchronous_commit TO OFF")
            try await s.execute("SELECT id FROM alert_lock WHERE id = 1 FOR UPDATE")
            var fresh: [AlertRecord] = []
            for m in matches {
                if try await s.scalar("SELECT 1 FROM alerts WHERE alert = $1 AND seq = $2", [.text(m.alert), .int(m.seq)]) != nil { continue }
                let members = try await Self.storyMembers(try await Self.resolveStory(m.story, s), s).prefix(64)
                var existing: (id: Int64, seq: Int64)?
                try await s.query(
                    """
                    SELECT id, seq FROM alerts WHERE alert = $1 AND story = ANY($2::bigint[]) AND at_ms >= $3 AND folded_into IS NULL
                    ORDER BY id DESC LIMIT 1
                    """, [.text(m.alert), .text("{" + members.map(String.init).joined(separator: ",") + "}"), .int(now - m.windowMillis)]
                ) { existing = ($0.int(0) ?? 0, $0.int(1) ?? 0) }
                var values: [PGValue] = [
                    .text(m.alert), .int(Int64(existing == nil ? m.priority : Self.foldedPriority(m.priority))), .int(m.seq), .int(m.story),
                    .int(now), .text(m.title), PGValue(m.url), .text(m.file), PGValue(m.source), .text(JSONLine.encode(m.topics)),
                    .text(JSONLine.encode(m.countries)), .double(m.score), .int(m.seq), PGValue(existing?.seq),
                ]
                if let first = existing {
                    try await s.execute("UPDATE alerts SET count = count + 1, last_seq = greatest(last_seq, $1) WHERE id = $2",
                                        [.int(m.seq), .int(first.id)])
                }
                let id = try await s.scalar(
                    """
                    INSERT INTO alerts(alert, priority, seq, story, at_ms, title, url, file, source, topics, countries, score, last_seq, folded_into)
                    VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10::jsonb,$11::jsonb,$12,$13,$14) RETURNING id
                    """, values) ?? 0
                values.removeAll()
                let sinks = Self.sinks(m.sinks)
                try await s.execute(
                    "INSERT INTO alert_deliveries(alert, sink) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING", [.int(id), .texts(sinks)])
                if existing == nil {
                    fresh.append(AlertRecord(id: id, content: m.content, atMillis: now, deliveries: sinks.map { AlertDelivery(sink: $0) }))
                }
            }
            try await s.execute(
                """
                INSERT INTO match_watermarks(server, seq) VALUES ($1, $2)
                ON CONFLICT (server) DO UPDATE SET seq = greatest(match_watermarks.seq, EXCLUDED.seq)
                """, [.text(server), .int(watermark)])
            return fresh
        }
    }

    static func sinks(_ names: [String]) -> [String] {
        var seen = Set<String>()
        let unique = names.filter { seen.insert($0).inserted }
        return unique.isEmpty ? [AlertDelivery.journal] : unique
    }

    static func foldedPriority(_ priority: Int) -> Int { max(6, min(7, priority + 1)) }

    static func storyMembers(_ story: Int64, _ s: PGSession) async throws -> [Int64] {
        var out = [story]
        var i = 0
        while i < out.count, out.count < 100_000 {
            try await s.query("SELECT story FROM story_merges WHERE into_story = $1", [.int(out[i])]) { out.append($0.int(0) ?? 0) }
            i += 1
        }
        return out
    }

    static let alertColumns = [
        "id", "alert", "priority", "seq", "story", "at_ms", "title", "url", "file", "source", "topics::text", "countries::text", "score",
        "count", "last_seq", "delivered_ms", "folded_into",
    ].map { "l." + $0 }.joined(separator: ", ")
    static let deliveryColumns = "d.sink, d.attempts, d.last_error, d.last_attempt_ms, d.delivered_ms, d.next_attempt_ms"

    static func alert(_ row: PGRow) -> AlertRecord {
        AlertRecord(
            id: row.int(0) ?? 0,
            content: Alert(
                alert: row.text(1) ?? "", priority: Int(row.int(2) ?? 5), seq: row.int(3) ?? 0, story: row.int(4) ?? 0,
                title: row.text(6) ?? "", url: row.text(7), file: row.text(8) ?? "", source: row.text(9),
                topics: row.text(10).flatMap { decode([String].self, $0) } ?? [],
                countries: row.text(11).flatMap { decode([String].self, $0) } ?? [], score: row.double(12)),
            atMillis: row.int(5) ?? 0, count: Int(row.int(13) ?? 1), lastSeq: row.int(14) ?? 0, deliveredMillis: row.int(15),
            foldedInto: row.int(16))
    }

    static func delivery(_ row: PGRow, from c: Int) -> AlertDelivery {
        AlertDelivery(
            sink: row.text(c) ?? "", attempts: Int(row.int(c + 1) ?? 0), lastError: row.text(c + 2), lastAttemptMillis: row.int(c + 3),
            deliveredMillis: row.int(c + 4), nextAttemptMillis: row.int(c + 5))
    }

    public func pending(sink: String, dueAt millis: Int64, limit: Int) async throws(StoreError) -> [AlertRecord] {
        let claimant = claimant
        let now = Self.now()
        return try await transaction { s in
            // Claim them for this process (another's claim is honoured until its lease ends).
            try await s.execute(
                """
                UPDATE alert_deliveries d SET claimed_by = $4, claimed_until_ms = $5
                FROM (SELECT alert FROM alert_deliveries WHERE sink = $1 AND delivered_ms IS NULL
                        AND (next_attempt_ms IS NULL OR next_attempt_ms <= $2)
                        AND (claimed_by IS NULL OR claimed_by = $4 OR claimed_until_ms < $6)
                      ORDER BY alert LIMIT $3 FOR UPDATE SKIP LOCKED) p
                WHERE d.alert = p.alert AND d.sink = $1
                """, [.text(sink), .int(millis), .int(Int64(limit)), .text(claimant), .int(now + Self.claimLeaseMillis), .int(now)])
            var out: [AlertRecord] = []
            try await s.query(
                """
                SELECT \(Self.alertColumns), \(Self.deliveryColumns) FROM alert_deliveries d JOIN alerts l ON l.id = d.alert
                WHERE d.sink = $1 AND d.delivered_ms IS NULL AND d.claimed_by = $2 AND d.claimed_until_ms > $3
                    AND (d.next_attempt_ms IS NULL OR d.next_attempt_ms <= $4)
                ORDER BY d.alert LIMIT $5
                """, [.text(sink), .text(claimant), .int(now), .int(millis), .int(Int64(limit))]
            ) { row in
                var record = Self.alert(row)
                record.deliveries = [Self.delivery(row, from: 17)]
                out.append(record)
            }
            return out
        }
    }

    public func markDelivered(_ alert: Int64, sink: String, at millis: Int64) async throws(StoreError) {
        try await transaction { s in
            // A confirmation lost to a server crash sends the alert again (at least once).
            try await s.execute("SET LOCAL synchronous_commit TO OFF")
            try await s.execute(
                """
                UPDATE alert_deliveries SET delivered_ms = $1, attempts = attempts + 1, last_attempt_ms = $1, last_error = NULL,
                    next_attempt_ms = NULL, claimed_by = NULL, claimed_until_ms = NULL
                WHERE alert = $2 AND sink = $3 AND delivered_ms IS NULL
                """, [.int(millis), .int(alert), .text(sink)])
            try await s.execute(
                """
                UPDATE alerts SET delivered_ms = $1 WHERE id = $2 AND delivered_ms IS NULL
                AND NOT EXISTS (SELECT 1 FROM alert_deliveries WHERE alert = $2 AND delivered_ms IS NULL)
                """, [.int(millis), .int(alert)])
        }
    }

    public func markFailed(_ alert: Int64, sink: String, error: String, at millis: Int64, retryAt: Int64?) async throws(StoreError) {
        try await session { s in
            try await s.execute(
                """
                UPDATE alert_deliveries SET attempts = attempts + 1, last_error = $1, last_attempt_ms = $2, next_attempt_ms = $3,
                    claimed_by = NULL, claimed_until_ms = NULL
                WHERE alert = $4 AND sink = $5 AND delivered_ms IS NULL
                """, [.text(String(error.prefix(1000))), .int(millis), PGValue(retryAt), .int(alert), .text(sink)])
        }
    }

    public func alerts(sinceMillis: Int64, alert: String?, limit: Int) async throws(StoreError) -> [AlertRecord] {
        try await session { s in
            var out: [AlertRecord] = []
            try await s.query(
                "SELECT \(Self.alertColumns) FROM alerts l WHERE at_ms >= $1 AND ($2::text IS NULL OR alert = $2) ORDER BY id LIMIT $3",
                [.int(sinceMillis), PGValue(alert), .int(Int64(limit))]) { out.append(Self.alert($0)) }
            guard let first = out.first?.id, let last = out.last?.id else { return out }
            var deliveries: [Int64: [AlertDelivery]] = [:]
            try await s.query(
                "SELECT d.alert, \(Self.deliveryColumns) FROM alert_deliveries d WHERE d.alert BETWEEN $1 AND $2 ORDER BY d.alert, d.sink",
                [.int(first), .int(last)]) { deliveries[$0.int(0) ?? 0, default: []].append(Self.delivery($0, from: 1)) }
            for i in out.indices { out[i].deliveries = deliveries[out[i].id] ?? [] }
            return out
        }
    }
}

/// The store as one server's alert matching sees it: the articles this server committed, after
/// its own watermark. Everything else reads the whole store.
public final class PostgresMatchingView: AlertOutbox, ArticleReader {
    public let store: PostgresStore

    public init(_ store: PostgresStore) { self.store = store }

    public func matchWatermark() async throws(StoreError) -> Int64 { try await store.matchWatermark() }
    public func lastArticleSeq() async throws(StoreError) -> Int64 { try await store.lastArticleSeq() }
    public func record(_ matches: [AlertMatch], watermark: Int64, at millis: Int64) async throws(StoreError) -> [AlertRecord] {
        try await store.record(matches, watermark: watermark, at: millis)
    }
    public func pending(sink: String, dueAt millis: Int64, limit: Int) async throws(StoreError) -> [AlertRecord] {
        try await store.pending(sink: sink, dueAt: millis, limit: limit)
    }
    public func markDelivered(_ alert: Int64, sink: String, at millis: Int64) async throws(StoreError) {
        try await store.markDelivered(alert, sink: sink, at: millis)
    }
    public func markFailed(_ alert: Int64, sink: String, error: String, at millis: Int64, retryAt: Int64?) async throws(StoreError) {
        try await store.markFailed(alert, sink: sink, error: error, at: millis, retryAt: retryAt)
    }
    public func alerts(sinceMillis: Int64, alert: String?, limit: Int) async throws(StoreError) -> [AlertRecord] {
        try await store.alerts(sinceMillis: sinceMillis, alert: alert, limit: limit)
    }
    public func article(seq: Int64) async throws(StoreError) -> StoredArticle? { try await store.article(seq: seq) }
    public func list(sinceMillis: Int64?, limit: Int, order: ListOrder) async throws(StoreError) -> [StoredArticle] {
        try await store.list(sinceMillis: sinceMillis, limit: limit, order: order)
    }
    /// This server's articles only: each server matches what it committed.
    public func articles(afterSeq: Int64, limit: Int) async throws(StoreError) -> [StoredArticle] {
        try await store.articles(committedBy: store.server, afterSeq: afterSeq, limit: limit)
    }
    public func search(_ query: SearchQuery, limit: Int) async throws(StoreError) -> SearchResults { try await store.search(query, limit: limit) }
    public func story(_ id: Int64, limit: Int) async throws(StoreError) -> [StoredArticle] { try await store.story(id, limit: limit) }
    public func stats() async throws(StoreError) -> StoreStats { try await store.stats() }
    public func verify(progress: @escaping @Sendable (Int64, Int64) -> Void) async throws(StoreError) -> VerifyReport {
        try await store.verify(progress: progress)
    }
}
