import CSQLite
import Foundation
import NewsCore
import Testing

@testable import NewsStoreSQLite

@Suite final class RetentionTests: Sendable {
    let directory: String
    let path: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("newsd-retention-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        path = directory + "/newsd.db"
    }

    /// The test's folder goes with it (a store, its WAL and anchor: megabytes a test).
    deinit { try? FileManager.default.removeItem(atPath: directory) }

    func item(_ file: String, _ title: String) -> IntakeItem {
        IntakeItem(
            file: file, identity: nil, sha256: ContentHash.sha256Hex(Array(title.utf8)),
            result: .success([Article(title: title, body: "Body of \(title), with the word zebra\(file).", format: "text")]))
    }

    /// Runs raw SQL on the store file, bypassing the store.
    func raw(_ sql: String) throws {
        var db: OpaquePointer?
        #expect(sqlite3_open(path, &db) == SQLITE_OK)
        defer { sqlite3_close(db) }
        let rc = sqlite3_exec(db, sql, nil, nil, nil)
        #expect(rc == SQLITE_OK, "\(String(cString: sqlite3_errmsg(db)))")
    }

    func count(_ store: SQLiteArticleStore, _ sql: String) throws -> Int64 { try store.db.scalar(sql) ?? -1 }

    /// A store with `n` articles, the i-th committed at time i (1-based).
    func store(articles n: Int) throws -> SQLiteArticleStore {
        let store = try SQLiteArticleStore(path: path)
        for i in 1...n { _ = try store.commit([item("f\(i).txt", "Title \(i)")], at: Int64(i)) }
        return store
    }

    // MARK: Record version 2

    @Test func newRecordsAreVersion2AndHashTheArticleThroughItsContentHash() throws {
        let store = try store(articles: 2)
        #expect(try count(store, "SELECT count(*) FROM journal WHERE version = 2 AND length(content_hash) = 32") == 2)
        #expect(try store.verify().problem == nil)
        let article = Article(title: "T", body: "B", format: "text")
        var record = JournalRecord(seq: 1, kind: .article, atMillis: 1, file: "a", fileSHA256: "ab", article: article)
        let hash = record.recordHash
        record.article = nil  // the text gone, the content hash kept: the same record hash
        record.keptContentHash = JournalRecord.contentHash(article)
        #expect(record.recordHash == hash)
        record.keptContentHash = JournalRecord.contentHash(Article(title: "T", body: "B2", format: "text"))
        #expect(record.recordHash != hash)
    }

    @Test func anEditedArticleIsCaughtByItsContentHash() throws {
        _ = try store(articles: 3)
        try raw("DROP TRIGGER articles_no_update; UPDATE articles SET title = 'edited' WHERE seq = 2;")
        let report = try SQLiteArticleStore(path: path).verify()
        #expect(report.firstBadSeq == 2)
        #expect(report.problem?.contains("content hash") == true, "\(report.problem ?? "")")
    }

