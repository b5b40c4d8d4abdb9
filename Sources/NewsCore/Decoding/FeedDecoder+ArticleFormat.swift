extension FeedDecoder: ArticleFormat {
    public var name: String { "feed" }
    public var readsText: Bool { false }

    static let rootMarkers = ["<rss", "<feed", "<rdf:rdf"].map { Array($0.utf8) }

    /// Certain for markup naming an RSS, Atom or RDF root; likely for other XML, so that the feed
    /// decoder names the root element it found; possible for `.rss` and `.atom`.
    public func sniff(_ input: FormatInput) -> FormatConfidence? {
        if input.startsWithMarkup {
            if input.headContains(anyOf: Self.rootMarkers) { return .certain }
            if input.trimmedHead.starts(with: Array("<?xml".utf8)) { return .likely }
        }
        return ["rss", "atom"].contains(input.fileExtension) ? .possible : nil
    }

    public func decode(_ input: FormatInput) throws(IntakeError) -> [Article] {
        try decode(input.bytes)
    }
}
