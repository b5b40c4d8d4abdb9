import Foundation
import NewsCore

/// The lines `newsd export` writes and `newsd import` reads.
enum ExportFormat {
    /// One JSON object, keys sorted: the article (title, body, url, published, source, language,
    /// format), where it came from (seq, at_ms, ingested, file, sha256, item, content_hash,
    /// record_hash, and origin_* when it was itself imported), and its tags.
    static func jsonLine(_ e: ExportedArticle) -> String {
        let s = e.stored
        let a = s.article
        var object: [String: Any] = [
            "seq": s.seq, "at_ms": s.atMillis, "ingested": formatMillis(s.atMillis), "file": s.file, "sha256": s.fileSHA256,
            "item": s.item, "title": a.title, "body": a.body, "format": a.format,
            "content_hash": ContentHash.hex(e.contentHash), "record_hash": ContentHash.hex(e.recordHash),
        ]
        object["url"] = a.url
        object["published"] = a.published.map(DateParser.format)
        object["source"] = a.source
        object["language"] = a.language
        object["story"] = s.story
        object["duplicate_of"] = s.duplicateOf
        object["origin_at_ms"] = e.originAtMillis
        object["origin_hash"] = e.originHash
        if let n = s.analysis {
            var tags: [String: Any] = [
                "countries": n.countries, "places": n.places, "people": n.people, "organizations": n.organizations,
                "topics": n.topics.map { ["id": $0.id, "score": $0.score] as [String: Any] },
            ]
            tags["language"] = n.language
            object["tags"] = tags
        }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    static let csvHeader =
        "seq,ingested,file,sha256,item,title,url,published,source,language,countries,places,people,organizations,topics,story,content_hash,body"

    static func csv(_ e: ExportedArticle) -> String {
        let s = e.stored
        let a = s.article
        let n = s.analysis
        let fields: [String] = [
            String(s.seq), formatMillis(s.atMillis), s.file, s.fileSHA256, String(s.item), a.title, a.url ?? "",
            a.published.map(DateParser.format) ?? "", a.source ?? "", n?.language ?? a.language ?? "",
            (n?.countries ?? []).joined(separator: ";"), (n?.places ?? []).joined(separator: ";"),
            (n?.people ?? []).joined(separator: ";"), (n?.organizations ?? []).joined(separator: ";"),
            (n?.topics ?? []).map { "\($0.id):\(String(format: "%.2f", $0.score))" }.joined(separator: ";"),
            s.story.map(String.init) ?? "", ContentHash.hex(e.contentHash), a.body,
        ]
        return fields.map(csvField).joined(separator: ",")
    }

    /// RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled. A field that
    /// starts like a spreadsheet formula is quoted too, so a spreadsheet shows it as text.
    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || s.first.map({ "=+-@".contains($0) }) == true
        else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The article a JSON line holds, or why it cannot be imported.
    static func imported(_ line: [UInt8]) -> Result<(article: Article, file: String, sha256: String, item: Int,
                                                     atMillis: Int64?, recordHash: String?, contentHash: String?), LineError> {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any] else {
            return .failure(LineError("not a JSON object"))
        }
        guard let title = object["title"] as? String, let body = object["body"] as? String else {
            return .failure(LineError("no \"title\" and \"body\" strings: not a line of `newsd export`"))
        }
        var published: Date?
        if let text = object["published"] as? String {
            guard let date = DateParser.parse(text) else { return .failure(LineError("\"published\": \(text) is not a time")) }
            published = date
        }
        let article = Article(
            title: title, body: body, url: object["url"] as? String, published: published, source: object["source"] as? String,
            language: object["language"] as? String, format: object["format"] as? String ?? "import")
        // A line that names no file (not written by `newsd export`) stands for a file of its own:
        // the article's content hash takes the place of the file's, so that on PostgreSQL, where the
        // same file makes one article, such lines are not taken for one file.
        let sha256 = object["sha256"] as? String ?? ContentHash.hex(JournalRecord.contentHash(article))
        // An import of an import keeps the first store's provenance.
        let at = (object["origin_at_ms"] as? NSNumber)?.int64Value ?? (object["at_ms"] as? NSNumber)?.int64Value
        let hash = object["origin_hash"] as? String ?? object["record_hash"] as? String
        return .success((article, object["file"] as? String ?? "import", sha256,
                         (object["item"] as? NSNumber)?.intValue ?? 0, at, hash, object["content_hash"] as? String))
    }

    struct LineError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
