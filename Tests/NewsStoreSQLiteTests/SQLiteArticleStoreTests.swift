import CSQLite
import Foundation
import NewsCore
import Testing

@testable import NewsStoreSQLite

@Suite final class SQLiteArticleStoreTests: Sendable {
    let directory: String
    let path: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("newsd-store-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        path = directory + "/newsd.db"
    }

    /// The test's folder goes with it (a store, its WAL and anchor: megabytes a test).
    deinit { try? FileManager.default.removeItem(atPath: directory) }

    func item(_ file: String, _ title: String, sha: String? = nil, identity: String? = nil) -> IntakeItem {
        IntakeItem(
            file: file, identity: identity, sha256: sha ?? ContentHash.sha256Hex(Array(title.utf8)),
            result: .success([Article(title: title, body: "Body of \(title).", format: "text")]))
    }

    /// Runs raw SQL on the store file, bypassing the store, the way an attacker or a bug would.
    func tamper(_ sql: String) throws {
        var db: OpaquePointer?
        #expect(sqlite3_open(path, &db) == SQLITE_OK)
        defer { sqlite3_close(db) }
        let rc = sqlite3_exec(db, sql, nil, nil, nil)
        #expect(rc == SQLITE_OK, "\(String(cString: sqlite3_errmsg(db)))")
    }

    @Test func assignsMonotonicSequenceNumbers() throws {
        let store = try SQLiteArticleStore(path: path)
        let first = try store.commit([item("a", "A"), item("b", "B")], at: 1)
        let second = try store.commit([item("c", "C")], at: 2)
        #expect(first == [.stored(seqs: [1]), .stored(seqs: [2])])
        #expect(second == [.stored(seqs: [3])])
        #expect(try store.article(seq: 2)?.article.title == "B")
    }

    /// The WAL is copied back by the checkpointer's thread once it passes its threshold (4,000 pages), not by
    /// the commit that crosses the mark; the log is then reused from its start.
    @Test func theWALIsCheckpointedOffTheCommitPath() throws {
        let store = try SQLiteArticleStore(path: path)
        store.checkpointInBackground()
        let checkpointer = try #require(store.checkpointer)
        let walPath = path + "-wal"
        var seq = 0
        // One-article commits (about 30 pages each here) until the log passes the mark.
        // (A WAL is a 32-byte header, then frames of a 24-byte header and a 4,096-byte page.)
        while ((try FileManager.default.attributesOfItem(atPath: walPath)[.size] as? Int ?? 0) - 32) / (24 + 4_096) < Int(WALCheckpointer.threshold) {
            seq += 1
            _ = try store.commit([item("f\(seq).txt", "Article \(seq) on patrols")], at: Int64(seq))
            #expect(seq < 2_000, "the log never passed the threshold")
            if seq >= 2_000 { return }
        }
        _ = try store.commit([item("last.txt", "The commit after the mark")], at: 9_999)
        #expect(checkpointer.checkpointed.wait(timeout: .now() + 60) == .success, "no checkpoint within 60 s")
        #expect(checkpointer.completed >= 1)
        // The checkpointer's own pass copied the log back (a connection that had not read the
        // database would have done nothing, reporting -1 pages, and the writer's backstop at
        // 16,000 pages would have been all there was).
        let pass = checkpointer.lastPass
        #expect(pass.log > 0 && pass.copied > 0, "the checkpointer's pass copied \(pass.copied) of \(pass.log) pages")
        // Nothing was written during it: everything in the log is in the database now.
        #expect(pass.copied == pass.log, "\(pass.copied) of \(pass.log) pages")
        #expect(try store.article(seq: Int64(seq))?.article.title == "Article \(seq) on patrols")
    }

    /// The WAL file does not keep its high-water mark: SQLite cuts it back to the limit when the
    /// log starts again.
    @Test func theWALFileHasASizeLimit() throws {
        let store = try SQLiteArticleStore(path: path)
        #expect(try store.db.scalar("PRAGMA journal_size_limit") == SQLiteArticleStore.walFileLimit)
        #expect(SQLiteArticleStore.walFileLimit == 65_536_000)
    }

