import NewsCore

/// What the web server reads: the store's ports only (any adapter: SQLite, PostgreSQL, in memory),
/// the subscriptions as loaded, and the analyzer for `rules test`. Never a writer.
public struct WebBackend: Sendable {
    public var reader: any ArticleReader
    public var outbox: any AlertOutbox
    public var subscriptions: SubscriptionIndex
    public var analyzer: Analyzer
    /// The topics, languages and names queries are checked against (nil: not checked).
    public var vocabulary: QueryVocabulary?

    public init(reader: any ArticleReader, outbox: any AlertOutbox, subscriptions: SubscriptionIndex, analyzer: Analyzer,
                vocabulary: QueryVocabulary? = nil) {
        self.reader = reader
        self.outbox = outbox
        self.subscriptions = subscriptions
        self.analyzer = analyzer
        self.vocabulary = vocabulary
    }
}
