import CSQLite
import Foundation
import NewsCore

/// The embedded store: SQLite in WAL mode with `synchronous=FULL`, an append-only journal
/// guarded by triggers and a hash chain, and an FTS5 index over title and body.
public final class SQLiteArticleStore: ArticleStore {
    let db: SQLiteDatabase
    public var path: String { db.path }
    /// The head anchored outside the database (``StoreAnchor``); nil when opened read-only.
    private var anchor: StoreAnchor.Writer?
    /// Records the database lost since the anchor was written (found when it was opened for
    /// writing): their sequence numbers are not given out again, and `newsd verify` reports them.
    public private(set) var lostRecords: ClosedRange<Int64>?
    /// Why the last anchor write failed, if it did (the commit itself stands). With the anchor
    /// written in the background, the last write done so far.
    public var anchorFailure: String? {
        if let anchorSyncer { return anchorSyncer.failure }
        return anchorWriteFailure
    }
    private var anchorWriteFailure: String?
    /// The anchor's own thread, once ``anchorInBackground()`` started it.
    private(set) var anchorSyncer: AnchorSyncer?

    /// Whether commits leave their articles to ``indexForSearch(limit:)`` (the daemon's store),
    /// instead of adding them to the full-text index themselves. See ``indexAwaiting(_:limit:)``.
    public var searchIndexDeferred = false

    /// The WAL file is cut back to this many bytes when it starts again from its beginning (the
    /// writer's backstop checkpoint's worth of pages): a log that grew while a reader held an old
    /// snapshot, or during a long burst, does not keep its high-water mark on disk.
    static let walFileLimit = Int64(WALCheckpointer.backstop) * 4_096

    /// Opens (creating when needed) the store at `path`.
    /// - Parameter anchored: keep the head anchor; false for a process that writes only the
    ///   alert outbox (`newsd deliver`), beside the daemon that owns the journal and its anchor.
    public init(path: String, readOnly: Bool = false, anchored: Bool = true) throws(SQLiteError) {
        db = try SQLiteDatabase(path: path, readOnly: readOnly)
        if !readOnly {
            try db.execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;")
            try db.execute("PRAGMA journal_size_limit=\(Self.walFileLimit)")
            try migrate()
            if anchored { try openAnchor() }
        }
    }

    /// The WAL's checkpointer, once ``checkpointInBackground()`` started it.
    private(set) var checkpointer: WALCheckpointer?

    /// Checkpoints the WAL on a thread and connection of its own from now on, instead of in the
    /// commit that crosses 1,000 pages (``WALCheckpointer``). The daemon's store does this.
    public func checkpointInBackground() {
        guard checkpointer == nil, let handle = db.handle else { return }
        let started = WALCheckpointer(path: path)
        started.hook(handle)
        checkpointer = started
    }

    /// Writes the head anchor on a thread of its own from now on (``AnchorSyncer``): a commit
    /// returns once its transaction is durable, without waiting for the anchor's fsync. The
    /// daemon's store does this.
    public func anchorInBackground() {
        guard anchor != nil, anchorSyncer == nil else { return }
        do {
            // A writer of its own (the one kept so far is closed): it goes to the syncer's thread.
            let writer = try StoreAnchor.Writer(path: StoreAnchor.path(forStore: path))
            anchor = nil
            anchorSyncer = AnchorSyncer(writer)
        } catch {
            anchorWriteFailure = error.description
        }
    }

    deinit {
        anchorSyncer?.stop()
        if let checkpointer {
            sqlite3_wal_hook(db.handle, nil, nil)
            checkpointer.stop()
        }
    }