    @Test func sameBytesTwiceMakeOneArticleAndADuplicateRecord() throws {
        let store = try SQLiteArticleStore(path: path)
        _ = try store.commit([item("a.txt", "Same")], at: 1)
        let outcomes = try store.commit([item("copy.txt", "Same"), item("copy2.txt", "Same")], at: 2)
        #expect(outcomes == [.duplicate(seq: 2, of: 1), .duplicate(seq: 3, of: 1)])
        let stats = try store.stats()
        #expect(stats.articles == 1)
        #expect(stats.duplicates == 2)
    }

    @Test func duplicatesWithinOneBatchAreCaught() throws {
        let store = try SQLiteArticleStore(path: path)
        let outcomes = try store.commit([item("a", "Same"), item("b", "Same")], at: 1)
        #expect(outcomes == [.stored(seqs: [1]), .duplicate(seq: 2, of: 1)])
    }

    @Test func theSameInboxFileAfterACrashIsNotRecordedTwice() throws {
        let store = try SQLiteArticleStore(path: path)
        _ = try store.commit([item("a.txt", "A", identity: "1:2:3:4:a.txt")], at: 1)
        let again = try store.commit([item("a.txt", "A", identity: "1:2:3:4:a.txt")], at: 2)
        #expect(again == [.alreadyRecorded(kind: .article, seq: 1, code: nil, reason: nil)])
        #expect(try store.stats().lastSeq == 1)
    }

    @Test func recordsFailuresWithTheirReason() throws {
        let store = try SQLiteArticleStore(path: path)
        let outcomes = try store.commit(
            [IntakeItem(file: "x.bin", identity: nil, sha256: "00", result: .failure(.binary(what: "NUL bytes")))], at: 1)
        guard case .failed(1, "binary", let reason) = outcomes.first else {
            Issue.record("expected a failure record, got \(outcomes)")
            return
        }
        #expect(reason.contains("binary"))
        #expect(try store.stats().failed == 1)
    }

    @Test func severalArticlesFromOneFile() throws {
        let store = try SQLiteArticleStore(path: path)
        let articles = (1...3).map { Article(title: "T\($0)", body: "b", format: "json") }
        let outcomes = try store.commit([IntakeItem(file: "f.json", identity: nil, sha256: "ff", result: .success(articles))], at: 1)
        #expect(outcomes == [.stored(seqs: [1, 2, 3])])
        #expect(try store.article(seq: 3)?.item == 2)
    }

    @Test func fullTextSearchRanksTitleMatchesFirstAndIgnoresAccents() throws {
        let store = try SQLiteArticleStore(path: path)
        _ = try store.commit([
            IntakeItem(file: "1", identity: nil, sha256: "1", result: .success([
                Article(title: "Weather", body: "Rain over Hanoi and the Senkaku islands.", format: "text")])),
            IntakeItem(file: "2", identity: nil, sha256: "2", result: .success([
                Article(title: "Senkaku patrols", body: "Ships.", format: "text")])),
            IntakeItem(file: "3", identity: nil, sha256: "3", result: .success([
                Article(title: "Võ Văn Thưởng visits", body: "Visit.", format: "text")])),
        ], at: 1)
        func seqs(_ q: String) throws -> [Int64] { try store.search(SearchQuery(q), limit: 10).hits.map(\.article.seq) }
        #expect(try seqs("senkaku") == [2, 1])
        #expect(try seqs("vo van thuong") == [3])
        #expect(try seqs("title:senkaku") == [2])
        #expect(try seqs("senkaku -patrols") == [1])
        #expect(try seqs("\"senkaku islands\" OR visits") == [3, 1] || seqs("\"senkaku islands\" OR visits") == [1, 3])
    }

