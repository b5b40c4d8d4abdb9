import Foundation
import NewsCore
import NewsStorePostgres
import NewsStoreSQLite

/// What `newsd reindex` and `newsd replay` need of a store: SQLite and PostgreSQL both have it.
public protocol JobStore: AnyObject {
    /// Articles after `afterSeq` ingested at or after `sinceMillis`, in order, at most `limit`.
    func articles(afterSeq: Int64, sinceMillis: Int64, limit: Int) async throws -> [StoredArticle]
    func storyCount() async throws -> Int
    func clearStoryMerges() async throws
    func replaceAnalyses(_ items: [(seq: Int64, analysis: ArticleAnalysis, link: StoryLinker.Link, atMillis: Int64)]) async throws
    func isRecorded(alert: String, seq: Int64) async throws -> Bool
    /// Stored articles, duplicates, failures and the last seq.
    func jobStats() async throws -> StoreStats
    /// Records `matches` as the alert service would, leaving the match watermark where it is;
    /// returns the number of new alerts.
    func recordReplayed(_ matches: [AlertMatch], at millis: Int64) async throws -> Int
}

extension SQLiteArticleStore: JobStore {
    public func jobStats() throws -> StoreStats { try stats() }

    public func recordReplayed(_ matches: [AlertMatch], at millis: Int64) throws -> Int {
        try recordMatches(matches, watermark: try alertWatermark(), at: millis).count
    }
}

extension PostgresStore: JobStore {
    public func jobStats() async throws -> StoreStats { try await stats() }

    public func recordReplayed(_ matches: [AlertMatch], at millis: Int64) async throws -> Int {
        try await record(matches, watermark: try await matchWatermark(), at: millis).count
    }
}