    /// Compares the database's head with its anchor: a database behind its anchor lost its last
    /// commits. The loss is recorded (`meta` `lost_records`, and the floor below which no sequence
    /// number is given out again), then the anchor is kept up to date from here on.
    private func openAnchor() throws(SQLiteError) {
        let anchorPath = StoreAnchor.path(forStore: path)
        do {
            let (seq, chain) = try head()
            let existing = try StoreAnchor.read(path: anchorPath)
            let writer = try StoreAnchor.Writer(path: anchorPath)
            if let existing, existing.seq > seq {
                lostRecords = (seq + 1)...existing.seq
                try db.query(
                    "INSERT OR REPLACE INTO meta(key, value) VALUES ('seq_floor', ?), ('lost_records', coalesce((SELECT value || ',' FROM meta WHERE key = 'lost_records'), '') || ?)",
                    [.text(String(existing.seq)), .text("\(seq + 1)-\(existing.seq)@\(Int64(Date().timeIntervalSince1970 * 1000))")])
            } else if existing == nil || existing!.seq < seq {
                // A new store, one made before anchors, or an anchor a crash left one commit behind.
                try writer.write(StoreAnchor(seq: seq, chain: chain))
                try writer.write(StoreAnchor(seq: seq, chain: chain))
            }
            try db.query("INSERT OR REPLACE INTO meta(key, value) VALUES ('anchored', '1')")
            anchor = writer
        } catch let error as SQLiteError {
            throw error
        } catch {
            throw SQLiteError(code: SQLITE_CANTOPEN, message: "\(error)", path: path)
        }
    }

    private func migrate() throws(SQLiteError) {
        try db.execute(
            """
            BEGIN IMMEDIATE;
            CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS journal(
                seq INTEGER PRIMARY KEY,
                kind TEXT NOT NULL CHECK (kind IN ('article', 'duplicate', 'failed')),
                at_ms INTEGER NOT NULL,
                file TEXT NOT NULL,
                file_sha256 TEXT NOT NULL,
                file_identity TEXT,
                item INTEGER NOT NULL DEFAULT 0,
                duplicate_of INTEGER,
                error_code TEXT,
                error_reason TEXT,
                record_hash BLOB NOT NULL,
                chain BLOB NOT NULL
            );
            CREATE INDEX IF NOT EXISTS journal_sha ON journal(file_sha256, kind);
            CREATE INDEX IF NOT EXISTS journal_identity ON journal(file_identity) WHERE file_identity IS NOT NULL;
            CREATE INDEX IF NOT EXISTS journal_at ON journal(at_ms);
            CREATE TABLE IF NOT EXISTS articles(
                seq INTEGER PRIMARY KEY REFERENCES journal(seq),
                title TEXT NOT NULL,
                body TEXT NOT NULL,
                url TEXT,
                published TEXT,
                source TEXT,
                language TEXT,
                format TEXT NOT NULL
            );
            CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
                title, body, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
            );
            CREATE TRIGGER IF NOT EXISTS journal_no_update BEFORE UPDATE ON journal
                BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
            CREATE TRIGGER IF NOT EXISTS journal_no_delete BEFORE DELETE ON journal
                BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
            CREATE TRIGGER IF NOT EXISTS articles_no_update BEFORE UPDATE ON articles
                BEGIN SELECT RAISE(ABORT, 'articles are append-only'); END;
            CREATE TRIGGER IF NOT EXISTS articles_no_delete BEFORE DELETE ON articles
                BEGIN SELECT RAISE(ABORT, 'articles are append-only'); END;
            CREATE TABLE IF NOT EXISTS analysis(
                seq INTEGER PRIMARY KEY REFERENCES articles(seq),
                language TEXT,
                countries TEXT NOT NULL,
                places TEXT NOT NULL,
                people TEXT NOT NULL,
                organizations TEXT NOT NULL,
                topics TEXT NOT NULL,
                fingerprint INTEGER NOT NULL,
                keys TEXT NOT NULL,
                duplicate_of INTEGER,
                story INTEGER NOT NULL,
                at_ms INTEGER NOT NULL
            );
            CREATE INDEX IF NOT EXISTS analysis_story ON analysis(story);
            CREATE INDEX IF NOT EXISTS analysis_at ON analysis(at_ms);
            CREATE TABLE IF NOT EXISTS story_merges(
                story INTEGER PRIMARY KEY,
                into_story INTEGER NOT NULL CHECK (into_story < story),
                by_seq INTEGER NOT NULL,
                at_ms INTEGER NOT NULL
            );
            CREATE INDEX IF NOT EXISTS story_merges_into ON story_merges(into_story);
            INSERT OR IGNORE INTO meta(key, value) VALUES ('schema', '1');
            \(Self.alertSchema)
            INSERT OR IGNORE INTO meta(key, value) SELECT 'alerts_matched_seq', coalesce(max(seq), 0) FROM journal;
            COMMIT;
            """
        )
        // Schema 2: the analysis keeps the keys of the title and lead, and why the article joined
        // its story; an alert can be folded into an earlier one.
        try addColumns(["lead_keys TEXT", "story_evidence TEXT", "main_countries TEXT"], to: "analysis")
        try addColumns(["folded_into INTEGER"], to: "alerts")
        try db.execute("UPDATE meta SET value = '2' WHERE key = 'schema' AND value = '1'")
        try migrateDeliveries()
        try migrateRetention()
        try Self.configureSearchMerging(db)
    }

