import Testing

@testable import NewsCore

/// A key's postings that check a word come first in its list, and the walk tests them by their
/// term's stamp alone; a value check fails at the value's stamp when the article lacks it. The
/// matches are the same as the query tree's, whatever the mix of checks under one key.
@Suite struct PostingOrderTests {
    /// Queries filed under "harbour" (a rare word here) with checks of every kind.
    static let queries = [
        "harbour AND country:NO", "harbour AND trawler", "\"harbour master\"", "harbour AND topic:maritime-security",
        "harbour AND lang:nb", "harbour AND person:Olsen", "harbour AND quota", "harbour", "harbour AND topic:maritime-security>=0.9",
    ]

    static let index = SubscriptionIndex(
        queries.enumerated().map { try! Subscription(id: "q\($0.offset)", query: $0.element) }, prefilter: true,
        costs: PresearchCosts(weights: nil))

    @Test func aKeysWordChecksComeFirst() throws {
        let lists = Self.index.postings[PresearchKey.Kind.word.rawValue]
        let key = try #require(Self.index.terms.entry("harbour"))
        let postings = lists.items[Int(lists.starts[key])..<Int(lists.starts[key + 1])]
        let firstOther = postings.firstIndex { !PostingLists.checksAWord($0) } ?? postings.endIndex
        #expect(postings[firstOther...].allSatisfy { !PostingLists.checksAWord($0) }, "no word check after another check")
        #expect(postings[..<firstOther].count == 2, "trawler and quota")
        #expect(postings.count > 2)
    }

    /// The same article with its values changed: what matches is what the query tree says.
    @Test(arguments: [
        ("NO", "nb", 0.95), ("NO", "en", 0.5), ("SE", "nb", 0.95), ("SE", "en", 0.0),
    ])
    func valueChecksPassOnlyWhenTheArticleHasTheValue(country: String, language: String, score: Double) {
        let article = Article(title: "Trawler runs aground at the harbour",
                              body: "The harbour master said a trawler ran aground on Monday; quota talks went on.", format: "text")
        let r = MatchProgramTests.analyzer.analyzeKeepingTokens(article)
        var doc = MatchDocument(tokens: r.tokens, titleCount: r.titleCount, article: r.article, analysis: r.analysis)
        doc.countries = [country]
        doc.language = language
        doc.topics = score > 0 ? ["maritime-security": score] : [:]
        let subs = Self.index.subscriptions
        let reference = subs.indices.filter { subs[$0].matches(doc) }.map(Int32.init)
        #expect(Self.index.matchingIndices(doc) == reference)
        #expect(reference.contains(7) && reference.contains(1) && reference.contains(2) && reference.contains(6))
        #expect(reference.contains(0) == (country == "NO"), "the country check")
        #expect(reference.contains(8) == (score >= 0.9), "the topic's minimum")
    }
}
