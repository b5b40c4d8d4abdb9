import Foundation
import NewsCore

/// Pruning and redaction on PostgreSQL, as on SQLite (docs/retention.md): a checkpoint at the
/// cut, then the records below it in short transactions, highest first; a redaction removes an
/// article's text and analysis and keeps its record. The triggers of migration 2 refuse any other
/// deletion from the journal and the articles.
///
/// Several servers: a prune's transactions hold an advisory lock (``PostgresSchema/pruneLock``),
/// so servers pruning at the same time take turns, and one server's checkpoint is the one all of
/// them finish. Commits do not wait for a prune: they append above the chain head, far above the cut.
extension PostgresStore: JournalRetention {
    public nonisolated var localServer: String? { server }

    private func requireWritable() throws(StoreError) {
        guard !readOnly else { throw StoreError(.permanent, "\(location): opened read-only") }
    }

    public func startPrune(beforeMillis: Int64, at millis: Int64) async throws(StoreError) -> Checkpoint? {
        try requireWritable()
        try await open()
        return try await transaction { s in
            try await s.execute("SELECT pg_advisory_xact_lock($1)", [.int(PostgresSchema.pruneLock)])
            let pending = try await Self.latestCheckpoint(s)
            if let pending, try await s.scalar("SELECT 1 FROM journal WHERE seq <= $1 LIMIT 1", [.int(pending.seq)]) != nil {
                return pending  // left unfinished: finish it first
            }
            let firstKept = try await s.scalar("SELECT min(seq) FROM journal WHERE at_ms >= $1", [.int(beforeMillis)])
            var cut: (seq: Int64, chain: [UInt8])?
            try await s.query(
                "SELECT seq, chain FROM journal WHERE seq < $1 ORDER BY seq DESC LIMIT 1", [.int(firstKept ?? Int64.max)]
            ) { cut = ($0.int(0) ?? 0, $0.bytes(1) ?? []) }
            guard let cut, cut.seq > (pending?.seq ?? 0) else { return nil }
            let checkpoint = Checkpoint(seq: cut.seq, chain: cut.chain, atMillis: millis, beforeMillis: beforeMillis)
            try await s.execute(
                "INSERT INTO checkpoints(seq, chain, at_ms, before_ms) VALUES ($1, $2, $3, $4)",
                [.int(checkpoint.seq), .bytes(checkpoint.chain), .int(millis), .int(beforeMillis)])
            return checkpoint
        }
    }

    /// The latest checkpoint, or nil when the store was never pruned.
    public func latestCheckpoint() async throws(StoreError) -> Checkpoint? {
        try await session { s in try await Self.latestCheckpoint(s) }
    }

    static func latestCheckpoint(_ s: PGSession) async throws -> Checkpoint? {
        var found: Checkpoint?
        try await s.query("SELECT seq, chain, at_ms, before_ms FROM checkpoints ORDER BY seq DESC LIMIT 1") { found = Self.checkpoint($0) }
        return found
    }

    static func checkpoint(_ row: PGRow) -> Checkpoint {
        Checkpoint(seq: row.int(0) ?? 0, chain: row.bytes(1) ?? [], atMillis: row.int(2) ?? 0, beforeMillis: row.int(3) ?? 0)
    }

    public func recordCount(through seq: Int64) async throws(StoreError) -> Int {
        try await session { s in Int(try await s.scalar("SELECT count(*) FROM journal WHERE seq <= $1", [.int(seq)]) ?? 0) }
    }

    public func pruneCandidates(through seq: Int64, limit: Int) async throws(StoreError) -> [JournalFile] {
        try await session { s in
            var out: [JournalFile] = []
            try await s.query(
                "SELECT seq, kind, file, file_sha256, at_ms, server FROM journal WHERE seq <= $1 ORDER BY seq DESC LIMIT $2",
                [.int(seq), .int(Int64(limit))]) { out.append(Self.journalFile($0)) }
            return out
        }
    }

    static func journalFile(_ row: PGRow) -> JournalFile {
        JournalFile(
            seq: row.int(0) ?? 0, kind: JournalRecord.Kind(rawValue: row.text(1) ?? "") ?? .failed, file: row.text(2) ?? "",
            fileSHA256: row.text(3) ?? "", atMillis: row.int(4) ?? 0, server: row.text(5))
    }