    /// Schema 4: records of version 2 (the article through its content hash, provenance of
    /// imports), redactions and prune checkpoints. The journal and articles stay append-only, but
    /// for the articles of a redaction and the records at or before a checkpoint.
    private func migrateRetention() throws(SQLiteError) {
        try addColumns(["version INTEGER", "content_hash BLOB", "origin_at_ms INTEGER", "origin_hash TEXT"], to: "journal")
        let migrated: Bool
        do {
            migrated = try db.scalar("SELECT 1 FROM meta WHERE key = 'schema' AND CAST(value AS INTEGER) >= 4") != nil
        } catch let error as SQLiteError {
            throw error
        } catch {
            throw SQLiteError(code: SQLITE_ERROR, message: "\(error)", path: path)
        }
        guard !migrated else { return }
        try db.execute(
            """
            BEGIN IMMEDIATE;
            CREATE INDEX IF NOT EXISTS journal_content ON journal(content_hash) WHERE content_hash IS NOT NULL;
            CREATE TABLE IF NOT EXISTS redactions(
                seq INTEGER PRIMARY KEY,
                reason TEXT NOT NULL,
                at_ms INTEGER NOT NULL
            );
            CREATE TABLE IF NOT EXISTS checkpoints(
                seq INTEGER PRIMARY KEY,
                chain BLOB NOT NULL,
                at_ms INTEGER NOT NULL,
                before_ms INTEGER NOT NULL
            );
            DROP TRIGGER IF EXISTS journal_no_delete;
            CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
                WHEN OLD.seq > coalesce((SELECT max(seq) FROM checkpoints), 0)
                BEGIN SELECT RAISE(ABORT, 'the journal is append-only: only records up to a prune checkpoint can go'); END;
            DROP TRIGGER IF EXISTS articles_no_delete;
            CREATE TRIGGER articles_no_delete BEFORE DELETE ON articles
                WHEN OLD.seq > coalesce((SELECT max(seq) FROM checkpoints), 0)
                    AND NOT EXISTS (SELECT 1 FROM redactions WHERE seq = OLD.seq)
                BEGIN SELECT RAISE(ABORT, 'articles are append-only: only redacted or pruned ones can go'); END;
            UPDATE meta SET value = '4' WHERE key = 'schema';
            COMMIT;
            """)
    }

    /// Adds the columns (`name TYPE`) a table made by an older newsd lacks.
    private func addColumns(_ columns: [String], to table: String) throws(SQLiteError) {
        var present = Set<String>()
        do {
            try db.query("PRAGMA table_info(\(table))") { present.insert($0.text(1) ?? "") }
        } catch let error as SQLiteError {
            throw error
        } catch {
            throw SQLiteError(code: SQLITE_ERROR, message: "\(error)", path: path)
        }
        for column in columns where !present.contains(String(column.prefix { $0 != " " })) {
            try db.execute("ALTER TABLE \(table) ADD COLUMN \(column)")
        }
    }

    // MARK: Writing

