@testable import NewsCore
import Testing

private let body = "Japan and the Philippines agreed on Tuesday to hold joint coast guard drills in the South China Sea."

/// ``ArticleDecoder`` picks the surest of its ``ArticleFormat``s, the first listed among equals.
@Suite struct ArticleFormatTests {
    let decoder = ArticleDecoder()

    @Test(arguments: [
        ("<rss version=\"2.0\"><channel><item><title>T</title><description>\(body)</description></item></channel></rss>",
         "page.html", "feed"),
        ("<html><body><p>\(body)</p><p>\(body)</p></body></html>", "x.rss", "html"),
        ("<?xml version=\"1.0\"?><html><body><p>\(body)</p><p>\(body)</p></body></html>", "x.txt", "html"),
        ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>T</title><description>\(body)</description></item></channel></rss>",
         "x.html", "feed"),
        ("From: a@b.c\nSubject: Drills\n\n\(body)", "x.html", "html"),
        ("From: a@b.c\nSubject: Drills\n\n\(body)", "x.json", "mail"),
        ("{\"title\": \"T\", \"text\": \"\(body)\"}", "x.md", "json"),
        ("# Drills\n\n\(body)", "x.txt", "markdown"),
        ("Drills\n\n\(body)", "x.md", "markdown"),
        ("Drills\n\n\(body)", "x.eml", "mail"),
        ("Drills\n\n\(body)", "x.txt", "text"),
    ])
    func theSurestFormatWins(content: String, fileName: String, format: String) throws {
        let articles = try decoder.decode(Array(content.utf8), fileName: fileName)
        #expect(articles.map(\.format) == [format], "\(fileName)")
    }

    @Test func markupThatIsNeitherHTMLNorAFeedIsRefused() {
        do {
            _ = try decoder.decode(Array("<note><to>x</to></note>".utf8), fileName: "n.txt")
            Issue.record("markup decoded as an article")
        } catch {
            #expect("\(error)".contains("neither an HTML page nor an RSS or Atom feed"))
        }
    }

    @Test func theDecoderUsesTheFormatsItLists() throws {
        #expect(decoder.formats.map(\.name) == ["feed", "html", "mail", "json", "markup", "markdown", "text"])
        let articles = try decoder.decode(Array("Coast guards drill\n\n\(body)\n".utf8), fileName: "a.txt")
        #expect(articles.map(\.format) == ["text"])
    }

    @Test func aSmallerFeedLimitReachesTheFeedFormat() {
        var small = ArticleDecoder()
        small.maximumFeedItems = 1
        let feed = "<rss><channel><item><title>A</title><description>\(body)</description></item>"
            + "<item><title>B</title><description>\(body)</description></item></channel></rss>"
        #expect(throws: IntakeError.self) { try small.decode(Array(feed.utf8), fileName: "f.rss") }
        #expect((try? decoder.decode(Array(feed.utf8), fileName: "f.rss"))?.count == 2)
    }
}

/// The byte search behind the format sniffs finds what a plain scan finds.
@Suite struct ContentSearchTests {
    @Test func findsWhatAPlainScanFinds() {
        var random = SplitMix64(seed: 7)
        for _ in 0..<20_000 {
            let haystack = (0..<Int.random(in: 0...40, using: &random)).map { _ in UInt8.random(in: 0...3, using: &random) }
            let needle = (0..<Int.random(in: 0...4, using: &random)).map { _ in UInt8.random(in: 0...3, using: &random) }
            let plain = needle.isEmpty || (needle.count <= haystack.count
                && (0...(haystack.count - needle.count)).contains { Array(haystack[$0..<($0 + needle.count)]) == needle })
            let found = haystack.withUnsafeBufferPointer { h in needle.withUnsafeBufferPointer { ContentSearch.contains(h, $0) } }
            #expect(found == plain, "\(needle) in \(haystack)")
            let first = needle.isEmpty ? 0 : needle.count > haystack.count ? nil
                : (0...(haystack.count - needle.count)).first { Array(haystack[$0..<($0 + needle.count)]) == needle }
            let index = haystack.withUnsafeBufferPointer { h in needle.withUnsafeBufferPointer { ContentSearch.firstIndex(of: $0, in: h) } }
            #expect(index == first, "\(needle) in \(haystack)")
        }
    }
}
