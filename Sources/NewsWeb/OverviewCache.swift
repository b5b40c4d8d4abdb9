import Foundation
import NewsCore

/// The overview's figures (per day, top countries and topics over 7 days), read from the ports
/// with a bound and kept for a minute, so that reloading the page costs nothing.
actor OverviewCache {
    /// Articles read for the overview at most: the newest are counted when the week has more.
    static let maximumArticles = 5_000
    static let maximumAlerts = 5_000
    static let lifetime: TimeInterval = 60

    struct Day: Sendable, Equatable {
        var day: String
        var articles: Int
        var alerts: Int
    }

    struct Summary: Sendable {
        var days: [Day]
        var articles: Int
        var alerts: Int
        var countries: [(key: String, count: Int)]
        var topics: [(key: String, count: Int)]
        var truncated: Bool
        var made: Date
    }

    private let backend: WebBackend
    private var cached: Summary?

    init(backend: WebBackend) { self.backend = backend }

    func summary(now: Date) async throws(StoreError) -> Summary {
        if let cached, now.timeIntervalSince(cached.made) < Self.lifetime, now >= cached.made { return cached }
        let made = try await Self.make(backend: backend, now: now)
        cached = made
        return made
    }

    static func make(backend: WebBackend, now: Date) async throws(StoreError) -> Summary {
        let dayMillis: Int64 = 86_400_000
        let today = (Int64(now.timeIntervalSince1970 * 1000) / dayMillis) * dayMillis
        let since = today - 6 * dayMillis
        let articles = try await backend.reader.list(sinceMillis: since, limit: maximumArticles, order: .ingested)
        let alerts = try await backend.outbox.alerts(sinceMillis: since, alert: nil, limit: maximumAlerts)
        var days = (0..<7).map { i in Day(day: String((APIModel.time(since + Int64(i) * dayMillis) ?? "").prefix(10)), articles: 0, alerts: 0) }
        func index(_ millis: Int64) -> Int? {
            let i = Int((millis - since) / dayMillis)
            return (0..<7).contains(i) && millis >= since ? i : nil
        }
        var countries: [String: Int] = [:]
        var topics: [String: Int] = [:]
        for a in articles {
            if let i = index(a.atMillis) { days[i].articles += 1 }
            for c in a.analysis?.countries ?? [] { countries[c, default: 0] += 1 }
            for t in a.analysis?.topics ?? [] { topics[t.id, default: 0] += 1 }
        }
        for a in alerts { if let i = index(a.atMillis) { days[i].alerts += 1 } }
        func top(_ counts: [String: Int]) -> [(key: String, count: Int)] {
            counts.map { (key: $0.key, count: $0.value) }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.key < $1.key }.prefix(10).map { $0 }
        }
        return Summary(days: days, articles: articles.count, alerts: alerts.count, countries: top(countries), topics: top(topics),
                       truncated: articles.count == maximumArticles, made: now)
    }
}