    public func commit(_ items: [IntakeItem], at millis: Int64, linker: StoryLinker?) throws(SQLiteError) -> [IntakeOutcome] {
        guard !items.isEmpty else { return [] }
        try db.execute("BEGIN IMMEDIATE")
        do {
            var (seq, chain) = try head()
            var outcomes: [IntakeOutcome] = []
            outcomes.reserveCapacity(items.count)
            func append(_ record: JournalRecord, identity: String?, analysis: ArticleAnalysis? = nil) throws {
                let (content, hash) = record.hashes
                chain = JournalRecord.chain(previous: chain, recordHash: hash)
                try insert(record, identity: identity, content: content, hash: hash, chain: chain)
                guard let a = record.article else { return }
                if let analysis {
                    let at = a.eventMillis(ingestedAt: record.atMillis)
                    let link = linker?.link(seq: record.seq, atMillis: at, analysis: analysis)
                    try saveAnalysis(analysis, seq: record.seq, link: link ?? StoryLinker.Link(duplicateOf: nil, story: record.seq), atMillis: at)
                    if let link { try saveMerges(link, seq: record.seq, at: millis) }
                }
            }
            for item in items {
                if let identity = item.identity, let earlier = try recorded(identity: identity, sha256: item.sha256) {
                    outcomes.append(earlier)
                    continue
                }
                switch item.result {
                case .failure(let error):
                    seq += 1
                    try append(
                        JournalRecord(seq: seq, kind: .failed, atMillis: millis, file: item.file,
                                      fileSHA256: item.sha256, errorCode: error.code, errorReason: error.description),
                        identity: item.identity)
                    outcomes.append(.failed(seq: seq, code: error.code, reason: error.description))
                case .success(let articles):
                    if let original = try db.scalar(
                        "SELECT min(seq) FROM journal WHERE file_sha256 = ? AND kind = 'article'", [.text(item.sha256)])
                    {
                        seq += 1
                        try append(
                            JournalRecord(seq: seq, kind: .duplicate, atMillis: millis, file: item.file,
                                          fileSHA256: item.sha256, duplicateOf: original),
                            identity: item.identity)
                        outcomes.append(.duplicate(seq: seq, of: original))
                        continue
                    }
                    var seqs: [Int64] = []
                    for (index, article) in articles.enumerated() {
                        seq += 1
                        try append(
                            JournalRecord(seq: seq, kind: .article, atMillis: millis, file: item.file,
                                          fileSHA256: item.sha256, item: index, article: article),
                            identity: index == 0 ? item.identity : nil,
                            analysis: index < item.analyses.count ? item.analyses[index] : nil)
                        seqs.append(seq)
                    }
                    outcomes.append(.stored(seqs: seqs))
                }
            }
            // The full-text rows go in last, in one statement: FTS5 flushes what it holds in
            // memory to a new segment at every statement savepoint, so rows inserted between the
            // other statements would each make a segment of their own (and merges later).
            if !searchIndexDeferred { _ = try Self.indexAwaiting(db, limit: nil) }
            try db.query("INSERT OR REPLACE INTO meta(key, value) VALUES ('head_seq', ?), ('head_chain', ?)",
                         [.text(String(seq)), .text(ContentHash.hex(chain))])
            try db.execute("COMMIT")
            linker?.commit()
            writeHead(seq: seq, chain: chain)
            return outcomes
        } catch {
            try? db.execute("ROLLBACK")
            linker?.rollback()
            if let e = error as? SQLiteError { throw e }
            throw SQLiteError(code: SQLITE_ERROR, message: "\(error)", path: path)
        }
    }

    /// Writes the head anchor after a commit, or hands it to the anchor's thread; a failure is
    /// kept in ``anchorFailure`` (the commit stands).
    private func writeHead(seq: Int64, chain: [UInt8]) {
        if let anchorSyncer { return anchorSyncer.post(StoreAnchor(seq: seq, chain: chain)) }
        do {
            try anchor?.write(StoreAnchor(seq: seq, chain: chain))
            anchorWriteFailure = nil
        } catch {
            anchorWriteFailure = error.description
        }
    }

    /// Writes the head anchor after a commit and returns once it is written (a retention pass).
    func anchorHead(seq: Int64, chain: [UInt8]) {
        writeHead(seq: seq, chain: chain)
        anchorSyncer?.flush()
    }

