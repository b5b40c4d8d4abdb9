import Foundation
import NewsCore
import NewsRuntime
import NewsStorePostgres
import NewsStoreSQLite
import Testing

/// Pruning and redaction through the retention port, against every adapter: the chain verifies
/// after both, from the checkpoint and through a redacted record's kept content hash.
@Suite(.timeLimit(.minutes(2))) struct RetentionSuiteTests {
    /// Eight articles, one a commit, ingested at 1_000, 2_000, ... 8_000, with an alert on 2 and a duplicate of 3.
    static func fill(_ store: any StoreFactory.Store) async throws {
        for i in 1...8 {
            _ = try await store.append([Items.article("f\(i).txt", "Report number \(i) on zebra\(i) migration")], at: Int64(i) * 1_000)
        }
        _ = try await store.append([Items.article("copy.txt", "Report number 3 on zebra3 migration")], at: 9_000)
        _ = try await store.record([
            AlertMatch(Alert(alert: "watch", priority: 4, seq: 2, story: 2, title: "Report number 2 on zebra2 migration", url: nil,
                             file: "f2.txt", source: nil, topics: [], countries: [], score: 1), windowMillis: 0, sinks: ["hook"]),
        ], watermark: 9, at: 10_000)
    }

    static func retention(_ store: any StoreFactory.Store) -> any JournalRetention { store as! any JournalRetention }

    @Test(arguments: StoreAdapter.all) func pruneLeavesACheckpointThatVerifyStartsFrom(_ adapter: StoreAdapter) async throws {
        let t = try await TestStore(adapter)
        defer { Task { await t.remove() } }
        try await t.withWriter { store in
            try await Self.fill(store)
            var job = RetentionJob(store: Self.retention(store), processedDirectory: nil)
            job.batchSize = 2
            var progress: [Int] = []
            let summary = try await job.run(beforeMillis: 4_500, at: 20_000, progress: { progress.append($0) })
            #expect(summary.checkpoint?.seq == 4)
            #expect(summary.records == 4 && summary.articles == 4 && summary.batches == 2)
            #expect(progress == [2, 4])
            #expect(try await store.article(seq: 2) == nil)
            #expect(try await store.article(seq: 5)?.article.title == "Report number 5 on zebra5 migration")
            #expect(try await store.search(try SearchQuery("zebra2"), limit: 10).hits.isEmpty)
            #expect(try await store.alerts(sinceMillis: 0, alert: nil, limit: 10).isEmpty)  // the alert went with its article
            let report = try await store.verify { _, _ in }
            #expect(report.problem == nil, "\(report.problem ?? "")")
            #expect(report.records == 5)
            #expect(report.notes.contains { $0.contains("records up to 4 were pruned") }, "\(report.notes)")
            // Nothing older is left: a second prune finds nothing.
            #expect(try await job.run(beforeMillis: 4_500, at: 20_001).checkpoint == nil)
            // The chain goes on after a prune.
            #expect(try await store.append([Items.article("n.txt", "A new report on zebra10")], at: 30_000) == [.stored(seqs: [10])])
            #expect(try await store.verify { _, _ in }.problem == nil)
        }
    }

    @Test(arguments: StoreAdapter.all) func pruningEverythingKeepsTheHeadForTheNextRecord(_ adapter: StoreAdapter) async throws {
        let t = try await TestStore(adapter)
        defer { Task { await t.remove() } }
        try await t.withWriter { store in
            try await Self.fill(store)
            let summary = try await RetentionJob(store: Self.retention(store), processedDirectory: nil).run(beforeMillis: 100_000, at: 100_000)
            #expect(summary.records == 9 && summary.checkpoint?.seq == 9)
            let report = try await store.verify { _, _ in }
            #expect(report.problem == nil, "\(report.problem ?? "")")
            #expect(report.records == 0)
            #expect(try await store.append([Items.article("n.txt", "After the prune")], at: 200_000) == [.stored(seqs: [10])])
            #expect(try await store.verify { _, _ in }.problem == nil)
        }
    }

    @Test(arguments: StoreAdapter.all) func aKilledPruneResumesAtItsCheckpoint(_ adapter: StoreAdapter) async throws {
        let t = try await TestStore(adapter)
        defer { Task { await t.remove() } }
        try await t.withWriter { store in
            try await Self.fill(store)
            let retention = Self.retention(store)
            // Killed after one batch of two: records 5 and 6 are gone, 1 to 4 remain.
            let checkpoint = try #require(try await retention.startPrune(beforeMillis: 6_500, at: 20_000))
            #expect(checkpoint.seq == 6)
            let batch = try await retention.pruneCandidates(through: checkpoint.seq, limit: 2)
            #expect(batch.map(\.seq) == [6, 5])
            try await retention.deleteRecords(from: 5, through: 6)
            let halfway = try await store.verify { _, _ in }
            #expect(halfway.problem == nil, "\(halfway.problem ?? "")")
            // The next run finishes that checkpoint first, whatever time it is given.
            let resumed = try await RetentionJob(store: retention, processedDirectory: nil).run(beforeMillis: 1_500, at: 30_000)
            #expect(resumed.checkpoint == checkpoint)
            #expect(resumed.records == 4)
            #expect(try await retention.recordCount(through: 6) == 0)
            #expect(try await store.verify { _, _ in }.problem == nil)
        }
    }

    @Test(arguments: StoreAdapter.all) func redactionRemovesTheTextAndKeepsTheChainVerifiable(_ adapter: StoreAdapter) async throws {
        let t = try await TestStore(adapter)
        defer { Task { await t.remove() } }
        try await t.withWriter { store in
            try await Self.fill(store)
            let retention = Self.retention(store)
            let outcome = try await retention.redact(seq: 3, reason: "court order 12/2026", at: 50_000)
            guard case .redacted(let files, let alerts) = outcome else {
                Issue.record("\(outcome)")
                return
            }
            #expect(files.map(\.file) == ["f3.txt", "copy.txt"])  // its own file and its duplicate's
            #expect(alerts == 0)
            #expect(try await store.article(seq: 3) == nil)
            #expect(try await store.search(try SearchQuery("zebra3"), limit: 10).hits.isEmpty)
            #expect(try await store.search(try SearchQuery("zebra4"), limit: 10).hits.map(\.article.seq) == [4])
            #expect(try await retention.redact(seq: 2, reason: "takedown", at: 50_001) == .redacted(files: [
                JournalFile(seq: 2, kind: .article, file: "f2.txt", fileSHA256: Items.article("f2.txt", "Report number 2 on zebra2 migration").sha256,
                            atMillis: 2_000, server: retention.localServer),
            ], alerts: 1))
            #expect(try await store.alerts(sinceMillis: 0, alert: nil, limit: 10).map(\.title) == [RedactOutcome.redactedTitle])
            let report = try await store.verify { _, _ in }
            #expect(report.problem == nil, "\(report.problem ?? "")")
            #expect(report.records == 9)
            #expect(report.notes.contains { $0.contains("record 3 (f3.txt) was redacted at 1970-01-01T00:00:50Z: court order 12/2026") }, "\(report.notes)")
            // Twice: nothing more to do, and the files again (a killed first run left them).
            #expect(try await retention.redact(seq: 3, reason: "again", at: 60_000) == .alreadyRedacted(
                reason: "court order 12/2026", atMillis: 50_000, files: files))
            #expect(try await retention.redact(seq: 9, reason: "x", at: 60_000) == .notAnArticle(kind: "duplicate"))
            #expect(try await retention.redact(seq: 99, reason: "x", at: 60_000) == .notFound)
            // Redacted, then pruned: verify still passes.
            _ = try await RetentionJob(store: retention, processedDirectory: nil).run(beforeMillis: 2_500, at: 70_000)
            #expect(try await store.verify { _, _ in }.problem == nil)
        }
    }

    // MARK: PostgreSQL only: the triggers, a forged checkpoint, two servers pruning at once

    @Test(arguments: StoreAdapter.postgresOnly) func recordsAndArticlesGoOnlyBehindACheckpointOrARedaction(_ adapter: StoreAdapter) async throws {
        let t = try await TestStore(adapter)
        defer { Task { await t.remove() } }
        try await t.withWriter { store in try await Self.fill(store) }
        await #expect(throws: (any Error).self) { try await t.tamper("DELETE FROM journal WHERE seq = 9") }
        try await t.tamper("DELETE FROM analysis WHERE seq = 5")  // derived: `newsd reindex` writes it anew
        await #expect(throws: (any Error).self) { try await t.tamper("DELETE FROM articles WHERE seq = 5") }
        await #expect(throws: (any Error).self) { try await t.tamper("UPDATE articles SET title = 'x' WHERE seq = 5") }
        // A checkpoint whose chain is not its record's is caught by verify (a forged one to allow a deletion).
        try await t.tamper("INSERT INTO checkpoints VALUES (5, decode(repeat('ab', 32), 'hex'), 1, 1)")
        try await t.withWriter { store in
            let report = try await store.verify { _, _ in }
            #expect(report.problem?.contains("the checkpoint at record 5 does not match") == true, "\(report.problem ?? "")")
        }
    }

    @Test(arguments: StoreAdapter.postgresOnly) func twoServersPruningAtOnceRemoveEachRecordOnce(_ adapter: StoreAdapter) async throws {
        let t = try await TestStore(adapter)
        defer { Task { await t.remove() } }
        try await t.withWriter(server: "alpha") { store in
            for i in 0..<40 {
                _ = try await store.append([Items.article("a\(i).txt", "Alpha report \(i) on topic q\(i)")], at: Int64(i) * 10)
            }
        }
        let summaries = try await withThrowingTaskGroup(of: RetentionJob.Summary.self) { group in
            for server in ["alpha", "beta"] {
                group.addTask {
                    try await t.withWriter(server: server) { store in
                        var job = RetentionJob(store: Self.retention(store), processedDirectory: nil)
                        job.batchSize = 3
                        return try await job.run(beforeMillis: 305, at: 1_000)
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(summaries.compactMap(\.checkpoint?.seq)) == [31])  // one checkpoint, finished by both
        #expect(summaries.map(\.records).reduce(0, +) >= 31)
        try await t.withWriter { store in
            let report = try await store.verify { _, _ in }
            #expect(report.problem == nil, "\(report.problem ?? "")")
            #expect(report.records == 9)
        }
    }
}
