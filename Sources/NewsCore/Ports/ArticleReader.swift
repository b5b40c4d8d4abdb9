/// The read side of the store: what `newsd list/show/search/story/stats/verify` and the web
/// interface read. Never writes.
public protocol ArticleReader: AnyObject, Sendable {
    func article(seq: Int64) async throws(StoreError) -> StoredArticle?
    /// The newest articles first (by intake or by publication time), at most `limit`, stored at
    /// or after `sinceMillis`.
    func list(sinceMillis: Int64?, limit: Int, order: ListOrder) async throws(StoreError) -> [StoredArticle]
    /// Articles after `afterSeq` in sequence order (catch-up readers: matching, export).
    func articles(afterSeq: Int64, limit: Int) async throws(StoreError) -> [StoredArticle]
    /// The articles `query` matches, best first: at most `limit`, looking at a bounded number
    /// of candidates (``SearchResults/complete`` says whether the bound cut the search short).
    func search(_ query: SearchQuery, limit: Int) async throws(StoreError) -> SearchResults
    /// The articles of one story (merged stories followed), oldest first.
    func story(_ id: Int64, limit: Int) async throws(StoreError) -> [StoredArticle]
    func stats() async throws(StoreError) -> StoreStats
    /// Checks the hash chain and every derived table; `progress(done, total)` as it goes.
    func verify(progress: @escaping @Sendable (Int64, Int64) -> Void) async throws(StoreError) -> VerifyReport
}

/// How `list` orders articles, newest first.
public enum ListOrder: String, Sendable, CaseIterable {
    /// By sequence number: when newsd stored them.
    case ingested
    /// By the publication time the article gives; articles without one come last, by sequence.
    case published
}

extension ArticleReader {
    /// The newest articles by intake.
    public func list(sinceMillis: Int64?, limit: Int) async throws(StoreError) -> [StoredArticle] {
        try await list(sinceMillis: sinceMillis, limit: limit, order: .ingested)
    }
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

/// What a search found.
public struct SearchResults: Sendable {
    public var hits: [SearchHit]
    /// Candidates looked at.
    public var scanned: Int
    /// False when the search stopped at its bound on candidates before finding `limit` hits:
    /// there may be more matches; a narrower query finds them.
    public var complete: Bool

    public init(hits: [SearchHit], scanned: Int, complete: Bool) {
        self.hits = hits
        self.scanned = scanned
        self.complete = complete
    }
}
