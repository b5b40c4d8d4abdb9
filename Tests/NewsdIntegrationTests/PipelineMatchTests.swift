import Foundation
import Logging
import NewsCore
import NewsStoreSQLite
import NewsTestSupport
import Testing

@testable import NewsRuntime

/// The alert service takes the matches the pipeline made from the analysis' tokens when they
/// stand for the whole commit, and reads the commit back from the store when they do not.
@Suite(.serialized) struct PipelineMatchTests {
    static let story = AlertServiceTests.story

    /// A store with one article committed, and a service with `index`.
    static func setUp(_ index: SubscriptionIndex) throws -> (SQLiteArticleStore, AlertService, String) {
        let (store, dir) = try AlertServiceTests.store()
        let service = AlertService(
            store: try SQLiteStore(path: store.path), sink: SwitchableSink(), subscriptions: .init(index: index, defaultWindow: 86400),
            logger: Logger(label: "test"))
        return (store, service, dir)
    }

    static let index = { () -> SubscriptionIndex in
        SubscriptionIndex([
            try! Subscription(id: "paracel", query: "place:\"Paracel Islands\""),
            try! Subscription(id: "never", query: "country:BR AND earthquake"),
        ])
    }()

    @Test func aCommitTheMatchesStandForIsNotReadBack() async throws {
        let (store, service, dir) = try Self.setUp(Self.index)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try AlertServiceTests.ingest(store, StoryLinker(), "a.txt", "Japan and Vietnam agree on patrols", Self.story)
        // The handoff says the article matched "never" (which it does not): only a service that
        // takes the handoff as it is records that alert; reading back would record "paracel".
        let generation = service.matcher.current.generation
        service.committed(CommitMatches(first: 1, last: 1, generation: generation, hits: [.init(seq: 1, subscriptions: [1])]))
        #expect(try await service.match() == 1)
        #expect(try store.alerts(sinceMillis: 0, alert: nil).map(\.alert) == ["never"])
        #expect(try await service.match() == 0, "nothing is read back after it")
    }

    @Test func aCommitAfterAGapIsReadBackWithWhatCameBefore() async throws {
        let (store, service, dir) = try Self.setUp(Self.index)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let linker = StoryLinker()
        try AlertServiceTests.ingest(store, linker, "a.txt", "Japan and Vietnam agree on patrols", Self.story)
        try AlertServiceTests.ingest(store, linker, "b.txt", "Tsunami warning lifted", "The warning was lifted after a small quake off Chile.")
        // Seq 1 came from another writer (no handoff): the handoff of seq 2 does not follow the
        // watermark, so both are read back and matched from the store.
        let generation = service.matcher.current.generation
        service.committed(CommitMatches(first: 2, last: 2, generation: generation, hits: [.init(seq: 2, subscriptions: [1])]))
        #expect(try await service.match() == 1)
        #expect(try store.alerts(sinceMillis: 0, alert: nil).map(\.alert) == ["paracel"])
        #expect(try await service.match() == 0)
    }

    @Test func matchesMadeWithSubscriptionsSinceReloadedAreReadBack() async throws {
        let (store, service, dir) = try Self.setUp(Self.index)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try AlertServiceTests.ingest(store, StoryLinker(), "a.txt", "Japan and Vietnam agree on patrols", Self.story)
        let old = service.matcher.current.generation
        service.update(.init(index: Self.index, defaultWindow: 86400))
        #expect(service.matcher.current.generation == old + 1)
        service.committed(CommitMatches(first: 1, last: 1, generation: old, hits: [.init(seq: 1, subscriptions: [1])]))
        #expect(try await service.match() == 1)
        #expect(try store.alerts(sinceMillis: 0, alert: nil).map(\.alert) == ["paracel"])
    }

    @Test func aCommitWithoutHandoffIsReadBack() async throws {
        let (store, service, dir) = try Self.setUp(Self.index)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try AlertServiceTests.ingest(store, StoryLinker(), "a.txt", "Japan and Vietnam agree on patrols", Self.story)
        service.committed(nil)
        #expect(try await service.match() == 1)
        #expect(try store.alerts(sinceMillis: 0, alert: nil).map(\.alert) == ["paracel"])
    }

