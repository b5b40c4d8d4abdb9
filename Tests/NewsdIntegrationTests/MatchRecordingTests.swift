import Foundation
import Logging
import NewsCore
import NewsStoreSQLite
import NewsTestSupport
import Synchronization
import Testing

@testable import NewsRuntime

/// A store that reads a commit's matched articles and records their alerts in one turn of its
/// own (``MatchRecording``) is asked once a commit, and records what reading each article and then
/// recording them recorded.
@Suite(.serialized) struct MatchRecordingTests {
    /// An in-memory store that offers the one-turn recording, and counts its calls.
    final class OneTurnStore: AlertOutbox, ArticleReader, MatchRecording {
        let inner = InMemoryStore()
        let turns = Mutex(0)

        func recordReading(
            _ seqs: [Int64], alerts: @Sendable (StoredArticle) -> [AlertMatch], watermark: Int64, at millis: Int64
        ) async throws(StoreError) -> [AlertRecord] {
            turns.withLock { $0 += 1 }
            var matches: [AlertMatch] = []
            for seq in seqs {
                if let stored = try await inner.article(seq: seq) { matches += alerts(stored) }
            }
            return try await inner.record(matches, watermark: watermark, at: millis)
        }

        func matchWatermark() async throws(StoreError) -> Int64 { try await inner.matchWatermark() }
        func lastArticleSeq() async throws(StoreError) -> Int64 { try await inner.lastArticleSeq() }
        func record(_ matches: [AlertMatch], watermark: Int64, at millis: Int64) async throws(StoreError) -> [AlertRecord] {
            try await inner.record(matches, watermark: watermark, at: millis)
        }
        func pending(sink: String, dueAt millis: Int64, limit: Int) async throws(StoreError) -> [AlertRecord] {
            try await inner.pending(sink: sink, dueAt: millis, limit: limit)
        }
        func markDelivered(_ alert: Int64, sink: String, at millis: Int64) async throws(StoreError) {
            try await inner.markDelivered(alert, sink: sink, at: millis)
        }
        func markFailed(_ alert: Int64, sink: String, error: String, at millis: Int64, retryAt: Int64?) async throws(StoreError) {
            try await inner.markFailed(alert, sink: sink, error: error, at: millis, retryAt: retryAt)
        }
        func alerts(sinceMillis: Int64, alert: String?, limit: Int) async throws(StoreError) -> [AlertRecord] {
            try await inner.alerts(sinceMillis: sinceMillis, alert: alert, limit: limit)
        }
        func article(seq: Int64) async throws(StoreError) -> StoredArticle? { try await inner.article(seq: seq) }
        func list(sinceMillis: Int64?, limit: Int, order: ListOrder) async throws(StoreError) -> [StoredArticle] {
            try await inner.list(sinceMillis: sinceMillis, limit: limit, order: order)
        }
        func articles(afterSeq: Int64, limit: Int) async throws(StoreError) -> [StoredArticle] {
            try await inner.articles(afterSeq: afterSeq, limit: limit)
        }
        func search(_ query: SearchQuery, limit: Int) async throws(StoreError) -> SearchResults { try await inner.search(query, limit: limit) }
        func story(_ id: Int64, limit: Int) async throws(StoreError) -> [StoredArticle] { try await inner.story(id, limit: limit) }
        func stats() async throws(StoreError) -> StoreStats { try await inner.stats() }
        func verify(progress: @escaping @Sendable (Int64, Int64) -> Void) async throws(StoreError) -> VerifyReport {
            try await inner.verify(progress: progress)
        }
    }

    static let index = SubscriptionIndex([
        try! Subscription(id: "ferries", query: "ferry"),
        try! Subscription(id: "harbours", query: "harbour"),
        try! Subscription(id: "never", query: "country:BR AND earthquake"),
    ])

