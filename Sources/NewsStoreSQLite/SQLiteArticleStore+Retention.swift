import CSQLite
import Foundation
import NewsCore

extension SQLiteArticleStore {
    /// The title an alert keeps once its article is redacted.
    public static let redactedTitle = RedactOutcome.redactedTitle

    /// Whether the store has the tables of schema 4 (a store made by an older newsd, opened read-only, has not).
    func hasRetentionSchema() throws -> Bool {
        try db.scalar("SELECT count(*) FROM sqlite_master WHERE name IN ('redactions', 'checkpoints')") == 2
    }

    // MARK: Redaction

    /// Removes the text and analysis of article `seq` (from the full-text index too) and the title
    /// of its alerts, keeping its record: the record's hash covers the article only through its
    /// content hash, so the chain still verifies. Deleted pages are overwritten (`secure_delete`)
    /// and the WAL is truncated when no reader holds it.
    public func redact(seq: Int64, reason: String, at millis: Int64) throws -> RedactOutcome {
        try db.execute("PRAGMA secure_delete = ON")
        try db.execute("BEGIN IMMEDIATE")
        do {
            var kind: String?
            try db.query("SELECT kind FROM journal WHERE seq = ?", [.int(seq)]) { kind = $0.text(0) }
            guard let kind else {
                try db.execute("ROLLBACK")
                return .notFound
            }
            guard kind == JournalRecord.Kind.article.rawValue else {
                try db.execute("ROLLBACK")
                return .notAnArticle(kind: kind)
            }
            var earlier: (reason: String, atMillis: Int64)?
            try db.query("SELECT reason, at_ms FROM redactions WHERE seq = ?", [.int(seq)]) { earlier = ($0.text(0) ?? "", $0.int(1) ?? 0) }
            if let earlier {
                let files = try files(of: seq)
                try db.execute("ROLLBACK")
                return .alreadyRedacted(reason: earlier.reason, atMillis: earlier.atMillis, files: files)
            }
            try db.query("INSERT INTO redactions(seq, reason, at_ms) VALUES (?,?,?)", [.int(seq), .text(reason), .int(millis)])
            try removeFromIndex(from: seq, through: seq)
            try db.query("DELETE FROM analysis WHERE seq = ?", [.int(seq)])
            try db.query("DELETE FROM articles WHERE seq = ?", [.int(seq)])
            let alerts = try db.scalar("SELECT count(*) FROM alerts WHERE seq = ?", [.int(seq)]) ?? 0
            try db.query("UPDATE alerts SET title = ?, url = NULL WHERE seq = ?", [.text(Self.redactedTitle), .int(seq)])
            let files = try files(of: seq)
            try db.execute("COMMIT")
            try? db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            return .redacted(files: files, alerts: Int(alerts))
        } catch {
            try? db.execute("ROLLBACK")
            throw error
        }
    }

    /// The records whose processed/ file holds article `seq`'s bytes: its own and its duplicates'.
    private func files(of seq: Int64) throws -> [JournalFile] {
        var files: [JournalFile] = []
        try db.query(
            "SELECT seq, kind, file, file_sha256, at_ms FROM journal WHERE seq = ? OR (kind = 'duplicate' AND duplicate_of = ?) ORDER BY seq",
            [.int(seq), .int(seq)]) { files.append(Self.journalFile($0)) }
        return files
    }

    static func journalFile(_ row: SQLiteDatabase.Row) -> JournalFile {
        JournalFile(seq: row.int(0) ?? 0, kind: JournalRecord.Kind(rawValue: row.text(1) ?? "") ?? .failed,
                    file: row.text(2) ?? "", fileSHA256: row.text(3) ?? "", atMillis: row.int(4) ?? 0)
    }

    // MARK: Pruning

    /// The prune to carry out: one left unfinished (killed in the middle), else a new checkpoint
    /// at the last record ingested before `beforeMillis`; nil when nothing is that old.
    ///
    /// The checkpoint is the chain value at the cut, not signed: it lets `newsd verify` check
    /// every later record from there, and it must equal the chain value of its record while that
    /// record exists. It proves nothing about the records before it (they are gone), and someone
    /// who can write the database could add a checkpoint to hide a removal, as they could
    /// rewrite the whole chain; the head anchor beside the store and a copy of the checkpoint
    /// kept elsewhere (newsd logs it) are what pin it. An HMAC would need a key kept from
    /// whoever can write the store, which newsd does not have.
    public func startPrune(beforeMillis: Int64, at millis: Int64) throws -> Checkpoint? {
        if let pending = try latestCheckpoint(),
            try db.scalar("SELECT 1 FROM journal WHERE seq <= ? LIMIT 1", [.int(pending.seq)]) != nil
        {
            return pending
        }
        let firstKept = try db.scalar("SELECT seq FROM journal WHERE at_ms >= ? ORDER BY seq LIMIT 1", [.int(beforeMillis)])
        var cut: (seq: Int64, chain: [UInt8])?
        try db.query(
            "SELECT seq, chain FROM journal WHERE seq < ? ORDER BY seq DESC LIMIT 1", [.int(firstKept ?? Int64.max)]
        ) { cut = ($0.int(0) ?? 0, $0.blob(1)) }
        guard let cut else { return nil }
        let checkpoint = Checkpoint(seq: cut.seq, chain: cut.chain, atMillis: millis, beforeMillis: beforeMillis)
        try db.query("INSERT INTO checkpoints(seq, chain, at_ms, before_ms) VALUES (?,?,?,?)",
                     [.int(checkpoint.seq), .blob(checkpoint.chain), .int(millis), .int(beforeMillis)])
        return checkpoint
    }

