import NewsCore
import Synchronization

/// The subscriptions, shared by the alert service and the decoding threads, which match each
/// article as soon as it is analysed, from the analysis' tokens (``PipelineMatches``). Each
/// reload starts a new generation, so the service never records matches made with subscriptions
/// it no longer has.
public final class PipelineMatcher: Sendable {
    private let state: Mutex<(subscriptions: AlertService.Subscriptions, generation: UInt64)>

    public init(_ subscriptions: AlertService.Subscriptions) {
        state = Mutex((subscriptions, 1))
    }

    /// The subscriptions now, and their generation.
    public var current: (subscriptions: AlertService.Subscriptions, generation: UInt64) {
        state.withLock { $0 }
    }

    public func update(_ new: AlertService.Subscriptions) {
        state.withLock { $0 = (new, $0.generation + 1) }
    }

    /// Analyses `articles` and matches each against the subscriptions of one generation (the
    /// ones in force when the file's first article was analysed).
    public func analyseAndMatch(_ articles: [Article], with analyzer: Analyzer)
        -> (articles: [Article], analyses: [ArticleAnalysis], matched: PipelineMatches)
    {
        let (subscriptions, generation) = current
        let index = subscriptions.index
        var out: [Article] = []
        var analyses: [ArticleAnalysis] = []
        var perArticle: [[Int32]] = []
        out.reserveCapacity(articles.count)
        analyses.reserveCapacity(articles.count)
        perArticle.reserveCapacity(articles.count)
        for article in articles {
            let r = analyzer.analyzeKeepingTokens(article)
            out.append(r.article)
            analyses.append(r.analysis)
            if index.count == 0 {
                perArticle.append([])
            } else {
                perArticle.append(index.matchingIndices(tokens: r.tokens, titleCount: r.titleCount, article: r.article, analysis: r.analysis))
            }
        }
        return (out, analyses, PipelineMatches(generation: generation, perArticle: perArticle))
    }
}