    /// Inserts one record (and its article) whose chain value the caller computed; the
    /// full-text index takes the article at the end of the transaction or later (``indexAwaiting(_:limit:)``).
    func insert(_ record: JournalRecord, identity: String?, content: [UInt8]?, hash: [UInt8], chain: [UInt8]) throws {
        try db.query(
            """
            INSERT INTO journal(seq, kind, at_ms, file, file_sha256, file_identity, item, duplicate_of,
                error_code, error_reason, record_hash, chain, version, content_hash, origin_at_ms, origin_hash)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """,
            [.int(record.seq), .text(record.kind.rawValue), .int(record.atMillis), .text(record.file),
             .text(record.fileSHA256), SQLValue(identity), .int(Int64(record.item)),
             SQLValue(record.duplicateOf), SQLValue(record.errorCode), SQLValue(record.errorReason),
             .blob(hash), .blob(chain), .int(Int64(record.version)), content.map { .blob($0) } ?? .null,
             SQLValue(record.originAtMillis), SQLValue(record.originHash)]
        )
        guard let a = record.article else { return }
        try db.query(
            "INSERT INTO articles(seq, title, body, url, published, source, language, format) VALUES (?,?,?,?,?,?,?,?)",
            [.int(record.seq), .text(a.title), .text(a.body), SQLValue(a.url),
             SQLValue(a.published.map(DateParser.format)), SQLValue(a.source), SQLValue(a.language),
             .text(a.format)]
        )
    }

    /// Writes (or rewrites, for `newsd reindex`) the analysis of one article.
    func saveAnalysis(_ a: ArticleAnalysis, seq: Int64, link: StoryLinker.Link, atMillis: Int64) throws {
        try db.query(
            """
            INSERT OR REPLACE INTO analysis(seq, language, countries, places, people, organizations, topics, fingerprint,
                keys, duplicate_of, story, at_ms, lead_keys, story_evidence, main_countries) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """,
            [.int(seq), SQLValue(a.language), .text(JSONLine.encode(a.countries)), .text(JSONLine.encode(a.places)),
             .text(JSONLine.encode(a.people)), .text(JSONLine.encode(a.organizations)), .text(JSONLine.encode(a.topics)),
             .int(Int64(bitPattern: a.fingerprintValue)), .text(JSONLine.encode(a.keys)), SQLValue(link.duplicateOf),
             .int(link.story), .int(atMillis), .text(JSONLine.encode(a.leadKeys)),
             SQLValue(link.evidence.map { JSONLine.encode($0) }), .text(JSONLine.encode(a.mainCountries))])
    }

    /// Records the stories an article joined together: an event of its own, so no article's
    /// analysis is rewritten when a later article shows that two stories are one.
    func saveMerges(_ link: StoryLinker.Link, seq: Int64, at millis: Int64) throws {
        for story in link.merged {
            try db.query("INSERT OR REPLACE INTO story_merges(story, into_story, by_seq, at_ms) VALUES (?,?,?,?)",
                         [.int(story), .int(link.story), .int(seq), .int(millis)])
        }
    }

    /// The story `id` is part of now, following recorded merges.
    public func resolveStory(_ id: Int64) throws -> Int64 {
        var story = id
        for _ in 0..<10_000 {
            guard let into = try db.scalar("SELECT into_story FROM story_merges WHERE story = ?", [.int(story)]) else { break }
            story = into
        }
        return story
    }

    /// Every story id that is now part of `story` (itself included).
    public func storyMembers(_ story: Int64) throws -> [Int64] {
        var out = [story]
        var i = 0
        while i < out.count, out.count < 100_000 {
            try db.query("SELECT story FROM story_merges WHERE into_story = ?", [.int(out[i])]) { out.append($0.int(0) ?? 0) }
            i += 1
        }
        return out
    }

    /// Teaches `linker` the articles already stored: the fingerprints of the latest articles and
    /// the story keys of the latest ones, as many as the linker keeps in memory, and the story
    /// merges among them. Bounded, so start-up stays fast and memory flat however large
    /// the store grows.
    public func restore(_ linker: StoryLinker) throws {
        var restoring = try startRestore(linker)
        while try restore(linker, &restoring, rows: Int.max) {}
    }