    /// Three articles in one commit: the ferry story, a harbour story, and one that matched nothing.
    static func fill(_ store: InMemoryStore) async throws {
        let texts = [("Night ferry to the islands resumes", "The night ferry sails again after a month of repairs to its engines."),
                     ("Harbour dues rise in spring", "The port board raised the harbour dues for fishing boats by a tenth."),
                     ("Library opens on Sundays", "The town library will open on Sunday afternoons from next month.")]
        var items: [IntakeItem] = []
        for (i, (title, body)) in texts.enumerated() {
            let (article, analysis) = Analyzer().analyze(Article(title: title, body: body, format: "text"))
            items.append(IntakeItem(file: "f\(i).txt", identity: nil, sha256: "s\(i)", result: .success([article]), analyses: [analysis]))
        }
        #expect(try await store.append(items, at: 1) == [.stored(seqs: [1]), .stored(seqs: [2]), .stored(seqs: [3])])
    }

    /// The handoff: seq 1 matched "ferries", seq 2 "harbours" and an index past the subscriptions
    /// (a reload's leftover: dropped), seq 9 is not stored (left out).
    static func handoff(_ generation: UInt64) -> CommitMatches {
        CommitMatches(first: 1, last: 3, generation: generation,
                      hits: [.init(seq: 1, subscriptions: [0]), .init(seq: 2, subscriptions: [1, 7]), .init(seq: 9, subscriptions: [0])])
    }

    @Test func aHandedOffCommitIsRecordedInOneTurnWithTheAlertsOfTwoTurns() async throws {
        let oneTurn = OneTurnStore()
        try await Self.fill(oneTurn.inner)
        let service = AlertService(store: oneTurn, sink: SwitchableSink(), subscriptions: .init(index: Self.index, defaultWindow: 86400),
                                   logger: Logger(label: "test"))
        service.committed(Self.handoff(service.matcher.current.generation))
        #expect(try await service.match() == 2)
        #expect(oneTurn.turns.withLock { $0 } == 1)
        #expect(try await oneTurn.matchWatermark() == 3)

        // The same handoff on a store without the one-turn recording: the same alerts.
        let plain = InMemoryStore()
        try await Self.fill(plain)
        let other = AlertService(store: plain, sink: SwitchableSink(), subscriptions: .init(index: Self.index, defaultWindow: 86400),
                                 logger: Logger(label: "test"))
        other.committed(Self.handoff(other.matcher.current.generation))
        #expect(try await other.match() == 2)
        let one = try await oneTurn.alerts(sinceMillis: 0, alert: nil, limit: 10)
        let two = try await plain.alerts(sinceMillis: 0, alert: nil, limit: 10)
        #expect(one.map(\.alert) == ["ferries", "harbours"])
        #expect(one.map(\.alert) == two.map(\.alert))
        #expect(one.map(\.seq) == two.map(\.seq))
        #expect(one.map(\.title) == two.map(\.title))
        #expect(try await service.match() == 0, "nothing is read back after it")
        #expect(oneTurn.turns.withLock { $0 } == 1)
    }

    /// The look-alike that keeps the other way: a commit whose handoff holds no hit moves the
    /// watermark without a recording turn.
    @Test func aCommitWithoutHitsTakesNoRecordingTurn() async throws {
        let oneTurn = OneTurnStore()
        try await Self.fill(oneTurn.inner)
        let service = AlertService(store: oneTurn, sink: SwitchableSink(), subscriptions: .init(index: Self.index, defaultWindow: 86400),
                                   logger: Logger(label: "test"))
        service.committed(CommitMatches(first: 1, last: 3, generation: service.matcher.current.generation, hits: []))
        #expect(try await service.match() == 0)
        #expect(oneTurn.turns.withLock { $0 } == 0)
        #expect(try await oneTurn.alerts(sinceMillis: 0, alert: nil, limit: 10).isEmpty)
    }

    @Test func theEmbeddedStoreRecordsInOneTurn() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newsd-onerec-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store: any AlertService.Store = try SQLiteStore(path: dir + "/newsd.db")
        #expect(store is any MatchRecording)
    }
}
