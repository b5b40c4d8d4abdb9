extension JSONArticleDecoder: ArticleFormat {
    public var name: String { "json" }
    public var readsText: Bool { true }

    /// Possible for `.json`, `.jsonl` and `.ndjson`, and for text that starts with an object or an array of objects.
    public func sniff(_ input: FormatInput) -> FormatConfidence? {
        if ["json", "jsonl", "ndjson"].contains(input.fileExtension) || input.firstCharacter == "{" { return .possible }
        guard input.firstCharacter == "[", let text = input.text else { return nil }
        // "[" followed by "{" or "]" (after white space) is JSON, not a Markdown link.
        let rest = text.drop(while: { $0.isWhitespace }).dropFirst().drop(while: { $0.isWhitespace })
        return rest.first == "{" || rest.first == "]" ? .possible : nil
    }

    public func decode(_ input: FormatInput) throws(IntakeError) -> [Article] {
        try decode(try input.readText())
    }
}