    public func latestCheckpoint() throws -> Checkpoint? {
        var found: Checkpoint?
        try db.query("SELECT seq, chain, at_ms, before_ms FROM checkpoints ORDER BY seq DESC LIMIT 1") {
            found = Checkpoint(seq: $0.int(0) ?? 0, chain: $0.blob(1), atMillis: $0.int(2) ?? 0, beforeMillis: $0.int(3) ?? 0)
        }
        return found
    }

    /// How many records are at or before `seq` (what a prune to there has left to do).
    public func recordCount(through seq: Int64) throws -> Int {
        Int(try db.scalar("SELECT count(*) FROM journal WHERE seq <= ?", [.int(seq)]) ?? 0)
    }

    /// The next records to prune, at most `limit`, highest first: what is left stays a prefix of
    /// the journal, which verifies from its start, then from the checkpoint.
    public func pruneCandidates(through seq: Int64, limit: Int) throws -> [JournalFile] {
        var out: [JournalFile] = []
        try db.query(
            "SELECT seq, kind, file, file_sha256, at_ms FROM journal WHERE seq <= ? ORDER BY seq DESC LIMIT ?",
            [.int(seq), .int(Int64(limit))]) { out.append(Self.journalFile($0)) }
        return out
    }

    /// Deletes the records `from...through` (below a checkpoint) with everything about them: the
    /// article, its full-text entry, analysis, redaction, alerts and their deliveries, and the story
    /// merges no remaining article or merge needs. One transaction.
    public func deleteRecords(from: Int64, through: Int64) throws {
        let range: [SQLValue] = [.int(from), .int(through)]
        try db.execute("BEGIN IMMEDIATE")
        do {
            try removeFromIndex(from: from, through: through)
            try db.query("DELETE FROM alert_deliveries WHERE alert IN (SELECT id FROM alerts WHERE seq BETWEEN ? AND ?)", range)
            try db.query("DELETE FROM alerts WHERE seq BETWEEN ? AND ?", range)
            try db.query("DELETE FROM analysis WHERE seq BETWEEN ? AND ?", range)
            try db.query("DELETE FROM articles WHERE seq BETWEEN ? AND ?", range)
            try db.query("DELETE FROM redactions WHERE seq BETWEEN ? AND ?", range)
            try db.query("DELETE FROM journal WHERE seq BETWEEN ? AND ?", range)
            try db.query(
                """
                DELETE FROM story_merges WHERE by_seq BETWEEN ? AND ?
                    AND NOT EXISTS (SELECT 1 FROM analysis n WHERE n.story = story_merges.story)
                    AND NOT EXISTS (SELECT 1 FROM story_merges m WHERE m.into_story = story_merges.story)
                """, range)
            try db.execute("COMMIT")
        } catch {
            try? db.execute("ROLLBACK")
            throw error
        }
    }

    /// What `prune` did.
    public struct PruneSummary: Sendable, Equatable {
        public var checkpoint: Checkpoint?
        public var records = 0
        public var articles = 0
        public var batches = 0
        /// The longest batch's transaction (the longest the write lock was held), seconds.
        public var longestBatch = 0.0
    }

