import Foundation
import NewsCore
import NewsRuntime
import NewsStorePostgres
import NewsStoreSQLite
import Testing

extension TestStore {
    /// Opens the store's export/import port (server `server` on PostgreSQL) and runs `body` with it.
    func withArchive<T: Sendable>(server: String = "importer", _ body: @Sendable (any ArticleArchive) async throws -> T) async throws -> T {
        switch adapter {
        case .sqlite:
            return try await body(try SQLiteArchive(store: try SQLiteArticleStore(path: location), stories: StoryLinker.Configuration()))
        case .postgres:
            return try await PostgresStore.with(
                location: try PostgresLocation(url: location), password: nil, server: server, stories: StoryLinker.Configuration()
            ) { try await body($0) }
        }
    }
}

/// `newsd export` and `newsd import` at the port (``ArticleArchive``), on every adapter.
@Suite(.timeLimit(.minutes(2))) struct ArchiveTests {
    static let body = SharedPostgresStoreTests.body

    /// What an export line would give the importer: the article analysed again, with provenance.
    static func imported(_ title: String, body: String? = nil, sha: String? = nil, origin: Int64 = 500) -> ImportedArticle {
        let (article, analysis) = Items.analyzer.analyze(Article(title: title, body: body ?? "Body of \(title).", language: "en", format: "text"))
        return ImportedArticle(
            article: article, analysis: analysis, file: "\(title).txt", fileSHA256: sha ?? ContentHash.sha256Hex(Array(title.utf8)),
            item: 0, originAtMillis: origin, originHash: String(repeating: "ab", count: 32))
    }

    @Test(arguments: StoreAdapter.all) func exportReadsPageByPageWithItsHashes(_ adapter: StoreAdapter) async throws {
        let t = try await TestStore(adapter)
        defer { Task { await t.remove() } }
        try await t.withWriter { store in
            _ = try await store.append((0..<4).map { Items.article("a\($0).txt", "Early report \($0)") } + [Items.failed("bad.bin")], at: 1_000)
            _ = try await store.append((0..<3).map { Items.article("b\($0).txt", "Late report \($0)") } + [Items.article("c.txt", "Early report 0")],
                                       at: 5_000)
        }
        try await t.withArchive { archive in
            #expect(try await archive.exportCount(sinceMillis: 0) == 7)
            #expect(try await archive.exportCount(sinceMillis: 5_000) == 3)
            var pages: [[ExportedArticle]] = []
            var after: Int64 = 0
            while true {
                let page = try await archive.exportPage(afterSeq: after, sinceMillis: 0, limit: 3)
                guard let last = page.last else { break }
                pages.append(page)
                after = last.stored.seq
            }
            // The bound: no page is larger than asked, whatever the store's size.
            #expect(pages.map(\.count) == [3, 3, 1])
            let all = pages.flatMap { $0 }
            #expect(all.map(\.stored.seq) == [1, 2, 3, 4, 6, 7, 8])  // 5 failed, 9 a duplicate: not articles
            #expect(all.allSatisfy { $0.contentHash == JournalRecord.contentHash($0.stored.article) && $0.recordHash.count == 32 })
            #expect(all.allSatisfy { $0.originAtMillis == nil && $0.originHash == nil })
            #expect(all.allSatisfy { $0.stored.analysis != nil })
            let late = try await archive.exportPage(afterSeq: 0, sinceMillis: 5_000, limit: 10)
            #expect(late.map(\.stored.seq) == [6, 7, 8])
        }
    }

    @Test(arguments: StoreAdapter.all) func aRedactedArticleIsNotExportedAndNotImportedAgain(_ adapter: StoreAdapter) async throws {
        let t = try await TestStore(adapter)
        defer { Task { await t.remove() } }
        let lines = [Self.imported("Floods in Bavaria close roads"), Self.imported("Markets rally in Frankfurt")]
        let added = try await t.withArchive { archive in try await archive.importArticles(lines, at: 1_000) }
        #expect(added == [1, 2])
        try await t.withWriter { store in
            let outcome = try await RetentionSuiteTests.retention(store).redact(seq: 1, reason: "court order", at: 2_000)
            guard case .redacted = outcome else { Issue.record("\(outcome)"); return }
        }
        try await t.withArchive { archive async throws in
            #expect(try await archive.exportCount(sinceMillis: 0) == 1)
            #expect(try await archive.exportPage(afterSeq: 0, sinceMillis: 0, limit: 10).map(\.stored.seq) == [2])
            // Its record keeps its content hash: the same line is not imported again.
            #expect(try await archive.importArticles(lines, at: 3_000).isEmpty)
        }
    }

    @Test(arguments: StoreAdapter.postgresOnly) func exportFollowsStoryMergesAsReadsDo(_ adapter: StoreAdapter) async throws {
        let t = try await TestStore(adapter)
        defer { Task { await t.remove() } }
        try await t.withWriter { store in
            _ = try await store.append([Items.article("a", "Floods in Bavaria"), Items.article("b", "Markets in Frankfurt"),
                                        Items.article("c", "Drills off Norway")], at: 1)
        }
        // Story 3 merged into 2, and 2 into 1 (as a linker records it when an article bridges them).
        try await t.tamper("INSERT INTO story_merges(story, into_story, by_seq, at_ms) VALUES (3, 2, 3, 1), (2, 1, 3, 1)")
        let exported = try await t.withArchive { archive in try await archive.exportPage(afterSeq: 0, sinceMillis: 0, limit: 10) }
        let read = try await t.withWriter { store in
            var stories: [Int64?] = []
            for seq in Int64(1)...3 { stories.append(try await store.article(seq: seq)?.story) }
            return stories
        }
        #expect(exported.map(\.stored.story) == [1, 1, 1])
        #expect(exported.map(\.stored.story) == read)
    }

    @Test(arguments: StoreAdapter.all) func importAppendsEachContentOnceLinksStoriesAndVerifies(_ adapter: StoreAdapter) async throws {
        let t = try await TestStore(adapter)
        defer { Task { await t.remove() } }
        let original = Self.imported("Japan and Vietnam agree to deepen defence ties", body: Self.body)
        let near = Self.imported("Japan and Vietnam agree to deepen defence ties ", body: Self.body.replacingOccurrences(of: "Monday.", with: "Tuesday."))
        let others = [Self.imported("Floods in Bavaria close roads"), Self.imported("Markets rally in Frankfurt")]
        let lines = [original, near, original] + others  // the same line twice: one article
        let (first, resumed, again) = try await t.withArchive { archive in
            // A kill after the first batch, then the whole file again: what one run would give.
            let first = try await archive.importArticles(Array(lines.prefix(2)), at: 9_000)
            let resumed = try await archive.importArticles(lines, at: 9_000)
            let again = try await archive.importArticles(lines, at: 9_500)
            return (first, resumed, again)
        }
        #expect(first == [1, 2])
        #expect(resumed == [3, 4])
        #expect(again.isEmpty, "importing twice adds nothing")
        try await t.withWriter { store in
            let stats = try await store.stats()
            #expect(stats.articles == 4 && stats.lastSeq == 4)
            let joined = try await store.article(seq: 2)
            #expect(joined?.duplicateOf == 1 && joined?.story == 1, "the near-duplicate joins the story")
            let report = try await store.verify { _, _ in }
            #expect(report.problem == nil && report.records == 4)
        }
        try await t.withArchive { archive in
            let page = try await archive.exportPage(afterSeq: 0, sinceMillis: 0, limit: 10)
            #expect(page.map(\.stored.atMillis) == [9_000, 9_000, 9_000, 9_000])
            #expect(page.allSatisfy { $0.originAtMillis == 500 && $0.originHash == String(repeating: "ab", count: 32) })
        }
    }

    @Test(arguments: StoreAdapter.postgresOnly) func importBesideARunningServerKeepsOneChain(_ adapter: StoreAdapter) async throws {
        let t = try await TestStore(adapter)
        defer { Task { await t.remove() } }
        let imports = (0..<60).map { Self.imported("Imported report \($0)") }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await t.withWriter(server: "alpha") { store in
                    for batch in 0..<20 {
                        _ = try await store.append((0..<5).map { Items.article("a-\(batch)-\($0).txt", "Live report \(batch) \($0)") }, at: Int64(batch))
                    }
                }
            }
            group.addTask {
                try await t.withArchive { archive in
                    for start in stride(from: 0, to: 60, by: 10) {
                        _ = try await archive.importArticles(Array(imports[start..<start + 10]), at: 7)
                    }
                }
            }
            try await group.waitForAll()
        }
        try await t.withWriter(server: "check") { store in
            let stats = try await store.stats()
            #expect(stats.articles == 160 && stats.lastSeq == 160)
            let report = try await store.verify { _, _ in }
            #expect(report.problem == nil && report.records == 160)
        }
    }
}