    /// Search takes the subscription language: words with hyphens and digits just work, and no
    /// query that parses reaches SQLite as a syntax error.
    @Test func searchSpeaksTheSubscriptionLanguageAndNoQueryIsAnSQLiteError() throws {
        let store = try SQLiteArticleStore(path: path)
        let (a, analysis) = Analyzer().analyze(Article(
            title: "Quad leaders discuss the Indo-Pacific",
            body: "Leaders of Japan, India, Australia and the United States met in Tokyo to discuss maritime security in the Indo-Pacific and COVID-19 vaccines.",
            format: "text"))
        _ = try store.commit([
            IntakeItem(file: "q", identity: nil, sha256: "q", result: .success([a]), analyses: [analysis]),
            IntakeItem(file: "w", identity: nil, sha256: "w", result: .success([
                Article(title: "Weather", body: "Rain in Hanoi.", format: "text")])),
        ], at: 1)
        func seqs(_ q: String) throws -> [Int64] { try store.search(SearchQuery(q), limit: 10).hits.map(\.article.seq) }
        #expect(try seqs("Indo-Pacific") == [1])
        #expect(try seqs("COVID-19") == [1])
        #expect(try seqs("country:JP") == [1], "a field alone: no words for FTS5, the analysis decides")
        #expect(try seqs("country:Japan AND vaccines") == [1])
        #expect(try seqs("country:VN") == [])
        #expect(try seqs("quad NEAR/3 discuss") == [1])
        #expect(try seqs("NOT quad") == [2])
        #expect(try seqs("hano*") == [2])
        #expect(try seqs("\"AND OR NOT\"") == [])
        // Random queries: each one that parses is searched without an SQLite error.
        var rng = SplitMix64(seed: 11)
        let pieces = ["AND", "OR", "NOT", "-", "(", ")", "\"", "*", "NEAR/2", "country:", "topic:", "title:", "quad", "19",
                      "indo-pacific", "^", "{", "}", ":", "'", "rain", "x*y", ">=0.5", "lang:en", "\\"]
        var searched = 0
        for _ in 0..<2000 {
            let q = (0..<(1 + Int(rng.next() % 6))).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined(separator: " ")
            guard let query = try? SearchQuery(q) else { continue }
            _ = try store.search(query, limit: 5)
            searched += 1
        }
        #expect(searched > 20, "enough of the random queries parse to test something")
    }

    /// A search looks at a bounded number of candidates and says when it stopped at the bound.
    @Test func searchIsBoundedAndSaysWhenItStoppedShort() throws {
        let store = try SQLiteArticleStore(path: path)
        _ = try store.commit((0..<30).map { i in
            IntakeItem(file: "\(i)", identity: nil, sha256: "\(i)", result: .success([
                Article(title: "Storm \(i)", body: i == 0 ? "Rain in Hanoi." : "Wind.", format: "text")]))
        }, at: 1)
        let cut = try store.search(SearchQuery("NOT wind"), limit: 10, scanLimit: 10)
        #expect(cut.scanned == 10 && cut.hits.isEmpty && !cut.complete, "the newest 10 are all windy; the match lies beyond the bound")
        let whole = try store.search(SearchQuery("NOT wind"), limit: 10, scanLimit: 100)
        #expect(whole.hits.map(\.article.seq) == [1] && whole.complete)
    }

    /// A query of filters alone (no words for FTS5) reads at most the newest `scanLimit` articles,
    /// even when none of them matches, and says so.
    @Test func aFilterOnlySearchReadsABoundedRangeOfTheNewestArticles() throws {
        let store = try SQLiteArticleStore(path: path)
        _ = try store.commit((0..<30).map { i in
            IntakeItem(file: "\(i)", identity: nil, sha256: "\(i)", result: .success([Article(title: "Storm \(i)", body: "Wind.", format: "text")]))
        }, at: 1)
        let cut = try store.search(SearchQuery("lang:fr"), limit: 10, scanLimit: 10)
        #expect(cut.hits.isEmpty && cut.scanned == 0 && !cut.complete, "\(cut.scanned)")
        let whole = try store.search(SearchQuery("lang:fr"), limit: 10, scanLimit: 100)
        #expect(whole.hits.isEmpty && whole.complete)
    }

    @Test func listFiltersByTime() throws {
        let store = try SQLiteArticleStore(path: path)
        _ = try store.commit([item("a", "A")], at: 1000)
        _ = try store.commit([item("b", "B")], at: 5000)
        #expect(try store.list(sinceMillis: 2000, limit: 10).map(\.article.title) == ["B"])
        #expect(try store.list(sinceMillis: nil, limit: 10).map(\.article.title) == ["B", "A"])
    }

    @Test func theJournalRefusesUpdatesAndDeletes() throws {
        let store = try SQLiteArticleStore(path: path)
        _ = try store.commit([item("a", "A")], at: 1)
        #expect(throws: SQLiteError.self) { try store.db.execute("UPDATE articles SET title = 'x'") }
        #expect(throws: SQLiteError.self) { try store.db.execute("DELETE FROM journal") }
    }

    @Test func verifyPassesOnAnIntactStore() throws {
        let store = try SQLiteArticleStore(path: path)
        for i in 0..<20 { _ = try store.commit([item("f\(i)", "Title \(i)")], at: Int64(i)) }
        let report = try store.verify()
        #expect(report.problem == nil)
        #expect(report.records == 20)
    }

