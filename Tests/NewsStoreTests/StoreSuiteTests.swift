import Foundation
import NewsCore
import NewsRuntime
import Testing

/// One suite over the ports, run against every adapter (``StoreAdapter/all``): what the daemon,
/// the alert service and the read commands rely on behaves the same on SQLite and PostgreSQL.
@Suite(.timeLimit(.minutes(2))) struct StoreSuiteTests {
    @Test(arguments: StoreAdapter.all) func appendsReadsBackAndVerifies(_ adapter: StoreAdapter) async throws {
        let t = try await TestStore(adapter)
        defer { Task { await t.remove() } }
        try await t.withWriter { store in
            let first = try await store.append([Items.article("a.txt", "Japan and Vietnam agree to deepen defence ties"), Items.failed("bad.bin")], at: 1_000)
            let second = try await store.append([Items.article("b.txt", "Floods in Bavaria close roads")], at: 2_000)
            #expect(first.first == .stored(seqs: [1]))
            guard case .failed(seq: 2, code: "empty", _) = first[1] else { Issue.record("\(first)"); return }
            #expect(second == [.stored(seqs: [3])])
            let a = try await store.article(seq: 1)
            #expect(a?.article.title == "Japan and Vietnam agree to deepen defence ties")
            #expect(a?.analysis?.countries.contains("JP") == true)
            #expect(a?.story == 1)
            #expect(try await store.list(sinceMillis: nil, limit: 10).map(\.seq) == [3, 1])
            #expect(try await store.articles(afterSeq: 1, limit: 10).map(\.seq) == [3])
            let stats = try await store.stats()
            #expect(stats.articles == 2 && stats.failed == 1 && stats.lastSeq == 3)
            let report = try await store.verify { _, _ in }
            #expect(report.problem == nil)
            #expect(report.records == 3)
        }
    }

    @Test(arguments: StoreAdapter.all) func sameBytesMakeOneArticleAndDuplicateRecords(_ adapter: StoreAdapter) async throws {
        let t = try await TestStore(adapter)
        defer { Task { await t.remove() } }
        try await t.withWriter { store in
            _ = try await store.append([Items.article("a.txt", "Same story")], at: 1)
            let again = try await store.append([Items.article("copy.txt", "Same story"), Items.article("copy2.txt", "Same story")], at: 2)
            #expect(again == [.duplicate(seq: 2, of: 1), .duplicate(seq: 3, of: 1)])
            let stats = try await store.stats()
            #expect(stats.articles == 1 && stats.duplicates == 2)
        }
    }

    @Test(arguments: StoreAdapter.all) func aFileCommittedBeforeACrashIsRecognised(_ adapter: StoreAdapter) async throws {
        let t = try await TestStore(adapter)
        defer { Task { await t.remove() } }
        let item = Items.article("a.txt", "Recognised after a crash", identity: "1:2:3:4:a.txt")
        _ = try await t.withWriter { store in try await store.append([item], at: 1) }
        // A new process (the daemon restarted) sees the same file in the inbox.
        let outcome = try await t.withWriter { store in try await store.append([item], at: 2) }
        #expect(outcome == [.alreadyRecorded(kind: .article, seq: 1, code: nil, reason: nil)])
    }

    @Test(arguments: StoreAdapter.all) func searchNarrowsRanksAndRechecks(_ adapter: StoreAdapter) async throws {
        let t = try await TestStore(adapter)
        defer { Task { await t.remove() } }
        try await t.withWriter { store in
            _ = try await store.append([
                Items.article("1", "Vietnam holds naval drills", body: "The navy of Vietnam held drills near Da Nang with Japan."),
                Items.article("2", "Markets rally in Frankfurt", body: "Shares rose in Frankfurt as Vietnam exports grew."),
                Items.article("3", "Hochwasser in Bayern", body: "Straßen in Bayern wurden wegen Hochwasser gesperrt.", language: "de"),
                Items.article("4", "Drilling for oil off Norway", body: "Oil companies are drilling in the North Sea."),
            ], at: 1)
            let vietnam = try await store.search(try SearchQuery("vietnam"), limit: 10)
            #expect(Set(vietnam.hits.map(\.article.seq)) == [1, 2])
            #expect(vietnam.hits.first?.article.seq == 1)  // in the title: ranked first
            let title = try await store.search(try SearchQuery("title:vietnam"), limit: 10)
            #expect(title.hits.map(\.article.seq) == [1])
            let phrase = try await store.search(try SearchQuery("\"naval drills\""), limit: 10)
            #expect(phrase.hits.map(\.article.seq) == [1])
            let prefix = try await store.search(try SearchQuery("drill*"), limit: 10)
            #expect(Set(prefix.hits.map(\.article.seq)) == [1, 4])
            let german = try await store.search(try SearchQuery("hochwasser"), limit: 10)
            #expect(german.hits.map(\.article.seq) == [3])
            let field = try await store.search(try SearchQuery("country:JP AND vietnam"), limit: 10)
            #expect(field.hits.map(\.article.seq) == [1])
            let negated = try await store.search(try SearchQuery("vietnam AND NOT frankfurt"), limit: 10)
            #expect(negated.hits.map(\.article.seq) == [1])
            let none = try await store.search(try SearchQuery("zanzibar"), limit: 10)
            #expect(none.hits.isEmpty && none.complete)
        }
    }

    @Test(arguments: StoreAdapter.all) func alertsFoldPerStoryAndGoOncePerSink(_ adapter: StoreAdapter) async throws {
        let t = try await TestStore(adapter)
        defer { Task { await t.remove() } }
        try await t.withWriter { store in
            _ = try await store.append([Items.article("1", "One"), Items.article("2", "Two")], at: 1)
            func match(_ seq: Int64, story: Int64) -> AlertMatch {
                AlertMatch(Alert(alert: "sub", priority: 4, seq: seq, story: story, title: seq == 1 ? "One" : "Two", url: nil,
                                 file: "\(seq)", source: nil, topics: [], countries: [], score: 1),
                           windowMillis: 3_600_000, sinks: ["journal", "hook"])
            }
            let raised = try await store.record([match(1, story: 7), match(2, story: 7)], watermark: 2, at: 10_000)
            #expect(raised.map(\.seq) == [1])
            // A replay of the same matches records nothing.
            #expect(try await store.record([match(2, story: 7)], watermark: 2, at: 10_001).isEmpty)
            #expect(try await store.matchWatermark() == 2)
            let all = try await store.alerts(sinceMillis: 0, alert: nil, limit: 10)
            #expect(all.count == 2)
            #expect(all[0].count == 2 && all[1].foldedInto == 1)
            let pending = try await store.pending(sink: "hook", dueAt: 20_000, limit: 10)
            #expect(pending.count == 2)
            try await store.markDelivered(pending[0].id, sink: "hook", at: 20_001)
            try await store.markDelivered(pending[0].id, sink: "hook", at: 20_002)  // a second confirmation changes nothing
            try await store.markFailed(pending[1].id, sink: "hook", error: "HTTP 503", at: 20_003, retryAt: 99_000)
            #expect(try await store.pending(sink: "hook", dueAt: 30_000, limit: 10).isEmpty)
            #expect(try await store.pending(sink: "hook", dueAt: 99_000, limit: 10).map(\.id) == [pending[1].id])
            let after = try await store.alerts(sinceMillis: 0, alert: "sub", limit: 10)
            #expect(after[0].deliveries.first { $0.sink == "hook" }?.deliveredMillis == 20_001)
            #expect(after[1].deliveries.first { $0.sink == "hook" }?.lastError == "HTTP 503")
            #expect(try await store.verify { _, _ in }.problem == nil)
        }
    }
}
