import Foundation

/// JSON articles: one object, an array of objects, or JSON Lines (one object per line).
/// Field names follow common scraper and schema.org usage; see ``fieldNames``.
public struct JSONArticleDecoder: Sendable {
    /// Accepted keys for each article field, in order of preference.
    public static let fieldNames: [String: [String]] = [
        "title": ["title", "headline", "name"],
        "body": ["body", "text", "content", "articleBody", "article", "description", "summary"],
        "url": ["url", "link", "canonical_url", "canonicalUrl"],
        "published": ["published", "published_at", "publishedAt", "datePublished", "date", "pubDate", "time"],
        "source": ["source", "publisher", "site", "site_name", "feed"],
        "language": ["language", "lang", "inLanguage"],
    ]

    public init() {}

    public func decode(_ text: String) throws(IntakeError) -> [Article] {
        let data = Data(text.utf8)
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            return try decodeLines(text, wholeError: error)
        }
        if let object = root as? [String: Any] {
            return [try article(object, label: "the object")]
        }
        if let array = root as? [Any] {
            guard !array.isEmpty else { throw .noArticle(detail: "the JSON array is empty") }
            var articles: [Article] = []
            articles.reserveCapacity(array.count)
            for (i, element) in array.enumerated() {
                guard let object = element as? [String: Any] else {
                    throw .noArticle(detail: "element \(i + 1) of the JSON array is not an object")
                }
                articles.append(try article(object, label: "element \(i + 1)"))
            }
            return articles
        }
        throw .noArticle(detail: "the JSON value is neither an object nor an array of objects")
    }

    private func decodeLines(_ text: String, wholeError: any Error) throws(IntakeError) -> [Article] {
        let lines = text.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }
        guard lines.count > 1 else { throw .invalidJSON(detail: Self.describe(wholeError)) }
        var articles: [Article] = []
        for (i, line) in lines.enumerated() {
            let value: Any
            do {
                value = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [])
            } catch {
                throw .invalidJSON(detail: "JSON Lines line \(i + 1): \(Self.describe(error))")
            }
            guard let object = value as? [String: Any] else {
                throw .noArticle(detail: "JSON Lines line \(i + 1) is not an object")
            }
            articles.append(try article(object, label: "line \(i + 1)"))
        }
        return articles
    }

    private func article(_ object: [String: Any], label: String) throws(IntakeError) -> Article {
        func field(_ name: String) -> String? {
            for key in Self.fieldNames[name] ?? [] {
                if let value = Self.string(object[key]), !value.isEmpty { return value }
            }
            return nil
        }
        let title = field("title").map { $0.trimmed() } ?? ""
        let rawBody = field("body") ?? ""
        let body = PlainTextDecoder.paragraphs(rawBody.split(separator: "\n", omittingEmptySubsequences: false))
        guard !title.isEmpty || !body.isEmpty else {
            throw .noArticle(detail: "\(label) has neither a title nor a body (keys: title, body, text, content)")
        }
        return Article(
            title: title,
            body: body,
            url: field("url"),
            published: field("published").flatMap(DateParser.parse),
            source: field("source"),
            language: field("language").map { String($0.prefix(2)).lowercased() },
            format: "json"
        )
    }

    /// Strings, numbers, arrays of strings (joined as paragraphs) and `{"name": ...}` objects.
    private static func string(_ value: Any?) -> String? {
        switch value {
        case let s as String: return s
        case let n as NSNumber: return n.stringValue
        case let a as [Any]: return a.compactMap { string($0) }.joined(separator: "\n\n")
        case let o as [String: Any]: return string(o["name"] ?? o["title"] ?? o["@value"])
        default: return nil
        }
    }

    private static func describe(_ error: any Error) -> String {
        let ns = error as NSError
        return (ns.userInfo[NSDebugDescriptionErrorKey] as? String) ?? ns.localizedDescription
    }
}