    @Test(arguments: [
        ("DROP TRIGGER articles_no_update; UPDATE articles SET body = 'edited' WHERE seq = 3;", Int64(3)),
        ("DROP TRIGGER journal_no_update; UPDATE journal SET file = 'other' WHERE seq = 4;", Int64(4)),
        ("DROP TRIGGER journal_no_delete; DROP TRIGGER articles_no_delete; DELETE FROM articles WHERE seq = 2; DELETE FROM journal WHERE seq = 2;", Int64(2)),
        ("DROP TRIGGER journal_no_delete; DROP TRIGGER articles_no_delete; DELETE FROM articles WHERE seq = 5; DELETE FROM journal WHERE seq = 5;", Int64(5)),
    ])
    func verifyFindsTheFirstBadRecord(sql: String, bad: Int64) throws {
        do {
            let store = try SQLiteArticleStore(path: path)
            for i in 0..<5 { _ = try store.commit([item("f\(i)", "Title \(i)")], at: Int64(i)) }
        }
        try tamper(sql)
        let report = try SQLiteArticleStore(path: path).verify()
        #expect(report.firstBadSeq == bad, "\(report.problem ?? "no problem found")")
        #expect(report.problem != nil)
    }

    @Test func reopeningKeepsTheChain() throws {
        do { _ = try SQLiteArticleStore(path: path).commit([item("a", "A")], at: 1) }
        do { _ = try SQLiteArticleStore(path: path).commit([item("b", "B")], at: 2) }
        let report = try SQLiteArticleStore(path: path).verify()
        #expect(report.problem == nil)
        #expect(report.records == 2)
    }

    @Test func aReadOnlyStoreFailsWithATransientError() throws {
        do { _ = try SQLiteArticleStore(path: path).commit([item("a", "A")], at: 1) }
        let readOnly = try SQLiteArticleStore(path: path, readOnly: true)
        do {
            _ = try readOnly.commit([item("b", "B")], at: 2)
            Issue.record("a read-only store took a write")
        } catch {
            #expect(error.isTransient)
            #expect(error.description.contains(path))
        }
    }
}

@Suite final class StoryStoreTests: Sendable {
    let directory: String
    let path: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("newsd-stories-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        path = directory + "/newsd.db"
    }

    /// The test's folder goes with it (a store, its WAL and anchor: megabytes a test).
    deinit { try? FileManager.default.removeItem(atPath: directory) }

    /// An article whose analysis has exactly these story keys (all in the lead), published at `day`.
    func item(_ file: String, keys: [String], fingerprint: UInt64) -> IntakeItem {
        var analysis = ArticleAnalysis()
        analysis.keys = keys
        analysis.leadKeys = keys
        analysis.fingerprintValue = fingerprint
        return IntakeItem(
            file: file, identity: nil, sha256: ContentHash.sha256Hex(Array(file.utf8)),
            result: .success([Article(title: file, body: "Body of \(file).", published: Date(timeIntervalSince1970: 1_800_000_000), format: "text")]),
            analyses: [analysis])
    }

    static let porto = ["p:ana ruiz", "l:porto", "t:strike", "t:port"]
    static let lisbon = ["p:joao silva", "l:lisbon", "t:ferry", "t:union"]

    @Test func aMergeIsRecordedAsAnEventAndReadsFollowIt() throws {
        let store = try SQLiteArticleStore(path: path)
        let linker = StoryLinker()
        _ = try store.commit([item("porto.txt", keys: Self.porto, fingerprint: 0x1111)], at: 1, linker: linker)
        _ = try store.commit([item("lisbon.txt", keys: Self.lisbon, fingerprint: 0xFFFF_0000_0000)], at: 2, linker: linker)
        #expect(try store.article(seq: 2)?.story == 2)
        _ = try store.commit([item("both.txt", keys: Self.porto + Self.lisbon, fingerprint: 0xFF00_FF00_FF00_FF00)], at: 3, linker: linker)
        // The second article's own analysis is not rewritten; reads follow the recorded merge.
        #expect(try store.db.scalar("SELECT story FROM analysis WHERE seq = 2") == 2)
        #expect(try store.db.scalar("SELECT into_story FROM story_merges WHERE story = 2") == 1)
        #expect(try store.article(seq: 2)?.story == 1)
        #expect(try store.story(2).map(\.seq) == [1, 2, 3])
        let evidence = try store.article(seq: 3)?.storyEvidence
        #expect(evidence?.via == 1)
        #expect(evidence?.shared == ["l:porto", "p:ana ruiz", "t:port", "t:strike"])

        // A linker restored from the store knows the merge and the keys.
        let restored = StoryLinker()
        try store.restore(restored)
        #expect(restored.story(of: 2) == 1)
        _ = try store.commit([item("lisbon-2.txt", keys: Self.lisbon, fingerprint: 0x0F0F_0F0F_0F0F_0F0F)], at: 4, linker: restored)
        #expect(try store.article(seq: 4)?.story == 1)
    }

