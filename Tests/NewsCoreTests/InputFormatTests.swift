import Foundation
import Testing

@testable import NewsCore

@Suite struct InputFormatTests {
    let decoder = ArticleDecoder()

    func decode(_ text: String, name: String) throws(IntakeError) -> [Article] {
        try decoder.decode(Array(text.utf8), fileName: name)
    }

    // MARK: HTML

    static let page = """
        <!DOCTYPE html>
        <html lang="en-GB"><head>
        <meta charset="utf-8"><title>Senkaku patrols rise | Example News</title>
        <meta property="og:title" content="Coast guard ships near the Senkaku Islands">
        <meta property="og:site_name" content="Example News">
        <meta property="article:published_time" content="2026-11-24T08:30:00+09:00">
        <link rel="canonical" href="https://news.example/senkaku">
        <script>var tracking = "do not keep";</script>
        </head><body>
        <div class="cookie-banner">We use cookies. Accept all cookies to continue.</div>
        <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/asia">Asia</a></nav></header>
        <div class="page"><article>
        <h1>Coast guard ships near the Senkaku Islands</h1>
        <p>Four Chinese coast guard ships entered the contiguous zone around the Senkaku Islands on Tuesday, the Japan Coast Guard said, the fifth such incursion this month.</p>
        <p>Tokyo lodged a protest through diplomatic channels, while Beijing, which calls the islands Diaoyu, said its ships were on a routine patrol in its own waters.</p>
        <p>The uninhabited islands in the East China Sea are administered by Japan and claimed by China and Taiwan.</p>
        </article>
        <aside class="related"><h3>Related Articles</h3><ul><li><a href="/1">Taiwan strait tension grows</a></li><li><a href="/2">Navy drills off Okinawa</a></li></ul></aside>
        <div id="comments"><h3>Leave a Reply</h3><p>Great article, thanks for writing it, I learned a lot today.</p></div>
        </div>
        <footer>Copyright Example News. All rights reserved. Back to top</footer>
        </body></html>
        """

    @Test func htmlPageGivesMetadataAndOnlyTheArticleText() throws {
        let a = try #require(try decode(Self.page, name: "page.html").first)
        #expect(a.format == "html")
        #expect(a.title == "Coast guard ships near the Senkaku Islands")
        #expect(a.url == "https://news.example/senkaku")
        #expect(a.language == "en")
        #expect(a.source == "Example News")
        #expect(a.published == DateParser.parse("2026-11-23T23:30:00Z"))
        #expect(a.body.hasPrefix("Four Chinese coast guard ships"))
        #expect(a.body.contains("claimed by China and Taiwan."))
        for chrome in ["cookies", "Home", "Related Articles", "Navy drills", "Leave a Reply", "Great article", "Copyright", "tracking"] {
            #expect(!a.body.contains(chrome), "kept chrome: \(chrome)")
        }
        #expect(a.body.split(separator: "\n\n").count == 3)
    }

    @Test func brokenMarkupStillYieldsTheText() throws {
        let html = "<html><body><div><p>Ministers from Japan and Vietnam met in Hanoi on Monday to discuss maritime security cooperation<div><p>They agreed to hold joint coast guard drills next year, officials said, <b>without giving dates</p></span></div></body>"
        let a = try #require(try decode(html, name: "broken.html").first)
        #expect(a.body.contains("Ministers from Japan and Vietnam met in Hanoi"))
        #expect(a.body.contains("without giving dates"))
    }

    @Test func charsetComesFromTheMetaTag() throws {
        let head = "<html><head><meta charset=\"windows-1252\"><title>Caf\u{E9}</title></head><body><p>"
        var bytes = Array(head.replacingOccurrences(of: "\u{E9}", with: "e").utf8)
        bytes += Array("Le caf".utf8) + [0xE9] + Array(" de la rue, ouvert depuis 1920, ferme ses portes apr".utf8) + [0xE8, 0x73]
        bytes += Array(" un si\u{E8}cle.</p></body></html>".replacingOccurrences(of: "\u{E8}", with: "e").utf8)
        let a = try #require(try decoder.decode(bytes, fileName: "cafe.html").first)
        #expect(a.body.contains("Le café de la rue"))
        #expect(a.body.contains("après"))
    }

    @Test func jsonLDGivesHeadlineAndPublisher() throws {
        let html = """
            <html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","headline":"Summit in Jakarta &amp; beyond","datePublished":"2026-11-20T10:00:00Z","publisher":{"@type":"Organization","name":"Antara"}}]}</script></head>
            <body><p>ASEAN leaders gathered in Jakarta for a summit focused on the South China Sea code of conduct.</p></body></html>
            """
        let a = try #require(try decode(html, name: "x.html").first)
        #expect(a.title == "Summit in Jakarta & beyond")
        #expect(a.source == "Antara")
        #expect(a.published == DateParser.parse("2026-11-20T10:00:00Z"))
        #expect(a.body.contains("South China Sea code of conduct"))
    }

