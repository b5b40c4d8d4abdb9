extension HTMLArticleExtractor: ArticleFormat {
    public var name: String { "html" }
    public var readsText: Bool { false }

    static let markers = ["<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<article", "<div", "<p>"]
        .map { Array($0.utf8) }

    /// Certain for markup with an HTML element near its start; possible for `.htm`, `.html` and `.xhtml`.
    public func sniff(_ input: FormatInput) -> FormatConfidence? {
        if input.startsWithMarkup && input.headContains(anyOf: Self.markers) { return .certain }
        return ["htm", "html", "xhtml"].contains(input.fileExtension) ? .possible : nil
    }

    public func decode(_ input: FormatInput) throws(IntakeError) -> [Article] {
        [try extract(input.bytes)]
    }
}