    /// A linker's configuration with a small window: 60 fingerprints, 25 keyed articles.
    static let smallWindow = {
        var config = StoryLinker.Configuration()
        config.fingerprints = 60
        config.stories = 25
        return config
    }()

    /// Articles `a<n>.txt` for `range`, each with a person, a place and a term of small vocabularies.
    func numbered(_ range: Range<Int>, people: Int, places: Int, terms: Int) -> [IntakeItem] {
        range.map { n in
            item("a\(n).txt", keys: ["p:person\(n % people)", "l:place\(n % places)", "t:term\(n % terms)"],
                 fingerprint: UInt64(n + 1) &* 0x9E37_79B9_7F4A_7C15)
        }
    }

    @Test func startingReadsOnlyTheLinkersWindowWhateverTheStoreHolds() throws {
        // What a start reads into the linker is its window (the latest fingerprints and keys),
        // the same with 300 articles stored as with 900: start-up does not grow with the store.
        let config = Self.smallWindow
        let store = try SQLiteArticleStore(path: path)
        let writer = StoryLinker(configuration: config)
        var stored = 0
        for size in [300, 900] {
            let items = numbered(stored..<size, people: 97, places: 31, terms: 53)
            _ = try store.commit(items, at: Int64(size), linker: writer)
            stored = size
            let restored = StoryLinker(configuration: config)
            try store.restore(restored)
            #expect(restored.count == 60, "\(size) stored")
            #expect(restored.cachedStoryArticles == 25, "\(size) stored")
        }
    }

    @Test func aRestoreInStepsReadsAtMostAStepAndLearnsWhatOneRestoreLearns() throws {
        // The daemon's store learns its window a step at a time, so a stop or a read waits for
        // one step, not for the whole window; the linker it ends with is the same.
        let config = Self.smallWindow
        let store = try SQLiteArticleStore(path: path)
        let writer = StoryLinker(configuration: config)
        _ = try store.commit(numbered(0..<200, people: 7, places: 5, terms: 3), at: 1, linker: writer)
        let whole = StoryLinker(configuration: config)
        try store.restore(whole)
        let stepped = StoryLinker(configuration: config)
        var restoring = try store.startRestore(stepped)
        var steps = 0
        while try store.restore(stepped, &restoring, rows: 7) {
            steps += 1
            #expect(restoring.rows == 7 * steps)
        }
        #expect(restoring.rows == 60)
        #expect(steps == 8)
        #expect(stepped.count == whole.count)
        #expect(stepped.cachedStoryArticles == whole.cachedStoryArticles)
        for seq in Int64(1)...200 { #expect(stepped.story(of: seq) == whole.story(of: seq)) }
        var analysis = ArticleAnalysis()
        analysis.keys = ["p:person3", "l:place3", "t:term0"]
        analysis.leadKeys = analysis.keys
        analysis.fingerprintValue = 0x1234_5678_9ABC_DEF0
        #expect(stepped.link(seq: 201, atMillis: 2, analysis: analysis) == whole.link(seq: 201, atMillis: 2, analysis: analysis))
    }

    @Test func theFirstCommitAfterAnOpenLinksToWhatWasStored() async throws {
        // The linker learns the store on the store's thread after the open; the first commit waits for it.
        do {
            let first = try SQLiteStore(path: path, stories: StoryLinker.Configuration())
            _ = try await first.append([item("porto.txt", keys: Self.porto, fingerprint: 0x1111)], at: 1)
        }
        let reopened = try SQLiteStore(path: path, stories: StoryLinker.Configuration())
        _ = try await reopened.append([item("porto-2.txt", keys: Self.porto, fingerprint: 0xFFFF_0000_0000)], at: 2)
        #expect(try await reopened.article(seq: 2)?.story == 1)
    }

    @Test func aFailedCommitForgetsItsMerges() throws {
        let store = try SQLiteArticleStore(path: path)
        let linker = StoryLinker()
        _ = try store.commit([item("porto.txt", keys: Self.porto, fingerprint: 0x1111)], at: 1, linker: linker)
        _ = try store.commit([item("lisbon.txt", keys: Self.lisbon, fingerprint: 0xFFFF_0000_0000)], at: 2, linker: linker)
        // The merge cannot be written: the whole commit fails, and the linker forgets the merge with it.
        try store.db.execute("CREATE TRIGGER fail BEFORE INSERT ON story_merges BEGIN SELECT RAISE(ABORT, 'injected'); END")
        #expect(throws: SQLiteError.self) {
            try store.commit([item("both.txt", keys: Self.porto + Self.lisbon, fingerprint: 0xFF00_FF00_FF00_FF00)], at: 3, linker: linker)
        }
        #expect(linker.story(of: 2) == 2)
        try store.db.execute("DROP TRIGGER fail")
        _ = try store.commit([item("both.txt", keys: Self.porto + Self.lisbon, fingerprint: 0xFF00_FF00_FF00_FF00)], at: 3, linker: linker)
        #expect(try store.story(1).map(\.seq) == [1, 2, 3])
    }
}

