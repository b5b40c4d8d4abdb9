import CSQLite
import NewsCore

/// The full-text index follows the journal.
///
/// FTS5 writes a segment of its own for every transaction that adds rows, and merges segments
/// as they pile up: for a commit of one article that is about 0.3-0.5 ms of CPU and 30-45 WAL
/// pages to sync, a quarter of the way from a dropped file to its alert. The index is derived
/// from the articles, so the daemon's commits need not carry it: with
/// ``searchIndexDeferred`` set, a commit leaves its articles to ``indexForSearch(limit:)``,
/// which indexes those after the watermark in a transaction of its own,
/// many at a time.
///
/// The invariant: the index holds the stored articles up to some record, none after it (a
/// commit that indexes takes everything that waits, in order). Where that is, the watermark,
/// is FTS5's own: the last row of its `docsize` table, which it writes with the index, so a
/// crash or power cut loses both or neither, an older newsd that indexes in its commits moves it
/// too, and whoever writes next catches up. Every writer that is not deferred (`newsd ingest`,
/// `import`, `copy`) catches up in its own commit.
extension SQLiteArticleStore {
    /// Indexes the articles after the watermark, at most `limit` of them (all when nil), inside
    /// the caller's transaction on `db`; returns how many.
    static func indexAwaiting(_ db: SQLiteDatabase, limit: Int?) throws -> Int {
        // One statement, so FTS5 makes one segment of all of them.
        try db.query(
            """
            INSERT INTO articles_fts(rowid, title, body)
                SELECT seq, title, body FROM articles WHERE seq > ? ORDER BY seq\(limit.map { " LIMIT \(max($0, 1))" } ?? "")
            """,
            [.int(try searchWatermark(db))])
        return Int(sqlite3_changes(db.handle))
    }

    /// How many segments of one size FTS5 lets pile up before it merges them (its `automerge`;
    /// FTS5's default is 4, its most 16). Merging is most of what indexing costs beyond the
    /// first write: each article's postings are rewritten once a level, and a level holds
    /// `automerge` segments. At 16, BBC articles indexed 150 to 1,000 at a time cost 80-109 µs
    /// of CPU each against 111-166 µs at 4 (Python's sqlite3 on the same libsqlite3, 20,000
    /// articles, two alternating rounds, load 9-11), and a search still took 0.1-0.2 ms.
    /// A search reads more segments in return (at most 16 a level, about six levels at
    /// 1,000,000 articles).
    static let searchAutomerge = 16

    /// Sets FTS5's `automerge` (``searchAutomerge``) in a store that has none yet: it is kept in
    /// the index's own configuration table, so every writer, older ones too, merges alike.
    static func configureSearchMerging(_ db: SQLiteDatabase) throws(SQLiteError) {
        do {
            guard try db.scalar("SELECT 1 FROM articles_fts_config WHERE k = 'automerge'") == nil else { return }
            try db.query("INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', ?)", [.int(Int64(searchAutomerge))])
        } catch let error as SQLiteError {
            throw error
        } catch {
            throw SQLiteError(code: SQLITE_ERROR, message: "\(error)", path: db.path)
        }
    }

    /// The last article the full-text index holds (FTS5 keeps a row of sizes for each).
    static func searchWatermark(_ db: SQLiteDatabase) throws -> Int64 {
        try db.scalar("SELECT coalesce(max(id), 0) FROM articles_fts_docsize") ?? 0
    }

    /// Indexes up to `limit` articles that wait for the full-text index, in a transaction of its
    /// own; returns how many. Not synced by itself (``withoutOwnSync(_:)``): the index and its
    /// watermark are lost together to a power cut, and indexed again.
    public func indexForSearch(limit: Int) throws -> Int {
        try withoutOwnSync {
            try db.execute("BEGIN IMMEDIATE")
            do {
                let added = try Self.indexAwaiting(db, limit: limit)
                try db.execute("COMMIT")
                return added
            } catch {
                try? db.execute("ROLLBACK")
                throw error
            }
        }
    }

    /// Whether a text search finds every stored article up to record `seq`.
    public func searchable(through seq: Int64) throws -> Bool {
        try db.scalar("SELECT 1 FROM articles WHERE seq > ? AND seq <= ? LIMIT 1", [.int(try Self.searchWatermark(db)), .int(seq)]) == nil
    }

    /// How many stored articles the full-text index does not hold yet.
    public func articlesAwaitingSearch() throws -> Int {
        Int(try db.scalar("SELECT count(*) FROM articles WHERE seq > ?", [.int(try Self.searchWatermark(db))]) ?? 0)
    }

    /// Removes the articles `from...through` from the external-content FTS5 index (which needs
    /// their old text), those at or below the watermark: the others were never indexed.
    func removeFromIndex(from: Int64, through: Int64) throws {
        let last = min(through, try Self.searchWatermark(db))
        guard last >= from else { return }
        var rows: [(Int64, String, String)] = []
        try db.query("SELECT seq, title, body FROM articles WHERE seq BETWEEN ? AND ?", [.int(from), .int(last)]) {
            rows.append(($0.int(0) ?? 0, $0.text(1) ?? "", $0.text(2) ?? ""))
        }
        for (seq, title, body) in rows {
            try db.query("INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)",
                         [.int(seq), .text(title), .text(body)])
        }
    }
}
