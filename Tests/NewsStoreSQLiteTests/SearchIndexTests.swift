import Foundation
import NewsCore
import Testing

@testable import NewsStoreSQLite

/// The full-text index that follows the journal (``SQLiteArticleStore/indexAwaiting(_:limit:)``):
/// the daemon's commits leave their articles to it, and nothing is lost, found twice or left
/// unindexed for long.
@Suite final class SearchIndexTests: Sendable {
    let directory: String
    let path: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("newsd-search-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        path = directory + "/newsd.db"
    }

    /// The test's folder goes with it (a store, its WAL and anchor: megabytes a test).
    deinit { try? FileManager.default.removeItem(atPath: directory) }

    func item(_ n: Int) -> IntakeItem {
        IntakeItem(
            file: "f\(n).txt", identity: nil, sha256: ContentHash.sha256Hex(Array("f\(n)".utf8)),
            result: .success([Article(title: "Title \(n)", body: "Body with the word zebra\(n).", format: "text")]))
    }

    func found(_ store: SQLiteArticleStore, _ n: Int) throws -> Bool {
        try store.db.scalar("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'zebra\(n)'") == 1
    }

    @Test func aDeferredCommitIsFoundOnceIndexedAndVerifiesMeanwhile() throws {
        let store = try SQLiteArticleStore(path: path)
        store.searchIndexDeferred = true
        _ = try store.commit([item(1), item(2)], at: 1)
        _ = try store.commit([item(3)], at: 2)
        #expect(try !found(store, 1) && !found(store, 3))
        #expect(try store.articlesAwaitingSearch() == 3)
        #expect(try !store.searchable(through: 1))
        // `newsd verify` beside a daemon whose articles wait: no false alarm.
        let report = try SQLiteArticleStore(path: path, readOnly: true).verify()
        #expect(report.problem == nil, "\(report.problem ?? "")")
        #expect(try store.indexForSearch(limit: 2) == 2)
        #expect(try found(store, 1) && found(store, 2) && !found(store, 3))
        #expect(try store.searchable(through: 2) && !store.searchable(through: 3))
        #expect(try store.indexForSearch(limit: 1_000) == 1)
        #expect(try found(store, 3) && store.searchable(through: 3))
        #expect(try store.indexForSearch(limit: 1_000) == 0)
        #expect(try store.verify().problem == nil)
    }

    @Test func aSearchFindsAnArticleBeforeTheIndexHasItAndOnceAfter() throws {
        let store = try SQLiteArticleStore(path: path)
        store.searchIndexDeferred = true
        _ = try store.commit([item(1), item(2)], at: 1)
        #expect(try store.indexForSearch(limit: 1) == 1)
        _ = try store.commit([item(3)], at: 2)
        func seqs(_ q: String) throws -> [Int64] { try store.search(SearchQuery(q), limit: 10).hits.map(\.article.seq) }
        // 1 is indexed; 2 and 3 wait, and are read one by one (newest first, ahead of the ranked).
        #expect(try seqs("zebra1") == [1])
        #expect(try seqs("zebra2 OR zebra3") == [3, 2])
        #expect(try seqs("body") == [3, 2, 1])
        #expect(try seqs("zebra2 AND title:title") == [2])
        #expect(try seqs("zebra9").isEmpty)
        #expect(try store.indexForSearch(limit: 1_000) == 2)
        #expect(try Set(seqs("body")) == [1, 2, 3])
        #expect(try seqs("body").count == 3)
    }

    @Test func whatADeferredStoreLeftIsIndexedByTheNextCommitThatIsNot() throws {
        do {
            let daemon = try SQLiteArticleStore(path: path)
            daemon.searchIndexDeferred = true
            _ = try daemon.commit([item(1), item(2)], at: 1)  // then killed before indexing
        }
        let ingest = try SQLiteArticleStore(path: path)
        _ = try ingest.commit([item(3)], at: 2)
        #expect(try found(ingest, 1) && found(ingest, 2) && found(ingest, 3))
        #expect(try ingest.articlesAwaitingSearch() == 0)
        #expect(try ingest.verify().problem == nil)
    }

    @Test func redactingAnArticleBeforeOrAfterItIsIndexedLeavesTheIndexSound() throws {
        let store = try SQLiteArticleStore(path: path)
        store.searchIndexDeferred = true
        _ = try store.commit([item(1), item(2), item(3)], at: 1)
        #expect(try store.indexForSearch(limit: 1) == 1)
        guard case .redacted = try store.redact(seq: 1, reason: "indexed", at: 2),
            case .redacted = try store.redact(seq: 2, reason: "not yet indexed", at: 2)
        else {
            Issue.record("not redacted")
            return
        }
        #expect(try store.indexForSearch(limit: 1_000) == 1)
        #expect(try !found(store, 1) && !found(store, 2) && found(store, 3))
        #expect(try store.verify().problem == nil)
    }

    @Test(.timeLimit(.minutes(1))) func theDaemonsStoreIndexesAfterItsDelay() async throws {
        let store = try SQLiteStore(path: path, searchIndexDelay: .milliseconds(5))
        _ = try await store.append([item(1)], at: 1)
        await store.whenSearchable(through: 1)
        #expect(try await store.searchable(through: 1))
    }

    @Test func theDaemonsStoreLeavesAtMostABatchUnindexed() async throws {
        let store = try SQLiteStore(path: path, searchIndexDelay: .seconds(3_600))
        let batch = SQLiteStore.searchIndexBatch / 4
        var seq = 0
        for round in 1...4 {
            let outcomes = try await store.append((1...batch).map { item(seq + $0) }, at: Int64(round))
            seq += batch
            #expect(outcomes.count == batch)
            // Below the bound the articles wait (the delay is an hour); at it they are indexed.
            #expect(try await store.searchable(through: Int64(seq)) == (round == 4), "round \(round)")
        }
    }

    @Test(.timeLimit(.minutes(1))) func whatACrashLeftUnindexedIsIndexedAtTheNextStart() async throws {
        do {
            let daemon = try SQLiteArticleStore(path: path)
            daemon.searchIndexDeferred = true
            _ = try daemon.commit([item(1), item(2)], at: 1)  // then killed before indexing
            #expect(try !daemon.searchable(through: 2))
        }
        let store = try SQLiteStore(path: path, searchIndexDelay: .seconds(3_600))
        await store.whenSearchable(through: 2)
        #expect(try await store.searchable(through: 2))
    }

    @Test func theIndexMergesSixteenSegmentsAtATimeInNewStoresAndOlderOnes() throws {
        func automerge(_ store: SQLiteArticleStore) throws -> Int64? {
            try store.db.scalar("SELECT v FROM articles_fts_config WHERE k = 'automerge'")
        }
        do {
            let store = try SQLiteArticleStore(path: path)
            #expect(try automerge(store) == Int64(SQLiteArticleStore.searchAutomerge))
            // A store made by an older newsd: FTS5's default, no row.
            try store.db.execute("DELETE FROM articles_fts_config WHERE k = 'automerge'")
            #expect(try automerge(store) == nil)
        }
        #expect(try automerge(SQLiteArticleStore(path: path)) == 16)
        // Reading a store changes nothing in it.
        let reader = try SQLiteArticleStore(path: path, readOnly: true)
        #expect(try automerge(reader) == 16)
    }
}
