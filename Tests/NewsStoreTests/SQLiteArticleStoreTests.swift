import CSQLite
import Foundation
import NewsCore
import Testing

@testable import NewsStore

@Suite struct SQLiteArticleStoreTests {
    let directory: String
    let path: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("newsd-store-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        path = directory + "/newsd.db"
    }

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
        #expect(try store.search("senkaku", limit: 10).map(\.article.seq) == [2, 1])
        #expect(try store.search("vo van thuong", limit: 10).map(\.article.seq) == [3])
        // Not valid FTS5 syntax: falls back to plain words.
        #expect(try store.search("senkaku)", limit: 10).count == 2)
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
