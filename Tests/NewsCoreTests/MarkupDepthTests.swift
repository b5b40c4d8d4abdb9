import Foundation
import Testing

@testable import NewsCore

/// Markup nested deeper than libxml2 reads (256 levels) is refused with the reason, never
/// stored with its text silently cut; anything shallower keeps all its text.
@Suite struct MarkupDepthTests {
    let decoder = ArticleDecoder()
    static let paragraph = "<p>Navy ships sailed into the harbour on Monday, officials said, and more text follows here.</p>"

    static func page(depth: Int) -> [UInt8] {
        Array(("<!DOCTYPE html><html><head><title>Deep page</title></head><body>" + String(repeating: "<div>", count: depth)
            + paragraph + String(repeating: "</div>", count: depth) + "<p>The last paragraph, after the nesting, also counts.</p></body></html>").utf8)
    }

    func refusal(_ bytes: [UInt8], name: String) -> IntakeError? {
        do {
            let articles = try decoder.decode(bytes, fileName: name)
            Issue.record("accepted: \(articles.map { $0.body.prefix(80) })")
            return nil
        } catch {
            return error
        }
    }

    @Test func aPageNested100000DeepIsRefusedNotStoredEmpty() throws {
        let refused = refusal(Self.page(depth: 100_000), name: "deep.html")
        let error = try #require(refused)
        #expect(error.code == "no-article")
        #expect(error.description.contains("nest deeper than 256 levels"), "\(error)")
    }

    @Test func aPageNested200DeepKeepsAllItsText() throws {
        let a = try #require(try decoder.decode(Self.page(depth: 200), fileName: "p.html").first)
        #expect(a.body.contains("Navy ships sailed into the harbour"), "\(a.body)")
    }

    @Test func aDeepFragmentInAFeedItemOrAMailIsRefusedToo() throws {
        let fragment = String(repeating: "<b>", count: 1000) + "text" + String(repeating: "</b>", count: 1000)
        let escaped = fragment.replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        let feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>F</title><item><title>One</title><description>\(escaped)</description></item></channel></rss>"
        let feedRefusal = refusal(Array(feed.utf8), name: "f.rss")?.description ?? ""
        #expect(feedRefusal.contains("nest deeper than 256"), "\(feedRefusal)")
        let mail = "From: a@example.org\nSubject: Deep\nDate: Mon, 23 Nov 2026 08:00:00 +0000\nContent-Type: text/html; charset=utf-8\n\n" + fragment
        let mailRefusal = refusal(Array(mail.utf8), name: "m.eml")?.description ?? ""
        #expect(mailRefusal.contains("nest deeper than 256"), "\(mailRefusal)")
    }

    @Test func aFeedWhoseXMLNestsTooDeepIsRefusedWithTheReason() throws {
        let feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>F</title><item><title>One</title><description>"
            + String(repeating: "<x>", count: 300) + "t" + String(repeating: "</x>", count: 300) + "</description></item></channel></rss>"
        let refused = refusal(Array(feed.utf8), name: "f.rss")
        let error = try #require(refused)
        #expect(error.code == "unsupported-format")
        #expect(error.description.contains("XML elements nest deeper than 256 levels"), "\(error)")
    }
}