    @Test func theQueueOfHandoffsIsBoundedAndAnOverflowIsReadBack() async throws {
        let (store, service, dir) = try Self.setUp(Self.index)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try AlertServiceTests.ingest(store, StoryLinker(), "a.txt", "Japan and Vietnam agree on patrols", Self.story)
        let generation = service.matcher.current.generation
        // More commits than the queue holds, the first of which claims "never": it is dropped
        // with the overflow, and the store is read instead.
        service.committed(CommitMatches(first: 1, last: 1, generation: generation, hits: [.init(seq: 1, subscriptions: [1])]))
        for i in 0..<AlertService.handoffLimit {
            service.committed(CommitMatches(first: Int64(2 + i), last: Int64(2 + i), generation: generation, hits: []))
        }
        #expect(try await service.match() == 1)
        #expect(try store.alerts(sinceMillis: 0, alert: nil).map(\.alert) == ["paracel"])
    }

    /// A store that refuses to record alerts (full, locked) is asked again at the next turn, for
    /// the same matches, whether they came from the pipeline or from reading back.
    @Test(arguments: [true, false])
    func matchesTheStoreRefusedAreRecordedAtTheNextTurn(handedOff: Bool) async throws {
        let store = InMemoryStore()
        let (article, analysis) = Analyzer().analyze(Article(title: "Japan and Vietnam agree on patrols", body: Self.story, format: "text"))
        let item = IntakeItem(file: "a.txt", identity: nil, sha256: "a", result: .success([article]), analyses: [analysis])
        #expect(try await store.append([item], at: 1) == [.stored(seqs: [1])])
        let service = AlertService(store: store, sink: SwitchableSink(), subscriptions: .init(index: Self.index, defaultWindow: 86400),
                                   logger: Logger(label: "test"))
        if handedOff {
            service.committed(CommitMatches(first: 1, last: 1, generation: service.matcher.current.generation, hits: [.init(seq: 1, subscriptions: [0])]))
        }
        await store.failRecords([StoreError(.transient, "database is locked")])
        await #expect(throws: StoreError.self) { try await service.match() }
        #expect(try await service.match() == 1)
        #expect(try await store.alerts(sinceMillis: 0, alert: nil, limit: 10).map(\.alert) == ["paracel"])
    }

    @Test func commitMatchesCoverConsecutiveRecordsOfOneGeneration() throws {
        func item(_ matched: PipelineMatches?, analysed: Bool = true) -> IntakeItem {
            var i = IntakeItem(file: "f", identity: nil, sha256: "", result: .success([Article(title: "t", body: "b", format: "text")]),
                               analyses: analysed ? [ArticleAnalysis()] : [])
            i.matched = matched
            return i
        }
        let m = PipelineMatches(generation: 3, perArticle: [[0]])
        let none = PipelineMatches(generation: 3, perArticle: [[]])
        let c = CommitMatches.from([item(m), item(none), item(nil)], [.stored(seqs: [5]), .stored(seqs: [6]), .failed(seq: 7, code: "x", reason: "y")])
        #expect(c == CommitMatches(first: 5, last: 7, generation: 3, hits: [.init(seq: 5, subscriptions: [0])]))
        #expect(CommitMatches.from([item(nil)], [.stored(seqs: [5])]) == nil, "an analysed article the pipeline did not match")
        #expect(CommitMatches.from([item(nil, analysed: false)], [.stored(seqs: [5])])?.hits == [], "unanalysed: never matched")
        #expect(CommitMatches.from([item(m), item(PipelineMatches(generation: 4, perArticle: [[]]))], [.stored(seqs: [5]), .stored(seqs: [6])]) == nil)
        #expect(CommitMatches.from([item(m), item(m)], [.stored(seqs: [5]), .stored(seqs: [7])]) == nil, "not consecutive")
        #expect(CommitMatches.from([item(m)], [.alreadyRecorded(kind: .article, seq: 1, code: nil, reason: nil)]) == nil)
    }
}
