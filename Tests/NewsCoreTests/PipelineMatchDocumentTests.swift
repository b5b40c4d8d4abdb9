import Testing

@testable import NewsCore

/// The pipeline matches the document built from the analysis' own tokens; the alert service,
/// after a crash, the one built from the stored article. They must be the same document.
@Suite struct PipelineMatchDocumentTests {
    static let articles: [Article] = [
        Article(title: "Japan and Vietnam agree to deepen defence ties",
                body: "HANOI, Nov 24 (Reuters) - Japan and Vietnam agreed on Monday to deepen defence cooperation, including joint coast guard drills in the South China Sea.\n\nAdvertisement\n\nThe two ministers met in Hanoi.",
                format: "text"),
        Article(title: "東京で会談", body: "日本とベトナムの防衛相が東京で会談し、南シナ海での協力を確認した。", format: "text"),
        Article(title: "", body: "Cyber-attack hits São Paulo banks; CERT.br says \"ransomware\" spread via e-mail. Read more: https://example.com/x", format: "markdown"),
        Article(title: "Ölpreis steigt", body: "BERLIN (dpa) - Der Ölpreis ist am Dienstag gestiegen. Straße gesperrt.", format: "html"),
    ]

    static let queries = [
        "\"South China Sea\"", "defen*", "title:vietnam", "country:JP AND country:VN", "\"coast guard\" NEAR/3 drills",
        "ransomware OR cyber*", "source:reuters", "東京", "ölpreis", "title:\"deepen defence\"", "place:Hanoi",
    ]

    @Test func theDocumentFromTheAnalysisTokensIsTheStoredArticlesDocument() throws {
        let analyzer = Analyzer()
        let compiled = try Self.queries.map { try Subscription(id: $0, query: $0) }
        for input in Self.articles {
            let r = analyzer.analyzeKeepingTokens(input)
            let fromTokens = MatchDocument(tokens: r.tokens, titleCount: r.titleCount, article: r.article, analysis: r.analysis)
            let fromStore = MatchDocument(article: r.article, analysis: r.analysis)
            #expect(fromTokens.words == fromStore.words, "\(input.title)")
            #expect(fromTokens.titleCount == fromStore.titleCount)
            #expect(fromTokens.distinctWords == fromStore.distinctWords)
            for s in compiled {
                #expect(s.matches(fromTokens) == s.matches(fromStore), "\(s.id) on \(input.title)")
            }
            let index = SubscriptionIndex(compiled)
            #expect(index.matchingIndices(fromTokens).map { compiled[Int($0)].id } == index.matches(fromStore).map(\.id))
        }
        // The queries are not vacuous: the first article matches some and not others.
        let r = analyzer.analyzeKeepingTokens(Self.articles[0])
        let doc = MatchDocument(tokens: r.tokens, titleCount: r.titleCount, article: r.article, analysis: r.analysis)
        #expect(compiled.filter { $0.matches(doc) }.count >= 4)
        #expect(compiled.contains { !$0.matches(doc) })
    }
}