/// A database that lost its last commits, or whose head or derived tables were edited, is found
/// out by the head anchored outside it and by `verify`.
@Suite final class StoreRollbackTests: Sendable {
    let directory: String
    let path: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("newsd-rollback-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        path = directory + "/newsd.db"
    }

    /// The test's folder goes with it (a store, its WAL and anchor: megabytes a test).
    deinit { try? FileManager.default.removeItem(atPath: directory) }

    func item(_ file: String) -> IntakeItem {
        IntakeItem(file: file, identity: nil, sha256: ContentHash.sha256Hex(Array(file.utf8)),
                   result: .success([Article(title: "Title of \(file)", body: "Body of \(file).", format: "text")]))
    }

    func tamper(_ sql: String) throws {
        var db: OpaquePointer?
        #expect(sqlite3_open(path, &db) == SQLITE_OK)
        defer { sqlite3_close(db) }
        #expect(sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK, "\(String(cString: sqlite3_errmsg(db)))")
    }

    /// Copies the database files (as a backup would, or as a WAL that loses its tail leaves them).
    func snapshot(_ suffix: String) throws {
        for ext in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + ext) {
            try? FileManager.default.removeItem(atPath: path + ext + suffix)
            try FileManager.default.copyItem(atPath: path + ext, toPath: path + ext + suffix)
        }
    }

    func restore(_ suffix: String) throws {
        for ext in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + ext)
            if FileManager.default.fileExists(atPath: path + ext + suffix) {
                try FileManager.default.copyItem(atPath: path + ext + suffix, toPath: path + ext)
            }
        }
    }

    @Test func aDatabaseThatLostItsLastCommitsIsFoundAndItsNumbersAreNotReused() throws {
        do {
            let store = try SQLiteArticleStore(path: path)
            for i in 1...3 { _ = try store.commit([item("a\(i)")], at: Int64(i)) }
        }
        try snapshot(".old")
        do {
            let store = try SQLiteArticleStore(path: path)
            for i in 4...6 { _ = try store.commit([item("a\(i)")], at: Int64(i)) }
        }
        try restore(".old")
        // Before any daemon opens it: verify compares with the anchor.
        let seen = try SQLiteArticleStore(path: path, readOnly: true).verify()
        #expect(seen.problem?.contains("ROLLBACK") == true, "\(seen.problem ?? "none")")
        #expect(seen.problem?.contains("records 4-6") == true, "\(seen.problem ?? "none")")
        #expect(seen.firstBadSeq == 4)

        // A daemon opening it records the loss and goes on after it: 4 to 6 are never given out again.
        let store = try SQLiteArticleStore(path: path)
        #expect(store.lostRecords == 4...6)
        #expect(try store.commit([item("b")], at: 7) == [.stored(seqs: [7])])
        let after = try SQLiteArticleStore(path: path, readOnly: true).verify()
        #expect(after.problem?.contains("lost records 4-6") == true, "\(after.problem ?? "none")")
        // Reopening does not record the same loss twice.
        let again = try SQLiteArticleStore(path: path)
        #expect(again.lostRecords == nil)
    }

    @Test func deletingTheLastRecordAndRewritingTheHeadIsFound() throws {
        do {
            let store = try SQLiteArticleStore(path: path)
            for i in 1...3 { _ = try store.commit([item("a\(i)")], at: Int64(i)) }
        }
        var chain2 = ""
        do {
            let store = try SQLiteArticleStore(path: path, readOnly: true)
            try store.db.query("SELECT hex(chain) FROM journal WHERE seq = 2") { chain2 = ($0.text(0) ?? "").lowercased() }
        }
        try tamper("""
            DROP TRIGGER journal_no_delete; DROP TRIGGER articles_no_delete;
            DELETE FROM articles_fts WHERE rowid = 3; DELETE FROM articles WHERE seq = 3; DELETE FROM journal WHERE seq = 3;
            UPDATE meta SET value = '2' WHERE key = 'head_seq'; UPDATE meta SET value = '\(chain2)' WHERE key = 'head_chain';
            """)
        let report = try SQLiteArticleStore(path: path, readOnly: true).verify()
        #expect(report.problem?.contains("records 3-3 were lost") == true, "\(report.problem ?? "none")")
    }

    @Test(arguments: [
        ("DELETE FROM meta WHERE key = 'head_seq'", "is missing"),
        ("INSERT INTO articles_fts(rowid, title, body) VALUES (99, 'forged', 'text')", "full-text index"),
        ("INSERT INTO alerts(alert, priority, seq, story, at_ms, title, file, topics, countries, score, last_seq) VALUES ('x', 3, 99, 99, 0, 'Forged', 'f', '[]', '[]', 1, 99)", "not stored"),
        ("INSERT INTO alerts(alert, priority, seq, story, at_ms, title, file, topics, countries, score, last_seq) VALUES ('x', 3, 2, 2, 0, 'Forged', 'f', '[]', '[]', 1, 2)", "title is not"),
        ("INSERT INTO analysis(seq, countries, places, people, organizations, topics, fingerprint, keys, story, at_ms) VALUES (99, '[]', '[]', '[]', '[]', '[]', 0, '[]', 99, 0)", "has no article"),
    ])
    func editsOfTheHeadAndOfDerivedTablesAreFound(sql: String, expected: String) throws {
        do {
            let store = try SQLiteArticleStore(path: path)
            for i in 1...3 { _ = try store.commit([item("a\(i)")], at: Int64(i)) }
            #expect(try store.verify().problem == nil)
        }
        try tamper(sql)
        let report = try SQLiteArticleStore(path: path, readOnly: true).verify()
        #expect(report.problem?.contains(expected) == true, "\(report.problem ?? "none")")
    }

    @Test func aMissingAnchorIsAnError() throws {
        do {
            let store = try SQLiteArticleStore(path: path)
            _ = try store.commit([item("a")], at: 1)
        }
        try FileManager.default.removeItem(atPath: path + ".head")
        let report = try SQLiteArticleStore(path: path, readOnly: true).verify()
        #expect(report.problem?.contains("head anchor") == true, "\(report.problem ?? "none")")
    }

    @Test func aTornAnchorSlotFallsBackToTheOther() throws {
        do {
            let store = try SQLiteArticleStore(path: path)
            for i in 1...3 { _ = try store.commit([item("a\(i)")], at: Int64(i)) }
        }
        // Damage the newest slot: the other one (one commit behind) is read, and is consistent.
        let anchor = try #require(try StoreAnchor.read(path: path + ".head"))
        #expect(anchor.seq == 3)
        let handle = try #require(FileHandle(forUpdatingAtPath: path + ".head"))
        let data = try #require(FileManager.default.contents(atPath: path + ".head"))
        let newest = String(decoding: data.prefix(StoreAnchor.slotSize), as: UTF8.self).contains(" 3 ") ? 0 : StoreAnchor.slotSize
        try handle.seek(toOffset: UInt64(newest))
        handle.write(Data(repeating: 0x58, count: 40))
        try handle.close()
        #expect(try StoreAnchor.read(path: path + ".head")?.seq == 2)
        #expect(try SQLiteArticleStore(path: path, readOnly: true).verify().problem == nil)
    }
}
