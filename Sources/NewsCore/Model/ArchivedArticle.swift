/// One article as `newsd export` writes it: the stored article with its record's hashes and provenance.
public struct ExportedArticle: Sendable {
    public var stored: StoredArticle
    public var contentHash: [UInt8]
    public var recordHash: [UInt8]
    /// The first intake time and record hash, when the article was itself imported.
    public var originAtMillis: Int64?
    public var originHash: String?

    public init(stored: StoredArticle, contentHash: [UInt8], recordHash: [UInt8], originAtMillis: Int64?, originHash: String?) {
        self.stored = stored
        self.contentHash = contentHash
        self.recordHash = recordHash
        self.originAtMillis = originAtMillis
        self.originHash = originHash
    }
}

/// One article to import: what the export wrote, analysed again by the importer.
public struct ImportedArticle: Sendable {
    public var article: Article
    public var analysis: ArticleAnalysis?
    public var file: String
    public var fileSHA256: String
    public var item: Int
    public var originAtMillis: Int64?
    public var originHash: String?

    public init(article: Article, analysis: ArticleAnalysis?, file: String, fileSHA256: String, item: Int,
                originAtMillis: Int64?, originHash: String?) {
        self.article = article
        self.analysis = analysis
        self.file = file
        self.fileSHA256 = fileSHA256
        self.item = item
        self.originAtMillis = originAtMillis
        self.originHash = originHash
    }
}
