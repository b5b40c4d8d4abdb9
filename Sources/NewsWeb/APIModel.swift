import Foundation
import NewsCore

/// The JSON the API answers with; the field names are those of openapi.yaml (snake_case).
enum APIModel {
    static func time(_ millis: Int64?) -> String? {
        millis.map { DateParser.format(Date(timeIntervalSince1970: Double($0) / 1000)) }
    }

    struct Country: Encodable {
        var code: String
        var name: String
    }

    struct Topic: Encodable {
        var id: String
        var score: Double
        var evidence: [String]
    }

    struct ArticleSummary: Encodable {
        var seq: Int64
        var ingestedAt: String
        var published: String?
        var title: String
        var url: String?
        var source: String?
        var language: String?
        var story: Int64?
        var duplicateOf: Int64?
        var countries: [Country]
        var topics: [Topic]

        enum CodingKeys: String, CodingKey {
            case seq, title, url, source, language, story, countries, topics, published
            case ingestedAt = "ingested_at"
            case duplicateOf = "duplicate_of"
        }

        init(_ a: StoredArticle) {
            seq = a.seq
            ingestedAt = APIModel.time(a.atMillis) ?? ""
            published = a.article.published.map(DateParser.format)
            title = a.article.headline
            url = a.article.url
            source = a.article.source
            language = a.analysis?.language ?? a.article.language
            story = a.story
            duplicateOf = a.duplicateOf
            countries = (a.analysis?.countries ?? []).map { Country(code: $0, name: CountryNames.name($0)) }
            topics = (a.analysis?.topics ?? []).map { Topic(id: $0.id, score: $0.score, evidence: $0.evidence) }
        }
    }

    struct ArticleDetail: Encodable {
        var summary: ArticleSummary
        var body: String
        var format: String
        var file: String
        var eventAt: String?
        var mainCountries: [String]
        var places: [String]
        var people: [String]
        var organizations: [String]

        enum CodingKeys: String, CodingKey {
            case body, format, file, places, people, organizations
            case eventAt = "event_at"
            case mainCountries = "main_countries"
        }

        init(_ a: StoredArticle) {
            summary = ArticleSummary(a)
            body = a.article.body
            format = a.article.format
            file = a.file
            eventAt = APIModel.time(a.eventMillis)
            mainCountries = a.analysis?.mainCountries ?? []
            places = a.analysis?.places ?? []
            people = a.analysis?.people ?? []
            organizations = a.analysis?.organizations ?? []
        }

        func encode(to encoder: any Encoder) throws {
            try summary.encode(to: encoder)
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(body, forKey: .body)
            try c.encode(format, forKey: .format)
            try c.encode(file, forKey: .file)
            try c.encode(eventAt, forKey: .eventAt)
            try c.encode(mainCountries, forKey: .mainCountries)
            try c.encode(places, forKey: .places)
            try c.encode(people, forKey: .people)
            try c.encode(organizations, forKey: .organizations)
        }
    }

    struct ArticlePage: Encodable {
        var articles: [ArticleSummary]
        /// The cursor for the next page (`after=`), nil on the last one.
        var nextAfter: Int64?
        enum CodingKeys: String, CodingKey {
            case articles
            case nextAfter = "next_after"
        }
    }

    struct Hit: Encodable {
        var rank: Double
        var article: ArticleSummary
    }

    struct SearchPage: Encodable {
        var query: String
        var hits: [Hit]
        var scanned: Int
        var complete: Bool
    }

    struct StoryPage: Encodable {
        var story: Int64
        var articles: [ArticleSummary]
    }

    typealias Delivery = DeliveryOutput

    struct AlertItem: Encodable {
        var id: Int64
        var time: String
        var subscription: String
        var priority: Int
        var seq: Int64
        var story: Int64
        var title: String
        var url: String?
        var source: String?
        var topics: [String]
        var countries: [String]
        var score: Double
        var count: Int
        var lastSeq: Int64
        var delivered: Bool
        var foldedInto: Int64?
        var deliveries: [Delivery]
        enum CodingKeys: String, CodingKey {
            case id, time, subscription, priority, seq, story, title, url, source, topics, countries, score, count, delivered, deliveries
            case lastSeq = "last_seq"
            case foldedInto = "folded_into"
        }

        init(_ a: AlertRecord) {
            id = a.id
            time = APIModel.time(a.atMillis) ?? ""
            subscription = a.alert
            priority = a.priority
            seq = a.seq
            story = a.story
            title = a.title
            url = a.url
            source = a.source
            topics = a.topics
            countries = a.countries
            score = a.score.isFinite ? a.score : 0
            count = a.count
            lastSeq = a.lastSeq
            delivered = a.deliveredMillis != nil
            foldedInto = a.foldedInto
            deliveries = a.deliveries.map(Delivery.init)
        }
    }

    struct AlertPage: Encodable {
        var alerts: [AlertItem]
        /// The cursor for the next page (`after_id=`), nil on the last one.
        var nextAfterID: Int64?
        enum CodingKeys: String, CodingKey {
            case alerts
            case nextAfterID = "next_after_id"
        }
    }

    struct SubscriptionItem: Encodable {
        var id: String
        var query: String
        var priority: String
        var description: String
        var windowSeconds: Double?
        var sinks: [String]
        enum CodingKeys: String, CodingKey {
            case id, query, priority, description, sinks
            case windowSeconds = "window_seconds"
        }
    }

    struct Stats: Encodable {
        var articles: Int64
        var duplicates: Int64
        var failed: Int64
        var lastSeq: Int64
        var firstAt: String?
        var lastAt: String?
        var bytes: Int64
        enum CodingKeys: String, CodingKey {
            case articles, duplicates, failed, bytes
            case lastSeq = "last_seq"
            case firstAt = "first_at"
            case lastAt = "last_at"
        }
    }

    struct RulesTestRequest: Decodable {
        var query: String
        var text: String
        var title: String?
    }

    struct RulesTestResult: Encodable {
        var matched: Bool
        /// Why it matched (the clauses that hold), or why not (the clauses that fail).
        var because: [String]
        var warnings: [String]
        var title: String
        var countries: [Country]
        var places: [String]
        var people: [String]
        var organizations: [String]
        var topics: [Topic]
    }

    struct Problem: Encodable {
        var error: String
        var line: Int?
        var column: Int?
    }
}

/// JSON bodies made outside a route (errors from middleware).
enum JSONBody {
    static func error(_ message: String, line: Int? = nil, column: Int? = nil) -> [UInt8] {
        encode(APIModel.Problem(error: message, line: line, column: column))
    }

    static func encode(_ value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Our models hold only strings, numbers and arrays: encoding cannot fail.
        return (try? Array(encoder.encode(value))) ?? Array(#"{"error":"encoding failed"}"#.utf8)
    }
}
