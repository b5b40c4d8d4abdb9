/// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one article per item or entry. The file is one unit:
/// an item without a title and without text fails the whole feed, so nothing is half-stored.
public struct FeedDecoder: Sendable {
    /// A feed with more items is refused whole, before any item is decoded.
    public var maximumItems: Int

    public init(maximumItems: Int = 100_000) {
        self.maximumItems = maximumItems
    }

    public func decode(_ bytes: [UInt8]) throws(IntakeError) -> [Article] {
        guard let root = try MarkupNode.parseXML(bytes) else {
            throw .unsupportedFormat(detail: "the feed is not well-formed XML; fix or re-download it")
        }
        let local = Self.localName(root.name ?? "")
        let items: [MarkupNode]
        let source: String?
        switch local {
        case "rss":
            let channel = root.elements.first { Self.localName($0.name ?? "") == "channel" }
            items = channel?.elements.filter { Self.localName($0.name ?? "") == "item" } ?? []
            source = channel.flatMap { Self.child($0, "title") }
        case "RDF":
            items = root.elements.filter { Self.localName($0.name ?? "") == "item" }
            source = root.elements.first { Self.localName($0.name ?? "") == "channel" }.flatMap { Self.child($0, "title") }
        case "feed":
            items = root.elements.filter { Self.localName($0.name ?? "") == "entry" }
            source = Self.child(root, "title")
        default:
            throw .unsupportedFormat(detail: "XML with root element <\(root.name ?? "")>, not an RSS or Atom feed")
        }
        guard !items.isEmpty else { throw .noArticle(detail: "the feed has no items") }
        guard items.count <= maximumItems else { throw .tooManyItems(count: items.count, limit: maximumItems) }
        var articles: [Article] = []
        articles.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            let article = try local == "feed" ? atomEntry(item, source: source) : rssItem(item, source: source)
            guard !article.title.isEmpty || !article.body.isEmpty else {
                throw .noArticle(detail: "item \(index + 1) of the feed has neither a title nor any text; nothing of the feed was stored")
            }
            articles.append(article)
        }
        return articles
    }

    private func rssItem(_ item: MarkupNode, source: String?) throws(IntakeError) -> Article {
        let html = Self.child(item, "encoded") ?? Self.child(item, "description") ?? ""
        let link = Self.child(item, "link") ?? item.elements.first { Self.localName($0.name ?? "") == "guid" && $0["isPermaLink"] != "false" }?.textContent
        let date = Self.child(item, "pubDate") ?? Self.child(item, "date")
        return Article(
            title: HTMLArticleExtractor.clean(Self.child(item, "title") ?? ""),
            body: try HTMLArticleExtractor().text(ofFragment: html),
            url: link?.trimmed(), published: date.flatMap(DateParser.parse),
            source: source.map(HTMLArticleExtractor.clean), language: Self.child(item, "language"), format: "feed")
    }

    private func atomEntry(_ entry: MarkupNode, source: String?) throws(IntakeError) -> Article {
        let links = entry.elements.filter { Self.localName($0.name ?? "") == "link" }
        let link = links.first { ($0["rel"] ?? "alternate") == "alternate" }?["href"] ?? links.first?["href"]
        let content = entry.elements.first { Self.localName($0.name ?? "") == "content" }
            ?? entry.elements.first { Self.localName($0.name ?? "") == "summary" }
        let body: String
        if let content, (content["type"] ?? "text") != "text" {
            body = try HTMLArticleExtractor().text(ofFragment: content.textContent)
        } else {
            body = HTMLArticleExtractor.clean(content?.textContent ?? "")
        }
        let date = Self.child(entry, "published") ?? Self.child(entry, "updated")
        return Article(
            title: HTMLArticleExtractor.clean(Self.child(entry, "title") ?? ""), body: body, url: link,
            published: date.flatMap(DateParser.parse), source: source.map(HTMLArticleExtractor.clean),
            language: entry["xml:lang"].map { String($0.prefix(2)).lowercased() }, format: "feed")
    }

    /// Text of the first child element with this local name (namespace prefix ignored).
    private static func child(_ node: MarkupNode, _ name: String) -> String? {
        node.elements.first { localName($0.name ?? "") == name }.map { $0.textContent.trimmed() }
    }

    private static func localName(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }
}
