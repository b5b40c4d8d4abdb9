import NewsCore

/// An article as it sits in the store.
public struct StoredArticle: Sendable, Equatable {
    public var seq: Int64
    public var atMillis: Int64
    public var file: String
    public var fileSHA256: String
    public var item: Int
    public var article: Article
    /// nil for an article stored before analysis existed (`newsd reindex` adds it).
    public var analysis: ArticleAnalysis?
    public var duplicateOf: Int64?
    /// The story as it is now: merges recorded after this article was stored are followed.
    public var story: Int64?
    /// Why the article joined its story (nil for the first article of a story).
    public var storyEvidence: StoryLinker.Evidence?
    /// When the reported event took place, as the article says (``EventDate``); stories are windowed on it.
    public var eventMillis: Int64?
}

/// Counts and sizes for `newsd stats`.
public struct StoreStats: Sendable {
    public var articles: Int64
    public var duplicates: Int64
    public var failed: Int64
    public var lastSeq: Int64
    public var firstAtMillis: Int64?
    public var lastAtMillis: Int64?
    public var bytes: Int64
}

/// The result of `newsd verify`.
public struct VerifyReport: Sendable {
    public var records: Int64
    /// nil when everything checks out.
    public var problem: String?
    public var firstBadSeq: Int64?
    /// What could not be checked, and why.
    public var notes: [String] = []

    public init(records: Int64, problem: String? = nil, firstBadSeq: Int64? = nil, notes: [String] = []) {
        self.records = records
        self.problem = problem
        self.firstBadSeq = firstBadSeq
        self.notes = notes
    }
}