    /// A store as newsd wrote it before retention (schema 2, records of version 1): it opens,
    /// verifies, takes new records of version 2 after the old ones, and its old articles can be redacted.
    @Test func aStoreOfVersion1RecordsMigratesAndKeepsVerifying() throws {
        // The schema of before: made by today's code, then taken back to schema 3.
        do { _ = try SQLiteArticleStore(path: path) }
        try raw(
            """
            DROP INDEX journal_content;
            ALTER TABLE journal DROP COLUMN version; ALTER TABLE journal DROP COLUMN content_hash;
            ALTER TABLE journal DROP COLUMN origin_at_ms; ALTER TABLE journal DROP COLUMN origin_hash;
            DROP TABLE redactions; DROP TABLE checkpoints;
            DROP TRIGGER journal_no_delete; DROP TRIGGER articles_no_delete;
            CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
            CREATE TRIGGER articles_no_delete BEFORE DELETE ON articles BEGIN SELECT RAISE(ABORT, 'articles are append-only'); END;
            UPDATE meta SET value = '3' WHERE key = 'schema';
            """)
        var chain = JournalRecord.genesis
        var sql = ""
        for seq in Int64(1)...3 {
            let article = Article(title: "Old \(seq)", body: "Old body \(seq).", url: "https://e/\(seq)", format: "text")
            let record = JournalRecord(seq: seq, kind: .article, atMillis: seq, file: "old\(seq).txt", fileSHA256: "s\(seq)",
                                       article: article, version: 1)
            #expect(record.contentHash == nil)
            chain = JournalRecord.chain(previous: chain, recordHash: record.recordHash)
            sql += """
                INSERT INTO journal(seq, kind, at_ms, file, file_sha256, record_hash, chain)
                    VALUES (\(seq), 'article', \(seq), 'old\(seq).txt', 's\(seq)', x'\(ContentHash.hex(record.recordHash))', x'\(ContentHash.hex(chain))');
                INSERT INTO articles(seq, title, body, url, format) VALUES (\(seq), 'Old \(seq)', 'Old body \(seq).', 'https://e/\(seq)', 'text');
                INSERT INTO articles_fts(rowid, title, body) VALUES (\(seq), 'Old \(seq)', 'Old body \(seq).');
                """
        }
        sql += "INSERT OR REPLACE INTO meta VALUES ('head_seq', '3'), ('head_chain', '\(ContentHash.hex(chain))');"
        try raw(sql)
        // Read-only first, as `newsd verify` after an upgrade: no migration, still verifies.
        #expect(try SQLiteArticleStore(path: path, readOnly: true).verify().problem == nil)
        let store = try SQLiteArticleStore(path: path)
        #expect(try count(store, "SELECT value FROM meta WHERE key = 'schema'") == 4)
        #expect(try store.verify().problem == nil)
        #expect(try store.commit([item("new.txt", "New")], at: 10) == [.stored(seqs: [4])])
        #expect(try count(store, "SELECT version FROM journal WHERE seq = 4") == 2)
        #expect(try store.verify().problem == nil)
        guard case .redacted = try store.redact(seq: 2, reason: "court order", at: 20) else {
            Issue.record("not redacted")
            return
        }
        let report = try store.verify()
        #expect(report.problem == nil, "\(report.problem ?? "")")
        #expect(report.records == 4)
        #expect(report.notes.contains { $0.contains("record 2") && $0.contains("court order") && $0.contains("version 1") }, "\(report.notes)")
        // A change to another old record is still caught.
        try raw("DROP TRIGGER articles_no_update; UPDATE articles SET body = 'edited' WHERE seq = 3;")
        #expect(try SQLiteArticleStore(path: path).verify().firstBadSeq == 3)
    }

    // MARK: Redaction

    @Test func redactionRemovesTheTextAndKeepsTheChainVerifiable() throws {
        let store = try store(articles: 3)
        let article = try #require(try store.article(seq: 2)).article
        try store.recordMatches([
            AlertMatch(Alert(alert: "watch", priority: 4, seq: 2, story: 2, title: article.headline, url: "https://e/2", file: "f2.txt",
                             source: nil, topics: [], countries: [], score: 1), windowMillis: 0, sinks: ["journal"]),
        ], watermark: 3, at: 5)
        let outcome = try store.redact(seq: 2, reason: "court order 12/2026", at: 1_000)
        guard case .redacted(let files, let alerts) = outcome else {
            Issue.record("\(outcome)")
            return
        }
        #expect(files.map(\.file) == ["f2.txt"])
        #expect(alerts == 1)
        #expect(try store.article(seq: 2) == nil)
        #expect(try count(store, "SELECT count(*) FROM analysis WHERE seq = 2") == 0)
        #expect(try count(store, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'zebraf2'") == 0)
        #expect(try count(store, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'zebraf3'") == 1)
        #expect(try count(store, "SELECT count(*) FROM alerts WHERE seq = 2 AND title = '[redacted]' AND url IS NULL") == 1)
        let report = try store.verify()
        #expect(report.problem == nil, "\(report.problem ?? "")")
        #expect(report.records == 3)
        #expect(report.notes.contains { $0.contains("record 2 (f2.txt) was redacted at 1970-01-01T00:00:01Z: court order 12/2026") }, "\(report.notes)")

        #expect(try store.redact(seq: 2, reason: "again", at: 2_000) == .alreadyRedacted(reason: "court order 12/2026", atMillis: 1_000, files: files))
        #expect(try store.redact(seq: 99, reason: "x", at: 2_000) == .notFound)
        // Nothing else may change: an edit of another article, or the record of the redacted one, is caught.
        try raw("DROP TRIGGER articles_no_update; UPDATE articles SET body = 'edited' WHERE seq = 3;")
        #expect(try SQLiteArticleStore(path: path).verify().firstBadSeq == 3)
        try raw("DROP TRIGGER journal_no_update; UPDATE journal SET file = 'other.txt' WHERE seq = 2;")
        #expect(try SQLiteArticleStore(path: path).verify().firstBadSeq == 2)
    }

