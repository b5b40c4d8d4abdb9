/// The read side of the store: what `newsd list/show/search/story/stats/verify` and the web
/// interface read. Never writes.
public protocol ArticleReader: AnyObject, Sendable {
    func article(seq: Int64) async throws(StoreError) -> StoredArticle?
    /// The newest articles first, at most `limit`, stored at or after `sinceMillis`.
    func list(sinceMillis: Int64?, limit: Int) async throws(StoreError) -> [StoredArticle]
    /// Articles after `afterSeq` in sequence order (catch-up readers: matching, export).
    func articles(afterSeq: Int64, limit: Int) async throws(StoreError) -> [StoredArticle]
    /// Ranked full-text search (best first).
    func search(_ query: String, limit: Int) async throws(StoreError) -> [SearchHit]
    /// The articles of one story (merged stories followed), oldest first.
    func story(_ id: Int64, limit: Int) async throws(StoreError) -> [StoredArticle]
    func stats() async throws(StoreError) -> StoreStats
    /// Checks the hash chain and every derived table; `progress(done, total)` as it goes.
    func verify(progress: @escaping @Sendable (Int64, Int64) -> Void) async throws(StoreError) -> VerifyReport
}

/// One search result.
public struct SearchHit: Sendable, Equatable {
    public var article: StoredArticle
    /// Higher is better.
    public var rank: Double

    public init(article: StoredArticle, rank: Double) {
        self.article = article
        self.rank = rank
    }
}
