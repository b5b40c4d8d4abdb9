import Foundation
import NewsCore

/// The write side of `newsd copy`: records appended exactly as another store keeps them (their
/// hashes and chain values are not computed again), so the chain moves over unchanged.
extension PostgresStore {
    /// The chain head: the last record's seq and chain value.
    public func head() async throws(StoreError) -> (seq: Int64, chain: [UInt8]) {
        try await open()
        return try await session { s in
            var head: (seq: Int64, chain: [UInt8]) = (0, JournalRecord.genesis)
            try await s.query("SELECT seq, chain FROM chain_head WHERE id = 1") { head = ($0.int(0) ?? 0, $0.bytes(1) ?? []) }
            return head
        }
    }

    /// Record `seq`'s chain value, or nil when there is no such record.
    public func chainValue(at seq: Int64) async throws(StoreError) -> [UInt8]? {
        try await session { s in
            var out: [UInt8]?
            try await s.query("SELECT chain FROM journal WHERE seq = $1", [.int(seq)]) { out = $0.bytes(0) }
            return out
        }
    }

    /// Appends `records` (consecutive, in order) and the story merges they found, in one
    /// transaction, and moves the head to the last of them.
    /// - Throws: a permanent error with code `chain-mismatch` when the head is not the record
    ///   before the first of them (another writer moved it), so nothing is ever appended twice.
    public func appendCopied(_ records: [CopiedRecord], merges: [CopiedMerge]) async throws(StoreError) {
        guard let first = records.first, let last = records.last else { return }
        guard !readOnly else { throw StoreError(.permanent, "\(location): opened read-only") }
        try await open()
        let location = location
        let server = server
        try await transaction { s in
            var head: (seq: Int64, chain: [UInt8]) = (0, [])
            try await s.query("SELECT seq, chain FROM chain_head WHERE id = 1 FOR UPDATE") { head = ($0.int(0) ?? 0, $0.bytes(1) ?? []) }
            guard head.seq == first.seq - 1 else {
                throw StoreError(
                    .permanent,
                    "\(location): its chain head is record \(head.seq), not \(first.seq - 1): another writer appended meanwhile",
                    code: "chain-mismatch")
            }
            guard JournalRecord.chain(previous: head.chain, recordHash: first.recordHash) == first.chain else {
                throw StoreError(
                    .permanent, "\(location): record \(first.seq) does not follow its chain head: it holds a different history",
                    code: "chain-mismatch")
            }
            var rows = PostgresRows()
            for r in records {
                rows.addJournal(
                    seq: r.seq, kind: r.kind, atMillis: r.atMillis, file: r.file, fileSHA256: r.fileSHA256, identity: r.fileIdentity,
                    server: server, item: r.item, duplicateOf: r.duplicateOf, errorCode: r.errorCode, errorReason: r.errorReason,
                    recordHash: r.recordHash, chain: r.chain, version: r.version, contentHash: r.contentHash,
                    originAtMillis: r.originAtMillis, originHash: r.originHash)
                if let redaction = r.redaction {
                    rows.addRedaction(seq: r.seq, reason: redaction.reason, atMillis: redaction.atMillis)
                }
                guard let a = r.article else { continue }
                rows.addArticle(
                    seq: r.seq, title: a.title, body: a.body, url: a.url, published: a.published, source: a.source, language: a.language,
                    format: a.format, config: PostgresSchema.textSearchConfiguration(r.analysis?.language ?? a.language))
                guard let n = r.analysis else { continue }
                rows.addAnalysis(
                    seq: r.seq, language: n.language, countries: n.countries, places: n.places, people: n.people,
                    organizations: n.organizations, topics: n.topics, fingerprint: n.fingerprint, keys: n.keys, duplicateOf: n.duplicateOf,
                    story: n.story, atMillis: n.atMillis, leadKeys: n.leadKeys ?? "[]", evidence: n.storyEvidence,
                    mainCountries: n.mainCountries ?? "[]")
            }
            for m in merges { rows.addMerge(story: m.story, into: m.into, bySeq: m.bySeq, atMillis: m.atMillis) }
            try await rows.write(s)
            try await s.execute("UPDATE chain_head SET seq = $1, chain = $2 WHERE id = 1", [.int(last.seq), .bytes(last.chain)])
        }
    }