    /// Where a restore in steps (``restore(_:_:rows:)``) has got to.
    public struct LinkerRestore: Sendable {
        /// Rows above this seq are still to be read, up to `last`.
        fileprivate var after: Int64
        fileprivate let last: Int64
        /// Rows above this seq come with their keys.
        fileprivate let keysAfter: Int64
        /// The window's first seq less one: merges of later stories are restored.
        fileprivate let first: Int64
        /// Rows read so far.
        public fileprivate(set) var rows = 0
    }

    /// The window a restore of `linker` reads: the latest ``StoryLinker/Configuration/fingerprints``
    /// articles stored now.
    public func startRestore(_ linker: StoryLinker) throws -> LinkerRestore {
        let lastSeq = try db.scalar("SELECT max(seq) FROM analysis") ?? 0
        let firstSeq = lastSeq - Int64(linker.configuration.fingerprints)
        return LinkerRestore(after: firstSeq, last: lastSeq, keysAfter: lastSeq - Int64(linker.configuration.stories), first: firstSeq)
    }

    /// Teaches `linker` the next `rows` articles of the window at most (in seq order), then, once
    /// the window is read, the story merges among them.
    /// - Returns: whether rows remain (call again).
    public func restore(_ linker: StoryLinker, _ restoring: inout LinkerRestore, rows: Int) throws -> Bool {
        var read = 0
        var after = restoring.after
        try db.query(
            """
            SELECT seq, at_ms, fingerprint, story, CASE WHEN seq > ? THEN keys END, lead_keys
            FROM analysis WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?
            """,
            [.int(restoring.keysAfter), .int(after), .int(restoring.last), .int(Int64(min(rows, Int(Int64.max))))]
        ) { row in
            let keys = row.text(4).map { JSONText.decode([String].self, $0) ?? [] }
            let lead = keys == nil ? [] : row.text(5).flatMap { JSONText.decode([String].self, $0) } ?? []
            let seq = row.int(0) ?? 0
            linker.restore(seq: seq, atMillis: row.int(1) ?? 0,
                           fingerprint: UInt64(bitPattern: row.int(2) ?? 0), story: row.int(3) ?? 0, keys: keys, leadKeys: lead)
            after = seq
            read += 1
        }
        restoring.after = after
        restoring.rows += read
        if read == rows, after < restoring.last { return true }
        try db.query("SELECT story, into_story FROM story_merges WHERE story > ? ORDER BY story", [.int(restoring.first)]) { row in
            linker.restoreMerge(story: row.int(0) ?? 0, into: row.int(1) ?? 0)
        }
        return false
    }

    /// The last record's seq and chain value; the seq is never below `seq_floor`, so numbers the
    /// database lost (``lostRecords``) are not given out again.
    /// A store pruned to its head continues from the last checkpoint.
    func head() throws -> (Int64, [UInt8]) {
        var result: (Int64, [UInt8]) = (0, JournalRecord.genesis)
        try db.query("SELECT seq, chain FROM journal ORDER BY seq DESC LIMIT 1") { row in
            result = (row.int(0) ?? 0, row.blob(1))
        }
        try db.query("SELECT seq, chain FROM checkpoints ORDER BY seq DESC LIMIT 1") { row in
            if let seq = row.int(0), seq > result.0 { result = (seq, row.blob(1)) }
        }
        var floor: Int64 = 0
        try db.query("SELECT value FROM meta WHERE key = 'seq_floor'") { floor = Int64($0.text(0) ?? "") ?? 0 }
        result.0 = max(result.0, floor)
        return result
    }

    private func recorded(identity: String, sha256: String) throws -> IntakeOutcome? {
        var outcome: IntakeOutcome?
        try db.query(
            "SELECT kind, seq, error_code, error_reason FROM journal WHERE file_identity = ? AND file_sha256 = ? LIMIT 1",
            [.text(identity), .text(sha256)]
        ) { row in
            outcome = .alreadyRecorded(
                kind: JournalRecord.Kind(rawValue: row.text(0) ?? "") ?? .article,
                seq: row.int(1) ?? 0, code: row.text(2), reason: row.text(3))
        }
        return outcome
    }
}