    @Test func formatIsFoundByContentNotName() throws {
        #expect(try decode(Self.page, name: "saved.txt").first?.format == "html")
        #expect(try decode(Self.rss, name: "snapshot.dat").count == 2)
    }

    // MARK: Feeds

    static let rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
        <title>Asia Desk</title><link>https://asia.example</link>
        <item><title>Vietnam and Japan sign defence pact</title><link>https://asia.example/1</link>
        <pubDate>Tue, 24 Nov 2026 09:00:00 +0700</pubDate>
        <description><![CDATA[<p>Hanoi and Tokyo signed an agreement on <b>defence equipment</b> transfers.</p><p>Second paragraph.</p>]]></description></item>
        <item><title>Typhoon warning for Okinawa</title><guid isPermaLink="true">https://asia.example/2</guid>
        <description>Schools closed &amp; flights cancelled.</description></item>
        </channel></rss>
        """

    @Test func rssItemsBecomeArticles() throws {
        let articles = try decode(Self.rss, name: "feed.xml")
        #expect(articles.count == 2)
        #expect(articles[0].title == "Vietnam and Japan sign defence pact")
        #expect(articles[0].url == "https://asia.example/1")
        #expect(articles[0].published == DateParser.parse("2026-11-24T02:00:00Z"))
        #expect(articles[0].body == "Hanoi and Tokyo signed an agreement on defence equipment transfers.\n\nSecond paragraph.")
        #expect(articles[0].source == "Asia Desk")
        #expect(articles[0].format == "feed")
        #expect(articles[1].url == "https://asia.example/2")
        #expect(articles[1].body == "Schools closed & flights cancelled.")
    }

    @Test func atomEntriesBecomeArticles() throws {
        let atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Seoul Wire</title>
            <entry><title>Missile launch reported</title><link rel="alternate" href="https://seoul.example/a"/>
            <updated>2026-11-24T01:00:00Z</updated><content type="html">&lt;p&gt;North Korea fired a ballistic missile.&lt;/p&gt;</content></entry>
            <entry><title>Trade talks resume</title><link href="https://seoul.example/b"/><published>2026-11-23T01:00:00Z</published><summary>Talks resume in Busan.</summary></entry>
            </feed>
            """
        let articles = try decode(atom, name: "seoul.atom")
        #expect(articles.map(\.title) == ["Missile launch reported", "Trade talks resume"])
        #expect(articles[0].body == "North Korea fired a ballistic missile.")
        #expect(articles[0].url == "https://seoul.example/a")
        #expect(articles[1].published == DateParser.parse("2026-11-23T01:00:00Z"))
        #expect(articles[1].source == "Seoul Wire")
    }

    @Test func aFeedWithABadItemFailsWhole() {
        let feed = Self.rss.replacingOccurrences(
            of: "<item><title>Typhoon warning for Okinawa</title><guid isPermaLink=\"true\">https://asia.example/2</guid>\n<description>Schools closed &amp; flights cancelled.</description></item>",
            with: "<item><link>https://asia.example/empty</link></item>")
        #expect(feed != Self.rss)
        do {
            _ = try decode(feed, name: "feed.xml")
            Issue.record("a feed with an empty item was accepted")
        } catch {
            #expect(error.code == "no-article")
            #expect(error.description.contains("item 2"))
        }
    }

    @Test func xmlThatIsNotAFeedIsRefusedWithAReason() {
        #expect(throws: IntakeError.self) { try decode("<?xml version=\"1.0\"?><rss><channel>", name: "cut.xml") }
        do {
            _ = try decode("<?xml version=\"1.0\"?><inventory><item>1</item></inventory>", name: "x.xml")
            Issue.record("accepted")
        } catch {
            #expect(error.code == "unsupported-format")
            #expect(error.description.contains("<inventory>"))
        }
    }

    // MARK: Mail

    static let mail = """
        From: "Kyodo Newsletter" <news@kyodo.example>
        To: analyst@example.org
        Subject: =?UTF-8?B?RndkOiBKYXBhbuKAk1ZpZXRuYW0gdGFsa3M=?=
        Date: Tue, 24 Nov 2026 10:00:00 +0900
        MIME-Version: 1.0
        Content-Type: multipart/alternative; boundary="XYZ"

        --XYZ
        Content-Type: text/plain; charset=iso-8859-1
        Content-Transfer-Encoding: quoted-printable

        Defence ministers met in Tokyo and agreed to deepen cooperation on maritime=
         security. The caf=E9 talks lasted three hours, officials said, and a joint statement on coast guard training and equipment transfers is expected next week from both ministries.
        --XYZ
        Content-Type: text/html; charset=utf-8
        Content-Transfer-Encoding: base64

        PGh0bWw+PGJvZHk+PHA+SFRNTCB2ZXJzaW9uPC9wPjwvYm9keT48L2h0bWw+
        --XYZ--
        """

    @Test func mailGivesSubjectDateSenderAndThePlainPart() throws {
        let a = try #require(try decode(Self.mail, name: "msg.eml").first)
        #expect(a.format == "mail")
        #expect(a.title == "Japan–Vietnam talks")
        #expect(a.source == "Kyodo Newsletter")
        #expect(a.published == DateParser.parse("2026-11-24T01:00:00Z"))
        #expect(a.body.hasPrefix("Defence ministers met in Tokyo and agreed to deepen cooperation on maritime security."))
        #expect(a.body.contains("The café talks"))
        #expect(!a.body.contains("HTML version"))
    }

    @Test func anHTMLOnlyMailGoesThroughTheExtractor() throws {
        let mail = """
            From: desk@example.org
            Subject: Manila talks
            Date: Mon, 23 Nov 2026 08:00:00 +0800
            Content-Type: text/html; charset="utf-8"

            <html><body><p>Philippine and Japanese officials met in Manila.</p><p>They discussed reciprocal access.</p></body></html>
            """
        let a = try #require(try decode(mail, name: "m.txt").first)
        #expect(a.format == "mail")
        #expect(a.body == "Philippine and Japanese officials met in Manila.\n\nThey discussed reciprocal access.")
    }

    @Test func anUnknownCharsetIsAClearFailureUnlessTheBytesAreUTF8() throws {
        let head = "From: a@example.org\nSubject: Test\nDate: Mon, 23 Nov 2026 08:00:00 +0000\nContent-Type: text/plain; charset=x-klingon\n\n"
        var bytes = Array(head.utf8) + Array("Caf".utf8) + [0xE9, 0xFF, 0xFE]
        do {
            _ = try decoder.decode(bytes, fileName: "m.eml")
            Issue.record("undecodable text was accepted")
        } catch {
            #expect(error.code == "invalid-encoding")
            #expect(error.description.contains("x-klingon"))
        }
        bytes = Array(head.utf8) + Array("Plain ASCII text is fine.".utf8)
        #expect(try decoder.decode(bytes, fileName: "m.eml").first?.body == "Plain ASCII text is fine.")
    }

    @Test func iconvCharsetsAreDecoded() throws {
        // "日本" in Shift_JIS.
        let head = "From: a@example.org\nSubject: =?ISO-2022-JP?B?GyRCRnxLXBsoQg==?=\nDate: Mon, 23 Nov 2026 08:00:00 +0000\nContent-Type: text/plain; charset=Shift_JIS\n\n"
        let bytes = Array(head.utf8) + [0x93, 0xFA, 0x96, 0x7B]
        let a = try #require(try decoder.decode(bytes, fileName: "jp.eml").first)
        #expect(a.title == "日本")
        #expect(a.body == "日本")
    }

    // MARK: gzip

    static let gzipped = Array(Data(base64Encoded: "H4sIAAAAAAACAyXIwQ2AMAgF0Hun+BO4igddgFBMjRUI1Bi318R3fOvjzUyhQpGYj13pplIW/rYnuFtKBXFYJkYTeMgmPK4Q0D85LE6QexhxkzqVF4dnt41VAAAA")!)

    @Test func gzipOfAnyFormatIsInflatedFirst() throws {
        let a = try #require(try decoder.decode(Self.gzipped, fileName: "story.txt.gz").first)
        #expect(a.title == "Typhoon nears Okinawa")
        #expect(a.body == "Schools closed across the prefecture as the storm approached.")
    }

    @Test func aTruncatedGzipIsAClearFailure() {
        do {
            _ = try decoder.decode(Array(Self.gzipped.dropLast(12)), fileName: "story.txt.gz")
            Issue.record("a truncated gzip was accepted")
        } catch {
            #expect(error.code == "invalid-encoding")
            #expect(error.description.contains("truncated"))
        }
    }

    @Test func aGzipBombIsRefused() throws {
        let small = ArticleDecoder(maximumExpandedSize: 10)
        #expect(throws: IntakeError.self) { try small.decode(Self.gzipped, fileName: "x.gz") }
    }
}
