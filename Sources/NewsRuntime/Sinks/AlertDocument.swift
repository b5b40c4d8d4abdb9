import Foundation
import NewsCore

/// The JSON document a webhook or a command receives for one alert. Its keys are stable: add,
/// never rename (receivers parse them).
public struct AlertDocument: Codable, Sendable, Equatable {
    /// The alert's row in the store: the same on every retry, so a receiver can drop repeats.
    public var id: Int64
    /// The subscription's id.
    public var subscription: String
    /// A syslog level (0 emerg ... 7 debug) and its name.
    public var priority: Int
    public var priorityName: String
    /// When the alert was raised (ISO 8601, UTC).
    public var raisedAt: String
    public var seq: Int64
    public var story: Int64
    public var title: String
    public var url: String?
    public var file: String
    public var source: String?
    public var topics: [String]
    public var countries: [String]
    public var score: Double
    /// Articles of the story counted on this alert.
    public var count: Int
    /// For a later article of an alerted story: the seq of the article of the first alert.
    public var foldedInto: Int64?
    /// The store the alert comes from (its canonical path), for a receiver fed by several newsd.
    public var store: String?

    enum CodingKeys: String, CodingKey {
        case id, subscription, priority, seq, story, title, url, file, source, topics, countries, score, count, store
        case priorityName = "priority_name"
        case raisedAt = "raised_at"
        case foldedInto = "folded_into"
    }

    public init(_ a: AlertRecord, store: String? = nil) {
        id = a.id
        subscription = a.alert
        priority = a.priority
        priorityName = ["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug"][min(max(a.priority, 0), 7)]
        raisedAt = DateParser.format(Date(timeIntervalSince1970: Double(a.atMillis) / 1000))
        seq = a.seq
        story = a.story
        title = a.title
        url = a.url
        file = a.file
        source = a.source
        topics = a.topics
        countries = a.countries
        score = a.score
        count = a.count
        foldedInto = a.foldedInto
        self.store = store
    }

    /// The document as compact JSON with sorted keys (the bytes a signature covers).
    public func json() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and numbers cannot fail.
        return Array((try? encoder.encode(self)) ?? Data("{}".utf8))
    }

    /// One line for people: `[subscription] title (source)`, with the story note of a folded alert.
    public var summary: String {
        AlertRecord.summary(alert: subscription, title: title, source: source, story: story, foldedInto: foldedInto)
    }
}