    /// Starts an empty store at a pruned source's checkpoints: they are stored, and the chain head
    /// moves to the last of them, so the first copied record (the one after it) follows the head.
    /// - Throws: `chain-mismatch` when the store is not empty (another writer, or an earlier run).
    public func startAtCheckpoints(_ checkpoints: [Checkpoint]) async throws(StoreError) {
        guard let last = checkpoints.last else { return }
        guard !readOnly else { throw StoreError(.permanent, "\(location): opened read-only") }
        try await open()
        let location = location
        try await transaction { s in
            let head = try await s.scalar("SELECT seq FROM chain_head WHERE id = 1 FOR UPDATE") ?? 0
            guard head == 0 else {
                throw StoreError(.permanent, "\(location): it holds records already (up to \(head)): a pruned store is copied only into an empty one", code: "chain-mismatch")
            }
            for c in checkpoints {
                try await s.execute(
                    "INSERT INTO checkpoints(seq, chain, at_ms, before_ms) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
                    [.int(c.seq), .bytes(c.chain), .int(c.atMillis), .int(c.beforeMillis)])
            }
            try await s.execute("UPDATE chain_head SET seq = $1, chain = $2 WHERE id = 1", [.int(last.seq), .bytes(last.chain)])
        }
    }

    /// The highest alert id stored (0 for none).
    public func lastAlertID() async throws(StoreError) -> Int64 {
        try await session { s in try await s.scalar("SELECT coalesce(max(id), 0) FROM alerts") ?? 0 }
    }

    /// Stores `alerts` with their ids and deliveries (an alert already there is left alone), and
    /// moves the id sequence past them, in one transaction.
    public func appendCopied(_ alerts: [CopiedAlert]) async throws(StoreError) {
        guard let last = alerts.last else { return }
        try await transaction { s in
            for a in alerts {
                try await s.execute(
                    """
                    INSERT INTO alerts(id, alert, priority, seq, story, at_ms, title, url, file, source, topics, countries, score,
                        count, last_seq, delivered_ms, folded_into)
                    VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11::jsonb,$12::jsonb,$13,$14,$15,$16,$17) ON CONFLICT DO NOTHING
                    """,
                    [.int(a.id), .text(a.alert), .int(Int64(a.priority)), .int(a.seq), .int(a.story), .int(a.atMillis), .text(a.title),
                     PGValue(a.url), .text(a.file), PGValue(a.source), .text(a.topics), .text(a.countries), .double(a.score),
                     .int(Int64(a.count)), .int(a.lastSeq), PGValue(a.deliveredMillis), PGValue(a.foldedInto)])
                for d in a.deliveries {
                    try await s.execute(
                        """
                        INSERT INTO alert_deliveries(alert, sink, attempts, last_error, last_attempt_ms, delivered_ms, next_attempt_ms)
                        VALUES ($1,$2,$3,$4,$5,$6,$7) ON CONFLICT DO NOTHING
                        """,
                        [.int(a.id), .text(d.sink), .int(Int64(d.attempts)), PGValue(d.lastError), PGValue(d.lastAttemptMillis),
                         PGValue(d.deliveredMillis), PGValue(d.nextAttemptMillis)])
                }
            }
            try await s.execute("SELECT setval(pg_get_serial_sequence('alerts', 'id'), greatest($1, (SELECT max(id) FROM alerts)))", [.int(last.id)])
        }
    }

    /// Raises this server's match watermark to `seq` (the articles the copied store had matched
    /// are not matched again here).
    public func raiseMatchWatermark(to seq: Int64) async throws(StoreError) {
        let server = server
        try await session { s in
            try await s.execute(
                """
                INSERT INTO match_watermarks(server, seq) VALUES ($1, $2)
                ON CONFLICT (server) DO UPDATE SET seq = greatest(match_watermarks.seq, EXCLUDED.seq)
                """, [.text(server), .int(seq)])
        }
    }
}
