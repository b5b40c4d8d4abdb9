import Testing

@testable import NewsCore

/// The index's term and prefix filters keep most words of an article from the term table, and
/// must never keep out a word a query names: matching with them must equal matching without.
@Suite struct TermFilterTests {
    /// The articles of ``MatchProgramTests`` and texts made of their words in random order, so
    /// that generated queries find their words, phrases and prefixes in some and not in others.
    static let analysed: [(article: Article, analysis: ArticleAnalysis, tokens: [Token], titleCount: Int)] = {
        var rng = SplitMix64(seed: 3)
        let words = Set(MatchProgramTests.analysed.flatMap { $0.tokens.map(\.original) }).sorted()
        let made = (0..<24).map { n in
            let pick = { (count: Int) in (0..<count).map { _ in words[Int(rng.next() % UInt64(words.count))] }.joined(separator: " ") }
            return Article(title: pick(5), body: pick(40 + n * 5) + ". " + pick(30) + ".", format: "text")
        }
        return MatchProgramTests.analysed + made.map { MatchProgramTests.analyzer.analyzeKeepingTokens($0) }
    }()

    @Test func matchingWithTheFiltersEqualsMatchingWithout() throws {
        let texts = MatchProgramTests.generatedQueries(count: 1200, seed: 11)
        let subs = texts.enumerated().compactMap { try? Subscription(id: "s\($0.offset)", query: $0.element) }
        #expect(subs.count > 1000)
        var matched = 0
        var compared = 0
        // Four subscriptions an index, as the examples: the filters hold few terms and keep most words out.
        for start in stride(from: 0, to: subs.count, by: 4) {
            let group = Array(subs[start..<min(start + 4, subs.count)])
            let filtered = SubscriptionIndex(group)
            let unfiltered = SubscriptionIndex(group, prefilter: false)
            for r in Self.analysed {
                let on = filtered.matchingIndices(tokens: r.tokens, titleCount: r.titleCount, article: r.article, analysis: r.analysis)
                let off = unfiltered.matchingIndices(tokens: r.tokens, titleCount: r.titleCount, article: r.article, analysis: r.analysis)
                #expect(on == off, "\(group.map(\.queryText)) on \(r.article.title)")
                let doc = MatchDocument(tokens: r.tokens, titleCount: r.titleCount, article: r.article, analysis: r.analysis)
                let reference = group.indices.filter { group[$0].matches(doc) }.map(Int32.init)
                #expect(on == reference, "\(group.map(\.queryText)) on \(r.article.title)")
                matched += on.count
                compared += 1
            }
        }
        #expect(matched > 500, "the generated queries match something: \(matched) of \(compared)")
    }

    @Test func everyTermPassesTheFilterAndMostOtherWordsDoNot() throws {
        let texts = MatchProgramTests.generatedQueries(count: 40, seed: 5)
        let index = SubscriptionIndex(texts.enumerated().compactMap { try? Subscription(id: "s\($0.offset)", query: $0.element) })
        var terms = 0
        var passed = 0
        var others = 0
        for r in Self.analysed {
            for token in r.tokens where !token.key.record.isLong {
                let pass = index.termFilter.mayContain(token.key.hash)
                if index.terms.entry(token.text) != nil {
                    #expect(pass, "term \(token.text) is kept out")
                    terms += 1
                } else {
                    others += 1
                    if pass { passed += 1 }
                }
            }
        }
        #expect(terms > 50, "the articles hold the queries' terms: \(terms)")
        #expect(passed * 10 < others, "the filter keeps out most words that are no term: \(passed) of \(others) pass")
    }

    @Test func aPrefixFilterPassesTheWordsThatStartAPrefixKey() throws {
        let index = SubscriptionIndex([try Subscription(id: "p", query: "coa* OR zeb*")])
        let words = Tokenizer.tokenize("Coast coastguard co cOa south China zebra zeal c")
        #expect(words.count == 9)
        let starts = words.map { index.prefixFilter.mayStart(low: $0.key.record.low) }
        // By the first two bytes: "co" and "ze" pass, even where the third is not the key's.
        #expect(starts == [true, true, true, true, false, false, true, true, false])
    }
}
