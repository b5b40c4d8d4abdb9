import Foundation
import NewsCore
import NewsStoreSQLite

/// How `show`, `list` and `search` print articles: a readable block, or one JSON object a line.
enum ArticleOutput {
    /// The article with its analysis, as `newsd analyze --json` prints it, plus the stored fields.
    static func json(_ stored: StoredArticle, includeBody: Bool = true, score: Double? = nil) -> String {
        var out = AnalysisOutput(file: stored.file, item: stored.item, article: stored.article,
                                 analysis: stored.analysis ?? ArticleAnalysis())
        if stored.analysis == nil { out.language = stored.article.language }
        out.seq = stored.seq
        out.ingested = DateParser.format(Date(timeIntervalSince1970: Double(stored.atMillis) / 1000))
        out.sha256 = stored.fileSHA256
        out.duplicateOf = stored.duplicateOf
        out.story = stored.story
        out.score = score
        if !includeBody { out.body = nil }
        return out.jsonLine()
    }

    /// `seq  ingested  published  title` (published `-` when the article gives none).
    static func line(_ stored: StoredArticle) -> String {
        let when = DateParser.format(Date(timeIntervalSince1970: Double(stored.atMillis) / 1000))
        let published = stored.article.published.map(DateParser.format) ?? "-"
        return "\(stored.seq)\t\(when)\t\(published)\t\(stored.article.headline)"
    }

    static func full(_ stored: StoredArticle) -> String {
        let a = stored.article
        var out = "seq:       \(stored.seq)\n"
        out += "title:     \(a.title)\n"
        out += "ingested:  \(DateParser.format(Date(timeIntervalSince1970: Double(stored.atMillis) / 1000)))\n"
        out += "file:      \(stored.file)\(stored.item > 0 ? " (item \(stored.item + 1))" : "")\n"
        out += "sha256:    \(stored.fileSHA256)\n"
        if let p = a.published { out += "published: \(DateParser.format(p))\n" }
        if let s = a.source { out += "source:    \(s)\n" }
        if let u = a.url { out += "url:       \(u)\n" }
        if let l = stored.analysis?.language ?? a.language { out += "language:  \(l)\n" }
        out += "format:    \(a.format)\n"
        if let n = stored.analysis {
            if !n.mainCountries.isEmpty { out += "about:     \(n.mainCountries.joined(separator: ", "))\n" }
            if !n.countries.isEmpty { out += "countries: \(n.countries.joined(separator: ", "))\n" }
            if !n.places.isEmpty { out += "places:    \(n.places.joined(separator: ", "))\n" }
            if !n.people.isEmpty { out += "people:    \(n.people.joined(separator: ", "))\n" }
            if !n.organizations.isEmpty { out += "orgs:      \(n.organizations.joined(separator: ", "))\n" }
            if !n.topics.isEmpty { out += "topics:    \(n.topics.map { "\($0.id) (\($0.score))" }.joined(separator: ", "))\n" }
        }
        if let d = stored.duplicateOf { out += "duplicate: of \(d)\n" }
        if let s = stored.story { out += "story:     \(s)\n" }
        out += "\n\(a.body)"
        return out
    }

    /// `2026-11-24`, `2026-11-24T10:00:00Z`, or a span back from now: `30m`, `24h`, `7d`.
    /// `today` and `yesterday` (local midnight), a span back from now (`30m`, `24h`, `7d`, `2w`),
    /// or a date or time (`2026-11-24`, `2026-11-24T10:00:00Z`).
    static func parseSince(_ text: String, now: Date = Date(), calendar: Calendar = .current) -> Int64? {
        switch text.lowercased() {
        case "today": return Int64(calendar.startOfDay(for: now).timeIntervalSince1970 * 1000)
        case "yesterday":
            let start = calendar.startOfDay(for: now)
            return calendar.date(byAdding: .day, value: -1, to: start).map { Int64($0.timeIntervalSince1970 * 1000) }
        default: break
        }
        let units: [Character: Double] = ["s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604_800]
        if let unit = text.last, let scale = units[unit], let n = Double(text.dropLast()) {
            return Int64((now.timeIntervalSince1970 - n * scale) * 1000)
        }
        return DateParser.parse(text).map { Int64($0.timeIntervalSince1970 * 1000) }
    }
}
