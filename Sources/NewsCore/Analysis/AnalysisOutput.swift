import Foundation

/// The JSON object `newsd analyze --json` prints for one article, and `newsd show --json`
/// prints with the stored fields added (seq, duplicate_of, story).
public struct AnalysisOutput: Encodable, Sendable {

    public var seq: Int64?
    public var ingested: String?
    public var file: String
    public var item: Int
    public var sha256: String?
    public var format: String
    public var title: String
    public var language: String?
    public var published: String?
    public var source: String?
    public var url: String?
    public var body: String?
    public var countries: [String]
    public var mainCountries: [String]
    public var places: [String]
    public var people: [String]
    public var organizations: [String]
    public var topics: [TopicScore]
    public var fingerprint: String
    public var duplicateOf: Int64?
    public var story: Int64?
    public var topicRanking: [TopicScore]?
    public var score: Double?

    enum CodingKeys: String, CodingKey {
        case seq, ingested, file, item, sha256, format, title, language, published, source, url, body, countries,
            places, people, organizations, topics, fingerprint, score
        case mainCountries = "main_countries"
        case duplicateOf = "duplicate_of"
        case story
        case topicRanking = "topic_ranking"
    }

    public init(file: String, item: Int, article: Article, analysis: ArticleAnalysis) {
        self.file = file
        self.item = item
        format = article.format
        title = article.title
        language = analysis.language ?? article.language
        published = article.published.map(DateParser.format)
        source = article.source
        url = article.url
        body = article.body
        countries = analysis.countries
        mainCountries = analysis.mainCountries
        places = analysis.places
        people = analysis.people
        organizations = analysis.organizations
        topics = analysis.topics
        fingerprint = analysis.fingerprint
    }

    /// Keys sorted, no escaped slashes: one line of JSON.
    public func jsonLine() -> String { JSONLine.encode(self) }
}
