import Foundation
import NewsCore
import NewsRuntime
import NewsStorePostgres
import NewsStoreSQLite
import Synchronization
import Testing

/// The largest page a copy read.
final class Largest: Sendable {
    let value = Mutex(0)
}

/// `newsd copy`: an SQLite store moved into PostgreSQL (runs only with NEWSD_TEST_POSTGRES_URL).
@Suite(.timeLimit(.minutes(3))) struct CopyTests {
    static let body = "HANOI, Nov 24 - Japan and Vietnam agreed on Monday to deepen defence cooperation, including joint coast guard drills in the South China Sea, the two defence ministers said after talks in Hanoi on Monday."

    /// An SQLite store with articles of one story, a near-duplicate, a duplicate, a failure and
    /// alerts with deliveries; returns its path.
    static func source() async throws -> TestStore {
        let t = try await TestStore(.sqlite)
        try await t.withWriter { store in
            _ = try await store.append([
                Items.article("a.txt", "Japan and Vietnam agree to deepen defence ties", body: body, identity: "1:1:1:1:a.txt"),
                Items.article("b.txt", "Japan and Vietnam agree to deepen defence ties",
                              body: body.replacingOccurrences(of: "Monday.", with: "Tuesday.")),
                Items.failed("bad.bin"),
            ], at: 1_000)
            _ = try await store.append([Items.article("copy.txt", "Japan and Vietnam agree to deepen defence ties", body: body)], at: 2_000)
            for i in 0..<7 {
                _ = try await store.append([Items.article("f\(i).txt", "Floods in Bavaria close \(i) roads", language: "de")], at: 3_000 + Int64(i))
            }
            func match(_ seq: Int64) -> AlertMatch {
                AlertMatch(Alert(alert: "sub", priority: 4, seq: seq, story: 1, title: "Japan and Vietnam agree to deepen defence ties",
                                 url: nil, file: "\(seq)", source: nil, topics: [], countries: ["JP"], score: 1),
                           windowMillis: 3_600_000, sinks: ["journal", "hook"])
            }
            let raised = try await store.record([match(1), match(2)], watermark: 4, at: 10_000)
            try await store.markDelivered(raised[0].id, sink: "journal", at: 10_001)
        }
        return t
    }

    /// Runs a copy job from `source` into `target` (a PostgreSQL test store), pages of `batch`.
    static func copy(_ source: TestStore, into target: TestStore, batch: Int, pages: @escaping @Sendable (Int) -> Void = { _ in })
        async throws -> CopyJob.Summary
    {
        try await target.withWriter(server: "copier", stories: nil) { store in
            var job = CopyJob(source: try SQLiteArticleStore(path: source.location, readOnly: true), target: store as! PostgresStore)
            job.batchSize = batch
            return try await job.run(page: pages)
        }
    }

    @Test(arguments: StoreAdapter.postgresOnly) func copyKeepsSequenceHashesChainAndDerivedTables(_ adapter: StoreAdapter) async throws {
        let source = try await Self.source()
        let target = try await TestStore(adapter)
        defer { Task { await source.remove(); await target.remove() } }
        let largest = Largest()
        let summary = try await Self.copy(source, into: target, batch: 3) { n in largest.value.withLock { $0 = max($0, n) } }
        #expect(summary.records == 11 && summary.resumedAfter == 0 && summary.alerts == 2 && summary.lastSeq == 11)
        // Memory is bounded by the page: no page read held more than the batch.
        #expect(largest.value.withLock { $0 } == 3)
        let sqlite = try SQLiteStore(path: source.location, readOnly: true)
        try await target.withWriter(server: "copier") { store in
            let report = try await store.verify { _, _ in }
            #expect(report.problem == nil, "\(report.problem ?? "")")
            #expect(report.records == 11)
            for seq in Int64(1)...11 {
                let want = try await sqlite.article(seq: seq)
                let got = try await store.article(seq: seq)
                #expect(got == want, "article \(seq)")
            }
            let (a, b) = (try await sqlite.stats(), try await store.stats())
            #expect(a.articles == b.articles && a.duplicates == b.duplicates && a.failed == b.failed && a.lastSeq == b.lastSeq)
            #expect(try await store.alerts(sinceMillis: 0, alert: nil, limit: 10) == (try await sqlite.alerts(sinceMillis: 0, alert: nil, limit: 10)))
            #expect(try await store.matchWatermark() == 4)
            // The chain continues: a new commit on PostgreSQL follows the copied head, and a copy of the same file is a duplicate.
            let next = try await store.append([Items.article("later.txt", "Japan and Vietnam agree to deepen defence ties", body: Self.body)], at: 20_000)
            #expect(next == [.duplicate(seq: 12, of: 1)])
            #expect(try await store.verify { _, _ in }.problem == nil)
            // Search works on the copied articles (their full-text vectors were made).
            #expect(try await store.search(try SearchQuery("bavaria"), limit: 20).hits.count == 7)
        }
    }

    @Test(arguments: StoreAdapter.postgresOnly) func anInterruptedCopyContinuesWhereItStopped(_ adapter: StoreAdapter) async throws {
        let source = try await Self.source()
        let target = try await TestStore(adapter)
        defer { Task { await source.remove(); await target.remove() } }
        // A first run that stopped after its first transaction (records 1 to 4).
        try await target.withWriter(server: "copier", stories: nil) { store in
            let page = try SQLiteArticleStore(path: source.location, readOnly: true).copyPage(afterSeq: 0, limit: 4)
            try await (store as! PostgresStore).appendCopied(page, merges: [])
        }
        let resumed = try await Self.copy(source, into: target, batch: 5)
        #expect(resumed.resumedAfter == 4 && resumed.records == 7 && resumed.alerts == 2)
        // Once more: nothing left, nothing copied twice.
        let again = try await Self.copy(source, into: target, batch: 5)
        #expect(again.records == 0 && again.alerts == 0 && again.resumedAfter == 11)
        try await target.withWriter { store in
            let report = try await store.verify { _, _ in }
            #expect(report.problem == nil && report.records == 11)
            #expect(try await store.alerts(sinceMillis: 0, alert: nil, limit: 10).count == 2)
        }
    }

    @Test(arguments: StoreAdapter.postgresOnly) func aTargetWithAnotherHistoryIsRefused(_ adapter: StoreAdapter) async throws {
        let source = try await Self.source()
        let target = try await TestStore(adapter)
        defer { Task { await source.remove(); await target.remove() } }
        _ = try await target.withWriter { store in try await store.append([Items.article("x.txt", "Another store's first article")], at: 1) }
        await #expect(throws: CopyJob.Refusal.self) { _ = try await Self.copy(source, into: target, batch: 5) }
        // Nothing was added to it.
        #expect(try await target.withWriter { try await $0.stats().lastSeq } == 1)
    }

    @Test(arguments: StoreAdapter.postgresOnly) func aPageThatDoesNotFollowTheHeadIsRefused(_ adapter: StoreAdapter) async throws {
        let source = try await Self.source()
        let target = try await TestStore(adapter)
        defer { Task { await source.remove(); await target.remove() } }
        let page = try SQLiteArticleStore(path: source.location, readOnly: true).copyPage(afterSeq: 0, limit: 4)
        try await target.withWriter(server: "copier", stories: nil) { store in
            let pg = store as! PostgresStore
            try await pg.appendCopied(page, merges: [])
            // The same page again (two copies at once): refused inside the transaction, nothing doubled.
            await #expect(throws: StoreError.self) { try await pg.appendCopied(page, merges: []) }
            #expect(try await pg.head().seq == 4)
        }
    }

    /// The source of ``source()`` pruned up to record 4 (what was ingested before 2_500) and with
    /// article 6 redacted.
    static func prunedAndRedactedSource() async throws -> TestStore {
        let source = try await Self.source()
        let store = try SQLiteArticleStore(path: source.location, anchored: false)
        #expect(try store.prune(beforeMillis: 2_500, at: 5_000).checkpoint?.seq == 4)
        guard case .redacted = try store.redact(seq: 6, reason: "takedown request", at: 6_000) else {
            Issue.record("record 6 was not redacted")
            return source
        }
        return source
    }

    @Test(arguments: StoreAdapter.postgresOnly) func aPrunedAndRedactedStoreIsCopiedAndVerifiesFromItsCheckpoint(_ adapter: StoreAdapter) async throws {
        let source = try await Self.prunedAndRedactedSource()
        let target = try await TestStore(adapter)
        defer { Task { await source.remove(); await target.remove() } }
        let summary = try await Self.copy(source, into: target, batch: 3)
        #expect(summary.records == 7 && summary.alerts == 0 && summary.lastSeq == 11)
        let sqlite = try SQLiteStore(path: source.location, readOnly: true)
        try await target.withWriter(server: "copier") { store in
            let report = try await store.verify { _, _ in }
            #expect(report.problem == nil, "\(report.problem ?? "")")
            #expect(report.records == 7)
            #expect(report.notes.contains { $0.contains("records up to 4 were pruned") }, "\(report.notes)")
            #expect(report.notes.contains { $0.contains("record 6 (f1.txt) was redacted") && $0.contains("takedown request") }, "\(report.notes)")
            #expect(try await store.article(seq: 6) == nil)
            for seq in Int64(5)...11 {
                #expect(try await store.article(seq: seq) == (try await sqlite.article(seq: seq)), "article \(seq)")
            }
            #expect(try await (store as! PostgresStore).latestCheckpoint()?.seq == 4)
            // The chain goes on from the copied head.
            #expect(try await store.append([Items.article("later.txt", "A later report")], at: 20_000) == [.stored(seqs: [12])])
            #expect(try await store.verify { _, _ in }.problem == nil)
        }
    }

    @Test(arguments: StoreAdapter.postgresOnly) func anInterruptedCopyOfAPrunedStoreContinues(_ adapter: StoreAdapter) async throws {
        let source = try await Self.prunedAndRedactedSource()
        let target = try await TestStore(adapter)
        defer { Task { await source.remove(); await target.remove() } }
        // A first run stopped after the checkpoint and the first two records (5, 6).
        try await target.withWriter(server: "copier", stories: nil) { store in
            let sqlite = try SQLiteArticleStore(path: source.location, readOnly: true)
            let pg = store as! PostgresStore
            try await pg.startAtCheckpoints(try sqlite.copySource().checkpoints)
            try await pg.appendCopied(try sqlite.copyPage(afterSeq: 4, limit: 2), merges: [])
        }
        let resumed = try await Self.copy(source, into: target, batch: 2)
        #expect(resumed.resumedAfter == 6 && resumed.records == 5)
        try await target.withWriter { store in
            let report = try await store.verify { _, _ in }
            #expect(report.problem == nil, "\(report.problem ?? "")")
            #expect(report.records == 7)
        }
    }

    @Test(arguments: StoreAdapter.postgresOnly) func aStoreWithAnUnfinishedPruneIsRefused(_ adapter: StoreAdapter) async throws {
        let source = try await Self.source()
        let target = try await TestStore(adapter)
        defer { Task { await source.remove(); await target.remove() } }
        // A prune killed after its first batch: record 7 is gone, 1 to 6 are left below the checkpoint.
        let store = try SQLiteArticleStore(path: source.location, anchored: false)
        #expect(try store.startPrune(beforeMillis: 3_003, at: 5_000)?.seq == 7)
        try store.deleteRecords(from: 7, through: 7)
        let error = await #expect(throws: CopyJob.Refusal.self) { _ = try await Self.copy(source, into: target, batch: 5) }
        #expect(error?.description.contains("a prune was left unfinished") == true)
        #expect(try await target.withWriter { try await $0.stats().lastSeq } == 0)
    }
}
