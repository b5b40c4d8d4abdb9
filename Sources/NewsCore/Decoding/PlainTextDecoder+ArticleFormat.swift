extension PlainTextDecoder: ArticleFormat {
    public var name: String { markdown ? "markdown" : "text" }
    public var readsText: Bool { true }

    static let markdownMarkers = ["\n# ", "\n## ", "](http", "**"].map { Array($0.utf8) }
    static let headingStart = Array("# ".utf8)

    /// As Markdown: possible for `.md` and its kin, and for text with headings, links or bold
    /// near its start. As plain text: the fallback for any text.
    public func sniff(_ input: FormatInput) -> FormatConfidence? {
        guard markdown else { return .fallback }
        if ["md", "markdown", "mdown", "mkd"].contains(input.fileExtension) { return .possible }
        guard let text = input.text else { return nil }
        let head = [UInt8](utf8Of: text, upTo: 4096)
        if head.starts(with: Self.headingStart) { return .possible }
        return Self.markdownMarkers.contains { head.containsSequence($0) } ? .possible : nil
    }

    public func decode(_ input: FormatInput) throws(IntakeError) -> [Article] {
        [try decode(try input.readText())]
    }
}