    public func deleteRecords(from: Int64, through: Int64) async throws(StoreError) {
        try requireWritable()
        let range: [PGValue] = [.int(from), .int(through)]
        try await transaction { s in
            try await s.execute("SELECT pg_advisory_xact_lock($1)", [.int(PostgresSchema.pruneLock)])
            try await s.execute("DELETE FROM alert_deliveries WHERE alert IN (SELECT id FROM alerts WHERE seq BETWEEN $1 AND $2)", range)
            try await s.execute("DELETE FROM alerts WHERE seq BETWEEN $1 AND $2", range)
            try await s.execute("DELETE FROM analysis WHERE seq BETWEEN $1 AND $2", range)
            try await s.execute("DELETE FROM articles WHERE seq BETWEEN $1 AND $2", range)
            try await s.execute("DELETE FROM redactions WHERE seq BETWEEN $1 AND $2", range)
            try await s.execute("DELETE FROM journal WHERE seq BETWEEN $1 AND $2", range)
            try await s.execute(
                """
                DELETE FROM story_merges m WHERE m.by_seq BETWEEN $1 AND $2
                    AND NOT EXISTS (SELECT 1 FROM analysis n WHERE n.story = m.story)
                    AND NOT EXISTS (SELECT 1 FROM story_merges o WHERE o.into_story = m.story)
                """, range)
        }
    }

    /// Removes article `seq`'s text, analysis and full-text entry (the tsvector is a column of its
    /// row) and the title of its alerts, keeping its record and content hash, in one transaction.
    /// The old row versions stay in the table's pages until VACUUM reuses them (docs/postgres.md).
    public func redact(seq: Int64, reason: String, at millis: Int64) async throws(StoreError) -> RedactOutcome {
        try requireWritable()
        try await open()
        return try await transaction { s in
            var kind: String?
            try await s.query("SELECT kind FROM journal WHERE seq = $1", [.int(seq)]) { kind = $0.text(0) }
            guard let kind else { return .notFound }
            guard kind == JournalRecord.Kind.article.rawValue else { return .notAnArticle(kind: kind) }
            // Two redactions of one article at once: the second waits on the key, then finds the first's.
            let inserted = try await s.scalar(
                "INSERT INTO redactions(seq, reason, at_ms) VALUES ($1, $2, $3) ON CONFLICT (seq) DO NOTHING RETURNING 1",
                [.int(seq), .text(reason), .int(millis)])
            guard inserted != nil else {
                var earlier: (reason: String, atMillis: Int64) = ("", 0)
                try await s.query("SELECT reason, at_ms FROM redactions WHERE seq = $1", [.int(seq)]) { earlier = ($0.text(0) ?? "", $0.int(1) ?? 0) }
                return .alreadyRedacted(reason: earlier.reason, atMillis: earlier.atMillis, files: try await Self.files(of: seq, s))
            }
            try await s.execute("DELETE FROM analysis WHERE seq = $1", [.int(seq)])
            try await s.execute("DELETE FROM articles WHERE seq = $1", [.int(seq)])
            let alerts = try await s.scalar("SELECT count(*) FROM alerts WHERE seq = $1", [.int(seq)]) ?? 0
            try await s.execute("UPDATE alerts SET title = $1, url = NULL WHERE seq = $2", [.text(RedactOutcome.redactedTitle), .int(seq)])
            return .redacted(files: try await Self.files(of: seq, s), alerts: Int(alerts))
        }
    }

    /// The records whose processed/ file holds article `seq`'s bytes: its own and its duplicates'.
    static func files(of seq: Int64, _ s: PGSession) async throws -> [JournalFile] {
        var files: [JournalFile] = []
        try await s.query(
            """
            SELECT seq, kind, file, file_sha256, at_ms, server FROM journal
            WHERE seq = $1 OR (kind = 'duplicate' AND duplicate_of = $1) ORDER BY seq
            """, [.int(seq)]) { files.append(Self.journalFile($0)) }
        return files
    }
}
