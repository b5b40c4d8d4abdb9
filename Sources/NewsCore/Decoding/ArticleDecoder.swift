/// Chooses a decoder by content first and by file name second, and runs it.
public struct ArticleDecoder: Sendable {
    /// The most bytes a compressed file may inflate to.
    public var maximumExpandedSize: Int
    /// The most items a feed may have (`max_feed_items`); a larger feed is refused whole.
    public var maximumFeedItems: Int

    public init(maximumExpandedSize: Int = 64 << 20, maximumFeedItems: Int = 100_000) {
        self.maximumExpandedSize = maximumExpandedSize
        self.maximumFeedItems = maximumFeedItems
    }

    /// The formats newsd recognises, as reported in errors and `format` fields.
    public enum Format: String, Sendable {
        case text, markdown, json, html, feed, mail
    }

    /// Decodes one file's bytes into one or more articles (a feed gives one per item).
    /// - Parameters:
    ///   - bytes: the whole file.
    ///   - fileName: used only as a hint (`.md`, `.json`, `.eml`, `.gz`...).
    /// - Throws: ``IntakeError`` with the reason the file is not an article.
    public func decode(_ bytes: [UInt8], fileName: String) throws(IntakeError) -> [Article] {
        var bytes = bytes
        var name = fileName
        if Gzip.isCompressed(bytes) {
            bytes = try Gzip.decompress(bytes, limit: maximumExpandedSize)
            if name.lowercased().hasSuffix(".gz") { name = String(name.dropLast(3)) }
            if Gzip.isCompressed(bytes) { throw .unsupportedFormat(detail: "gzip inside gzip") }
        }
        let ext = name.split(separator: ".").count > 1 ? name.split(separator: ".").last!.lowercased() : ""
        switch sniff(bytes, ext: ext) {
        case .html: return [try HTMLArticleExtractor().extract(bytes)]
        case .feed: return try FeedDecoder(maximumItems: maximumFeedItems).decode(bytes)
        case .mail: return [try MailDecoder().decode(bytes)]
        case .text, .markdown, .json: break
        }
        let (text, _) = try TextDecoding.decode(bytes)
        let firstChar = text.first(where: { !$0.isWhitespace })
        if ["json", "jsonl", "ndjson"].contains(ext) || firstChar == "{" || (firstChar == "[" && looksLikeJSONArray(text)) {
            return try JSONArticleDecoder().decode(text)
        }
        if firstChar == "<" {
            throw .unsupportedFormat(detail: "markup that is neither an HTML page nor an RSS or Atom feed")
        }
        let markdown = ["md", "markdown", "mdown", "mkd"].contains(ext) || looksLikeMarkdown(text)
        return [try PlainTextDecoder(markdown: markdown).decode(text)]
    }

    /// The format by content: markup and mail are recognised from their first bytes.
    func sniff(_ bytes: [UInt8], ext: String) -> Format {
        var head = Array(bytes.prefix(2048))
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head.removeFirst(3) }
        let lower = head.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }
        let trimmed = Array(lower.drop(while: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }))
        if trimmed.first == UInt8(ascii: "<") {
            for marker in ["<rss", "<feed", "<rdf:rdf"] where lower.containsSequence(Array(marker.utf8)) {
                return .feed
            }
            for marker in ["<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<article", "<div", "<p>"]
            where lower.containsSequence(Array(marker.utf8)) {
                return .html
            }
            // Other XML goes to the feed decoder, which names the root element it found.
            if trimmed.starts(with: Array("<?xml".utf8)) { return .feed }
        }
        if ["htm", "html", "xhtml"].contains(ext) { return .html }
        if ["rss", "atom"].contains(ext) { return .feed }
        if ext == "eml" || MailDecoder.looksLikeMail(head) { return .mail }
        return .text
    }

    private func looksLikeJSONArray(_ text: String) -> Bool {
        // "[" followed by "{" or "]" (after white space) is JSON, not a Markdown link.
        let rest = text.drop(while: { $0.isWhitespace }).dropFirst().drop(while: { $0.isWhitespace })
        return rest.first == "{" || rest.first == "]"
    }

    private func looksLikeMarkdown(_ text: String) -> Bool {
        let head = Array(text.utf8.prefix(4096))
        if head.starts(with: Array("# ".utf8)) { return true }
        let markers = ["\n# ", "\n## ", "](http", "**"].map { Array($0.utf8) }
        return markers.contains { head.containsSequence($0) }
    }
}

extension Array where Element == UInt8 {
    /// Byte-level substring search (Foundation's `contains` on String is far slower).
    func containsSequence(_ needle: [UInt8]) -> Bool {
        withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { ContentSearch.contains(haystack, $0) }
        }
    }
}

extension String {
    /// Byte-level substring test, without Foundation's `contains` (a hot spot in profiles).
    func includes(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { h in needle.withUTF8 { ContentSearch.contains(h, $0) } }
    }
}

enum ContentSearch {
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < needle.count && haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