    @Test func anArticleCannotBeDeletedWithoutARedactionOrACheckpoint() throws {
        let store = try store(articles: 2)
        #expect(throws: SQLiteError.self) { try store.db.execute("DELETE FROM articles WHERE seq = 1") }
        #expect(throws: SQLiteError.self) { try store.db.execute("DELETE FROM journal WHERE seq = 1") }
        #expect(try store.redact(seq: 1, reason: "r", at: 1) != .notFound)
        #expect(throws: SQLiteError.self) { try store.db.execute("DELETE FROM journal WHERE seq = 1") }
    }

    @Test func onlyArticlesAreRedacted() throws {
        let store = try store(articles: 1)
        _ = try store.commit([item("copy.txt", "Title 1")], at: 2)  // the same bytes: a duplicate record
        #expect(try store.redact(seq: 2, reason: "r", at: 3) == .notAnArticle(kind: "duplicate"))
        guard case .redacted(let files, _) = try store.redact(seq: 1, reason: "r", at: 3) else {
            Issue.record("not redacted")
            return
        }
        #expect(files.map(\.file) == ["f1.txt", "copy.txt"])  // the duplicate's processed/ file holds the same bytes
    }

    // MARK: Pruning

    @Test func pruneLeavesACheckpointThatVerifyStartsFrom() throws {
        let store = try store(articles: 10)
        var batches: [Int] = []
        let summary = try store.prune(beforeMillis: 6, at: 100, batchSize: 2) { batches.append($0.count) }
        #expect(summary.records == 5)
        #expect(summary.checkpoint?.seq == 5)
        #expect(batches == [2, 2, 1])  // bounded per transaction
        #expect(try count(store, "SELECT min(seq) FROM journal") == 6)
        #expect(try count(store, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'zebraf3'") == 0)
        #expect(try count(store, "SELECT count(*) FROM analysis WHERE seq <= 5") == 0)
        var report = try store.verify()
        #expect(report.problem == nil, "\(report.problem ?? "")")
        #expect(report.records == 5)
        #expect(report.notes.contains { $0.contains("records up to 5 were pruned") }, "\(report.notes)")
        // The chain goes on; a second prune with nothing older does nothing.
        #expect(try store.commit([item("f11.txt", "Title 11")], at: 11) == [.stored(seqs: [11])])
        #expect(try store.prune(beforeMillis: 6, at: 101).checkpoint == nil)
        // Removing a record after the cut is still caught.
        try raw("DROP TRIGGER journal_no_delete; DROP TRIGGER articles_no_delete; DELETE FROM articles WHERE seq = 7; DELETE FROM journal WHERE seq = 7;")
        report = try SQLiteArticleStore(path: path).verify()
        #expect(report.firstBadSeq == 7, "\(report.problem ?? "")")
    }

    @Test func pruningEverythingKeepsTheHeadForTheNextRecord() throws {
        let store = try store(articles: 4)
        #expect(try store.prune(beforeMillis: 100, at: 100).records == 4)
        #expect(try count(store, "SELECT count(*) FROM journal") == 0)
        #expect(try store.verify().problem == nil)
        #expect(try store.commit([item("f5.txt", "Title 5")], at: 200) == [.stored(seqs: [5])])
        let report = try SQLiteArticleStore(path: path).verify()
        #expect(report.problem == nil, "\(report.problem ?? "")")
        #expect(report.records == 1)
    }

