import Testing

@testable import NewsCore

/// The main text of pages whose chrome outweighs the article: long reader comments, a long
/// footer, the article given several times, lists of links and captions inside the article.
@Suite struct HTMLMainTextTests {
    static let article = [
        "Vietnam and Japan signed an agreement on Tuesday to expand maritime security cooperation, including joint coast guard drills, officials in Hanoi said.",
        "The deal, reached after two days of talks, also covers the transfer of six patrol vessels, which Tokyo will finance with a low-interest loan.",
        "Analysts said the agreement reflects growing concern in both capitals over the pace of naval expansion in the region, and the risk of incidents at sea.",
    ]

    static func page(before: String = "", inside: String = "", after: String) -> String {
        let paragraphs = article.map { "<p>\($0)</p>" }.joined(separator: "\n")
        return """
            <html><head><title>Vietnam and Japan expand maritime ties</title></head><body>
            \(before)
            <div class="main"><h1>Vietnam and Japan expand maritime ties</h1>
            <div class="story-body">\(paragraphs)\(inside)</div></div>
            \(after)
            </body></html>
            """
    }

    static func comment(_ i: Int) -> String {
        "<div class=\"comment-body\"><p>Reader \(i) wrote: this is, in my view, a very long reply, with many commas, opinions, and asides, which goes on, and on, about the region, the navy, the loan, and what the government should have done instead, years ago.</p></div>"
    }

    func mainText(_ html: String) throws -> String {
        try #require(try ArticleDecoder().decode(Array(html.utf8), fileName: "page.html").first).body
    }

    func expectOnlyTheArticle(_ body: String) {
        #expect(body == Self.article.joined(separator: "\n\n"), "\(body)")
    }

    @Test func readerCommentsLongerThanTheArticleAreLeftOut() throws {
        let comments = (1...12).map(Self.comment).joined(separator: "\n")
        let html = Self.page(after: "<section id=\"comments\" class=\"comments-area\"><h2>42 comments</h2>\(comments)</section>")
        expectOnlyTheArticle(try mainText(html))
    }

    @Test func aLongFooterIsLeftOut() throws {
        let about = String(repeating: "Example News is an independent publisher, founded in 1990, with bureaus in Hanoi, Tokyo, Bangkok, Jakarta and Manila, and a staff of two hundred journalists, editors and photographers. ", count: 10)
        let html = Self.page(after: "<div class=\"site-footer\"><p>\(about)</p><p>\(about)</p></div>")
        expectOnlyTheArticle(try mainText(html))
    }

    @Test func anArticleGivenFiveTimesIsGivenOnce() throws {
        let copy = "<div itemprop=\"articleBody\">" + Self.article.map { "<p>\($0)</p>" }.joined() + "</div>"
        let html = "<html><body><h1>Vietnam and Japan expand maritime ties</h1>" + String(repeating: copy, count: 5) + "</body></html>"
        expectOnlyTheArticle(try mainText(html))
    }

    @Test func theSameStoryBlockRepeatedWithoutMarksIsGivenOnce() throws {
        let copy = "<div class=\"story\">" + Self.article.map { "<p>\($0)</p>" }.joined() + "</div>"
        let html = "<html><body><div class=\"wrap\">" + String(repeating: copy, count: 5) + "</div></body></html>"
        expectOnlyTheArticle(try mainText(html))
    }

    @Test func linkListsCaptionsAndAdvertisementLinesInsideTheArticleAreLeftOut() throws {
        let inside = """
            <p>Advertisement</p>
            <figure><img src="a.jpg"><figcaption>Patrol boats in Da Nang. Photo: Reuters</figcaption></figure>
            <ul><li><a href="/1">Japan to boost defence budget</a></li><li><a href="/2">Hanoi hosts ASEAN meeting</a></li></ul>
            <p>Read more: <a href="/3">Why the South China Sea matters to the region and to the world</a></p>
            """
        expectOnlyTheArticle(try mainText(Self.page(inside: inside, after: "")))
    }

    @Test func anArticleCutIntoSectionsByPicturesIsGivenWhole() throws {
        let sections = Self.article.map {
            "<section class=\"outer\"><div class=\"post-content\"><p>\($0)</p><p>\($0.uppercased())</p></div></section><section class=\"media\"><img src=\"x.jpg\"></section>"
        }.joined()
        let body = try mainText("<html><body><h1>Maritime ties</h1>\(sections)</body></html>")
        for paragraph in Self.article { #expect(body.contains(paragraph)) }
    }

    @Test func aJSONLDArticleBodyThatHoldsHTMLGivesText() throws {
        let html = Self.article.map { "<p>\($0)</p>" }.joined()
        let ld = "{\"@type\":\"NewsArticle\",\"headline\":\"Maritime ties\",\"articleBody\":\"<body>\(html)</body>\"}"
        let page = "<html><head><script type=\"application/ld+json\">\(ld)</script></head><body><div><p>Teaser only.</p></div></body></html>"
        expectOnlyTheArticle(try mainText(page))
    }
}
