/// Chooses a decoder by content first and by file name second, and runs it.
public struct ArticleDecoder: Sendable {
    public init() {}

    /// Decodes one file's bytes into one or more articles.
    /// - Parameters:
    ///   - bytes: the whole file.
    ///   - fileName: used only as a hint (`.md`, `.json`, `.jsonl`).
    /// - Throws: ``IntakeError`` with the reason the file is not an article.
    public func decode(_ bytes: [UInt8], fileName: String) throws(IntakeError) -> [Article] {
        let (text, _) = try TextDecoding.decode(bytes)
        let ext = fileName.split(separator: ".").count > 1 ? fileName.split(separator: ".").last!.lowercased() : ""
        let firstChar = text.first(where: { !$0.isWhitespace })
        if ["json", "jsonl", "ndjson"].contains(ext) || firstChar == "{" || (firstChar == "[" && looksLikeJSONArray(text)) {
            return try JSONArticleDecoder().decode(text)
        }
        let markdown = ["md", "markdown", "mdown", "mkd"].contains(ext) || looksLikeMarkdown(text)
        return [try PlainTextDecoder(markdown: markdown).decode(text)]
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
        guard let first = needle.first, needle.count <= count else { return needle.isEmpty }
        var i = 0
        let last = count - needle.count
        while i <= last {
            if self[i] == first {
                var j = 1
                while j < needle.count && self[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