    @Test func aKilledPruneVerifiesAndResumes() throws {
        let store = try store(articles: 9)
        struct Killed: Error {}
        var calls = 0
        #expect(throws: Killed.self) {
            try store.prune(beforeMillis: 8, at: 100, batchSize: 3) { _ in
                calls += 1
                if calls == 2 { throw Killed() }
            }
        }
        // One batch (5-7) went; 1-4 remain below the checkpoint at 7, and the store verifies.
        #expect(try count(store, "SELECT count(*) FROM journal") == 6)
        let partial = try SQLiteArticleStore(path: path).verify()
        #expect(partial.problem == nil, "\(partial.problem ?? "")")
        // The next run finishes the prune it started, whatever its own cut.
        let resumed = try store.prune(beforeMillis: 2, at: 200, batchSize: 3)
        #expect(resumed.checkpoint?.seq == 7)
        #expect(resumed.records == 4)
        #expect(try count(store, "SELECT count(*) FROM journal") == 2)
        #expect(try store.verify().problem == nil)
    }

    @Test func aForgedCheckpointIsCaught() throws {
        _ = try store(articles: 4)
        try raw("INSERT INTO checkpoints(seq, chain, at_ms, before_ms) VALUES (2, zeroblob(32), 1, 1)")
        let report = try SQLiteArticleStore(path: path).verify()
        #expect(report.firstBadSeq == 2)
        #expect(report.problem?.contains("checkpoint") == true)
    }

    // MARK: Export and import

    @Test func exportReadsPageByPage() throws {
        let store = try store(articles: 23)
        _ = try store.redact(seq: 4, reason: "r", at: 50)
        var pages: [Int] = []
        var after: Int64 = 0
        while true {
            let page = try store.exportPage(afterSeq: after, sinceMillis: 3, limit: 5)
            guard let last = page.last else { break }
            pages.append(page.count)
            after = last.stored.seq
        }
        #expect(pages == [5, 5, 5, 5])  // 20 articles (3...23 but the redacted 4), five at a time
        #expect(try store.exportCount(sinceMillis: 3) == 20)
        let first = try #require(try store.exportPage(afterSeq: 0, sinceMillis: 0, limit: 1).first)
        #expect(first.contentHash == JournalRecord.contentHash(first.stored.article))
    }

    @Test func importAddsNewRecordsWithProvenanceOnce() throws {
        let source = try store(articles: 5)
        let exported = try source.exportPage(afterSeq: 0, sinceMillis: 0, limit: 100)
        let items = exported.map {
            SQLiteArticleStore.ImportedArticle(
                article: $0.stored.article, analysis: $0.stored.analysis, file: $0.stored.file, fileSHA256: $0.stored.fileSHA256,
                item: $0.stored.item, originAtMillis: $0.stored.atMillis, originHash: ContentHash.hex($0.recordHash))
        }
        let target = try SQLiteArticleStore(path: directory + "/other.db")
        _ = try target.commit([item("mine.txt", "Mine")], at: 1)
        #expect(try target.importArticles(items, at: 1_000, linker: nil) == [2, 3, 4, 5, 6])
        #expect(try target.importArticles(items, at: 2_000, linker: nil) == [])
        #expect(try target.verify().problem == nil)
        #expect(try target.article(seq: 2)?.article == exported[0].stored.article)
        var origin: (Int64?, String?)
        try target.db.query("SELECT origin_at_ms, origin_hash FROM journal WHERE seq = 2") { origin = ($0.int(0), $0.text(1)) }
        #expect(origin.0 == 1)
        #expect(origin.1 == ContentHash.hex(exported[0].recordHash))
        // The provenance is hashed into the record.
        try target.db.execute("DROP TRIGGER journal_no_update; UPDATE journal SET origin_at_ms = 7 WHERE seq = 3")
        #expect(try target.verify().firstBadSeq == 3)
    }
}