    /// Prunes the records ingested before `beforeMillis` (or finishes a prune left unfinished),
    /// `batchSize` records per transaction, so the write lock is never held long and a kill
    /// loses at most one batch's work (the next run resumes).
    /// - Parameter removeFiles: called with each batch before its records go (a kill in between
    ///   leaves the records, and the next run removes the files again, which are gone).
    public func prune(
        beforeMillis: Int64, at millis: Int64, batchSize: Int = 500,
        removeFiles: ([JournalFile]) throws -> Void = { _ in }
    ) throws -> PruneSummary {
        var summary = PruneSummary()
        guard let checkpoint = try startPrune(beforeMillis: beforeMillis, at: millis) else { return summary }
        summary.checkpoint = checkpoint
        while true {
            let batch = try pruneCandidates(through: checkpoint.seq, limit: max(1, batchSize))
            guard let high = batch.first?.seq, let low = batch.last?.seq else { break }
            try removeFiles(batch)
            let start = DispatchTime.now().uptimeNanoseconds
            try deleteRecords(from: low, through: high)
            summary.longestBatch = max(summary.longestBatch, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            summary.records += batch.count
            summary.articles += batch.filter { $0.kind == .article }.count
            summary.batches += 1
        }
        return summary
    }

    // MARK: Export and import

    /// One article as `newsd export` writes it.
    public typealias ExportedArticle = NewsCore.ExportedArticle

    /// How many articles `exportPage` would give from `sinceMillis` on (for the progress bar).
    public func exportCount(sinceMillis: Int64) throws -> Int64 {
        try db.scalar("SELECT count(*) FROM articles a JOIN journal j ON j.seq = a.seq WHERE j.at_ms >= ?", [.int(sinceMillis)]) ?? 0
    }

    /// The articles after `afterSeq` ingested at or after `sinceMillis`, in order, at most
    /// `limit`: the export reads page by page, so its memory does not grow with the store.
    /// Redacted and pruned articles are not in it.
    public func exportPage(afterSeq: Int64, sinceMillis: Int64, limit: Int) throws -> [ExportedArticle] {
        let extra = try hasRetentionSchema() ? "j.content_hash, j.origin_at_ms, j.origin_hash" : "NULL, NULL, NULL"
        var out: [ExportedArticle] = []
        try db.query(
            """
            SELECT \(Self.articleColumns), j.record_hash, \(extra) FROM \(Self.articleTables)
            WHERE a.seq > ? AND j.at_ms >= ? ORDER BY a.seq LIMIT ?
            """,
            [.int(afterSeq), .int(sinceMillis), .int(Int64(limit))]
        ) { row in
            let stored = Self.stored(row)
            let n = Self.articleColumnCount
            out.append(ExportedArticle(
                stored: stored, contentHash: row.isNull(n + 1) ? JournalRecord.contentHash(stored.article) : row.blob(n + 1),
                recordHash: row.blob(n), originAtMillis: row.int(n + 2), originHash: row.text(n + 3)))
        }
        return try out.map { var e = $0; e.stored = try resolved(e.stored); return e }
    }

    /// One article to import: what the export wrote, analysed again by the importer.
    public typealias ImportedArticle = NewsCore.ImportedArticle

    /// Whether an article with this content hash is stored (imports are idempotent by it).
    public func hasContent(_ hash: [UInt8]) throws -> Bool {
        try db.scalar("SELECT 1 FROM journal WHERE content_hash = ? LIMIT 1", [.blob(hash)]) != nil
    }

    /// Appends the articles as new records of this store's chain (stored at `millis`, their first
    /// intake time and record hash kept as provenance), in one transaction; an article whose
    /// content is already stored is skipped. Returns the new sequence numbers.
    public func importArticles(_ items: [ImportedArticle], at millis: Int64, linker: StoryLinker?) throws -> [Int64] {
        guard !items.isEmpty else { return [] }
        try db.execute("BEGIN IMMEDIATE")
        do {
            var (seq, chain) = try head()
            var added: [Int64] = []
            for item in items where try !hasContent(JournalRecord.contentHash(item.article)) {
                seq += 1
                let record = JournalRecord(
                    seq: seq, kind: .article, atMillis: millis, file: item.file, fileSHA256: item.fileSHA256, item: item.item,
                    article: item.article, originAtMillis: item.originAtMillis, originHash: item.originHash)
                let (content, hash) = record.hashes
                chain = JournalRecord.chain(previous: chain, recordHash: hash)
                try insert(record, identity: nil, content: content, hash: hash, chain: chain)
                if let analysis = item.analysis {
                    let at = item.article.eventMillis(ingestedAt: item.originAtMillis ?? millis)
                    let link = linker?.link(seq: seq, atMillis: at, analysis: analysis)
                    try saveAnalysis(analysis, seq: seq, link: link ?? StoryLinker.Link(duplicateOf: nil, story: seq), atMillis: at)
                    if let link { try saveMerges(link, seq: seq, at: millis) }
                }
                added.append(seq)
            }
            if !added.isEmpty {
                try db.query("INSERT OR REPLACE INTO meta(key, value) VALUES ('head_seq', ?), ('head_chain', ?)",
                             [.text(String(seq)), .text(ContentHash.hex(chain))])
            }
            if !searchIndexDeferred { _ = try Self.indexAwaiting(db, limit: nil) }
            try db.execute("COMMIT")
            linker?.commit()
            if !added.isEmpty { anchorHead(seq: seq, chain: chain) }
            return added
        } catch {
            try? db.execute("ROLLBACK")
            linker?.rollback()
            throw error
        }
    }
}
