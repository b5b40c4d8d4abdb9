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
            var configs = Set<String>()
            for r in records {
                try await s.execute(
                    """
                    INSERT INTO journal(seq, kind, at_ms, file, file_sha256, file_identity, server, item, duplicate_of,
                        error_code, error_reason, record_hash, chain, version, content_hash, origin_at_ms, origin_hash)
                        VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17)
                    """,
                    [.int(r.seq), .text(r.kind), .int(r.atMillis), .text(r.file), .text(r.fileSHA256), PGValue(r.fileIdentity),
                     .text(server), .int(Int64(r.item)), PGValue(r.duplicateOf), PGValue(r.errorCode), PGValue(r.errorReason),
                     .bytes(r.recordHash), .bytes(r.chain), .int(Int64(r.version)), r.contentHash.map { .bytes($0) } ?? .null,
                     PGValue(r.originAtMillis), PGValue(r.originHash)])
                if let a = r.article {
                    let config = PostgresSchema.textSearchConfiguration(r.analysis?.language ?? a.language)
                    configs.insert(config)
                    try await s.execute(
                        """
                        INSERT INTO articles(seq, title, body, url, published, source, language, format, ts_config, tsv)
                        VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9::regconfig,
                            setweight(to_tsvector($9::regconfig, $2), 'A') || setweight(to_tsvector($9::regconfig, $3), 'B'))
                        """,
                        [.int(r.seq), .text(a.title), .text(a.body), PGValue(a.url), PGValue(a.published), PGValue(a.source),
                         PGValue(a.language), .text(a.format), .text(config)])
                }
                if let n = r.analysis, r.article != nil {
                    try await s.execute(
                        """
                        INSERT INTO analysis(seq, language, countries, places, people, organizations, topics, fingerprint, keys,
                            duplicate_of, story, at_ms, lead_keys, story_evidence, main_countries)
                        VALUES ($1,$2,$3::jsonb,$4::jsonb,$5::jsonb,$6::jsonb,$7::jsonb,$8,$9::jsonb,$10,$11,$12,$13::jsonb,$14::jsonb,$15::jsonb)
                        """,
                        [.int(r.seq), PGValue(n.language), .text(n.countries), .text(n.places), .text(n.people), .text(n.organizations),
                         .text(n.topics), .int(n.fingerprint), .text(n.keys), PGValue(n.duplicateOf), .int(n.story), .int(n.atMillis),
                         .text(n.leadKeys ?? "[]"), PGValue(n.storyEvidence), .text(n.mainCountries ?? "[]")])
                }
            }
            for m in merges {
                try await s.execute(
                    """
                    INSERT INTO story_merges(story, into_story, by_seq, at_ms) VALUES ($1,$2,$3,$4)
                    ON CONFLICT (story) DO UPDATE SET into_story = EXCLUDED.into_story, by_seq = EXCLUDED.by_seq, at_ms = EXCLUDED.at_ms
                    """, [.int(m.story), .int(m.into), .int(m.bySeq), .int(m.atMillis)])
            }
            if !configs.isEmpty {
                try await s.execute(
                    "INSERT INTO ts_configs SELECT unnest($1::text[])::regconfig ON CONFLICT DO NOTHING", [.texts(configs.sorted())])
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
