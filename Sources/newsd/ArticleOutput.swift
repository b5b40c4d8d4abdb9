import Foundation
import NewsCore
import NewsStore

/// How `show`, `list` and `search` print articles: a readable block, or one JSON object a line.
enum ArticleOutput {
    struct JSONArticle: Encodable {
        var seq: Int64
        var ingested: String
        var file: String
        var sha256: String
        var item: Int
        var title: String
        var body: String?
        var url: String?
        var published: String?
        var source: String?
        var language: String?
        var format: String
        var score: Double?
    }

    static func json(_ stored: StoredArticle, includeBody: Bool = true, score: Double? = nil) -> String {
        let a = stored.article
        let value = JSONArticle(
            seq: stored.seq, ingested: DateParser.format(Date(timeIntervalSince1970: Double(stored.atMillis) / 1000)),
            file: stored.file, sha256: stored.fileSHA256, item: stored.item, title: a.title,
            body: includeBody ? a.body : nil, url: a.url, published: a.published.map(DateParser.format),
            source: a.source, language: a.language, format: a.format, score: score)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data("{}".utf8), as: UTF8.self)
    }

    static func line(_ stored: StoredArticle) -> String {
        let when = DateParser.format(Date(timeIntervalSince1970: Double(stored.atMillis) / 1000))
        return "\(stored.seq)\t\(when)\t\(stored.article.headline)"
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
        if let l = a.language { out += "language:  \(l)\n" }
        out += "format:    \(a.format)\n\n\(a.body)"
        return out
    }

    /// `2026-11-24`, `2026-11-24T10:00:00Z`, or a span back from now: `30m`, `24h`, `7d`.
    static func parseSince(_ text: String) -> Int64? {
        let units: [Character: Double] = ["s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604_800]
        if let unit = text.last, let scale = units[unit], let n = Double(text.dropLast()) {
            return Int64((Date().timeIntervalSince1970 - n * scale) * 1000)
        }
        return DateParser.parse(text).map { Int64($0.timeIntervalSince1970 * 1000) }
    }
}
