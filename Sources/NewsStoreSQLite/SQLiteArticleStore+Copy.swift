import Foundation
import NewsCore

/// The read side of `newsd copy`: the journal, its articles and analysis, story merges and alerts,
/// exactly as stored, a page at a time (memory bounded by the page, however large the store).
extension SQLiteArticleStore {
    /// What a copy needs to know before it starts.
    public struct CopySource: Sendable, Equatable {
        /// The chain head's seq: the last record's, or the last checkpoint's when everything was
        /// pruned (0 for an empty store).
        public var lastSeq: Int64
        /// Records in the journal: `lastSeq` unless records were pruned or lost.
        public var records: Int64
        /// Records the store was pruned up to (0 for none).
        public var prunedThrough: Int64
        /// Its checkpoints, in order (the last is at `prunedThrough`).
        public var checkpoints: [Checkpoint]
        /// A prune was left unfinished: records at or below the last checkpoint remain.
        public var pruneUnfinished: Bool
        /// Articles whose text was redacted.
        public var redacted: Int64
        /// The last article the subscriptions were matched against.
        public var matchedThrough: Int64
        /// Stored alerts.
        public var alerts: Int64
    }

    public func copySource() throws -> CopySource {
        let hasRetention = try hasRetentionSchema()
        var checkpoints: [Checkpoint] = []
        if hasRetention {
            try db.query("SELECT seq, chain, at_ms, before_ms FROM checkpoints ORDER BY seq") {
                checkpoints.append(Checkpoint(seq: $0.int(0) ?? 0, chain: $0.blob(1), atMillis: $0.int(2) ?? 0, beforeMillis: $0.int(3) ?? 0))
            }
        }
        let prunedThrough = checkpoints.last?.seq ?? 0
        let unfinished = try prunedThrough > 0 && (db.scalar("SELECT 1 FROM journal WHERE seq <= ? LIMIT 1", [.int(prunedThrough)])) != nil
        return CopySource(
            lastSeq: try max(db.scalar("SELECT max(seq) FROM journal") ?? 0, prunedThrough),
            records: try db.scalar("SELECT count(*) FROM journal") ?? 0,
            prunedThrough: prunedThrough,
            checkpoints: checkpoints,
            pruneUnfinished: unfinished,
            redacted: hasRetention ? try db.scalar("SELECT count(*) FROM redactions") ?? 0 : 0,
            matchedThrough: try alertWatermark(),
            alerts: try db.scalar("SELECT count(*) FROM alerts") ?? 0)
    }

    /// Record `seq`'s chain value, or nil when there is no such record.
    public func chainValue(at seq: Int64) throws -> [UInt8]? {
        var out: [UInt8]?
        try db.query("SELECT chain FROM journal WHERE seq = ?", [.int(seq)]) { out = $0.blob(0) }
        return out
    }

