
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

    public init(
        seq: Int64, atMillis: Int64, file: String, fileSHA256: String, item: Int, article: Article,
        analysis: ArticleAnalysis? = nil, duplicateOf: Int64? = nil, story: Int64? = nil,
        storyEvidence: StoryLinker.Evidence? = nil, eventMillis: Int64? = nil
    ) {
        self.seq = seq
        self.atMillis = atMillis
        self.file = file
        self.fileSHA256 = fileSHA256
        self.item = item
        self.article = article
        self.analysis = analysis
        self.duplicateOf = duplicateOf
        self.story = story
        self.storyEvidence = storyEvidence
        self.eventMillis = eventMillis
    }
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

    public init(articles: Int64, duplicates: Int64, failed: Int64, lastSeq: Int64, firstAtMillis: Int64? = nil,
                lastAtMillis: Int64? = nil, bytes: Int64) {
        self.articles = articles
        self.duplicates = duplicates
        self.failed = failed
        self.lastSeq = lastSeq
        self.firstAtMillis = firstAtMillis
        self.lastAtMillis = lastAtMillis
        self.bytes = bytes
    }
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