    /// At most `limit` records after `afterSeq`, in order, with their articles and analysis.
    public func copyPage(afterSeq: Int64, limit: Int) throws -> [CopiedRecord] {
        var out: [CopiedRecord] = []
        out.reserveCapacity(limit)
        let redaction = try hasRetentionSchema() ? "r.reason, r.at_ms" : "NULL, NULL"
        let redactions = try hasRetentionSchema() ? "LEFT JOIN redactions r ON r.seq = j.seq" : ""
        try db.query(
            """
            SELECT j.seq, j.kind, j.at_ms, j.file, j.file_sha256, j.file_identity, j.item, j.duplicate_of, j.error_code,
                   j.error_reason, j.record_hash, j.chain, j.version, j.content_hash, j.origin_at_ms, j.origin_hash,
                   a.seq, a.title, a.body, a.url, a.published, a.source, a.language, a.format,
                   n.seq, n.language, n.countries, n.places, n.people, n.organizations, n.topics, n.fingerprint, n.keys,
                   n.duplicate_of, n.story, n.at_ms, n.lead_keys, n.story_evidence, n.main_countries, \(redaction)
            FROM journal j LEFT JOIN articles a ON a.seq = j.seq LEFT JOIN analysis n ON n.seq = j.seq \(redactions)
            WHERE j.seq > ? ORDER BY j.seq LIMIT ?
            """, [.int(afterSeq), .int(Int64(limit))]
        ) { row in
            var record = CopiedRecord(
                seq: row.int(0) ?? 0, kind: row.text(1) ?? "", atMillis: row.int(2) ?? 0, file: row.text(3) ?? "",
                fileSHA256: row.text(4) ?? "", fileIdentity: row.text(5), item: Int(row.int(6) ?? 0), duplicateOf: row.int(7),
                errorCode: row.text(8), errorReason: row.text(9), recordHash: row.blob(10), chain: row.blob(11),
                version: Int(row.int(12) ?? 1), contentHash: row.isNull(13) ? nil : row.blob(13), originAtMillis: row.int(14),
                originHash: row.text(15), article: nil, analysis: nil)
            if row.int(16) != nil {
                record.article = .init(
                    title: row.text(17) ?? "", body: row.text(18) ?? "", url: row.text(19), published: row.text(20),
                    source: row.text(21), language: row.text(22), format: row.text(23) ?? "")
            }
            if row.int(24) != nil {
                record.analysis = .init(
                    language: row.text(25), countries: row.text(26) ?? "[]", places: row.text(27) ?? "[]", people: row.text(28) ?? "[]",
                    organizations: row.text(29) ?? "[]", topics: row.text(30) ?? "[]", fingerprint: row.int(31) ?? 0,
                    keys: row.text(32) ?? "[]", duplicateOf: row.int(33), story: row.int(34) ?? 0, atMillis: row.int(35) ?? 0,
                    leadKeys: row.text(36), storyEvidence: row.text(37), mainCountries: row.text(38))
            }
            if let reason = row.text(39) { record.redaction = .init(reason: reason, atMillis: row.int(40) ?? 0) }
            out.append(record)
        }
        return out
    }

    /// The story merges found by the articles `from+1 ... through`.
    public func copyMerges(after from: Int64, through: Int64) throws -> [CopiedMerge] {
        var out: [CopiedMerge] = []
        try db.query(
            "SELECT story, into_story, by_seq, at_ms FROM story_merges WHERE by_seq > ? AND by_seq <= ? ORDER BY story",
            [.int(from), .int(through)]
        ) { out.append(CopiedMerge(story: $0.int(0) ?? 0, into: $0.int(1) ?? 0, bySeq: $0.int(2) ?? 0, atMillis: $0.int(3) ?? 0)) }
        return out
    }

    /// At most `limit` alerts after id `afterID`, in order, each with its deliveries.
    public func copyAlerts(afterID: Int64, limit: Int) throws -> [CopiedAlert] {
        var out: [CopiedAlert] = []
        try db.query(
            """
            SELECT id, alert, priority, seq, story, at_ms, title, url, file, source, topics, countries, score, count, last_seq,
                   delivered_ms, folded_into
            FROM alerts WHERE id > ? ORDER BY id LIMIT ?
            """, [.int(afterID), .int(Int64(limit))]
        ) { row in
            out.append(CopiedAlert(
                id: row.int(0) ?? 0, alert: row.text(1) ?? "", priority: Int(row.int(2) ?? 5), seq: row.int(3) ?? 0,
                story: row.int(4) ?? 0, atMillis: row.int(5) ?? 0, title: row.text(6) ?? "", url: row.text(7), file: row.text(8) ?? "",
                source: row.text(9), topics: row.text(10) ?? "[]", countries: row.text(11) ?? "[]", score: row.double(12),
                count: Int(row.int(13) ?? 1), lastSeq: row.int(14) ?? 0, deliveredMillis: row.int(15), foldedInto: row.int(16),
                deliveries: []))
        }
        guard let first = out.first?.id, let last = out.last?.id else { return out }
        var index: [Int64: Int] = [:]
        for (i, a) in out.enumerated() { index[a.id] = i }
        try db.query(
            """
            SELECT alert, sink, attempts, last_error, last_attempt_ms, delivered_ms, next_attempt_ms
            FROM alert_deliveries WHERE alert >= ? AND alert <= ? ORDER BY alert, sink
            """, [.int(first), .int(last)]
        ) { row in
            guard let i = index[row.int(0) ?? 0] else { return }
            out[i].deliveries.append(.init(
                sink: row.text(1) ?? "", attempts: Int(row.int(2) ?? 0), lastError: row.text(3), lastAttemptMillis: row.int(4),
                deliveredMillis: row.int(5), nextAttemptMillis: row.int(6)))
        }
        return out
    }
}
