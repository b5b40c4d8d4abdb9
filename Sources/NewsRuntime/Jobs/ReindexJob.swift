import Foundation
import NewsCore
import NewsStoreSQLite

/// Analyses every stored article again (after a change of the taxonomy or an upgrade) and links
/// the stories anew. The journal and the articles are not touched: only what is derived from
/// them (the analysis, duplicates, stories, story merges). Run with the daemon stopped.
public struct ReindexJob {
    /// What a reindex did.
    public struct Summary: Sendable, Equatable {
        public var articles = 0
        /// Articles whose best topic changed.
        public var topicChanged = 0
        /// Articles whose story id changed.
        public var storyChanged = 0
        /// Stories before and after.
        public var storiesBefore = 0
        public var storiesAfter = 0
    }

    let store: any JobStore
    let analyzer: Analyzer
    let stories: StoryLinker.Configuration
    /// Articles analysed and written per transaction.
    public var batchSize = 512

    public init(store: any JobStore, analyzer: Analyzer, stories: StoryLinker.Configuration) {
        self.store = store
        self.analyzer = analyzer
        self.stories = stories
    }

    /// - Parameter progress: `(articles done, articles stored)` after each batch: the bar counts
    ///   what the summary counts (articles, not journal records: duplicates and failures are not analysed).
    /// - Throws: the store's error; the articles up to the last finished batch stay reindexed,
    ///   and running the job again redoes them all.
    public func run(progress: (Int64, Int64) -> Void = { _, _ in }) async throws -> Summary {
        let linker = StoryLinker(configuration: stories)
        var summary = Summary()
        summary.storiesBefore = try await store.storyCount()
        try await store.clearStoryMerges()
        let total = Int64(try await store.jobStats().articles)
        var last: Int64 = 0
        while true {
            let batch = try await store.articles(afterSeq: last, sinceMillis: 0, limit: batchSize)
            guard let end = batch.last else { break }
            var rows: [(seq: Int64, analysis: ArticleAnalysis, link: StoryLinker.Link, atMillis: Int64)] = []
            for stored in batch {
                let analysis = analyzer.analyze(stored.article).analysis
                let at = stored.article.eventMillis(ingestedAt: stored.atMillis)
                let link = linker.link(seq: stored.seq, atMillis: at, analysis: analysis)
                rows.append((stored.seq, analysis, link, at))
                if stored.analysis?.topics.first?.id != analysis.topics.first?.id { summary.topicChanged += 1 }
                if stored.story != link.story { summary.storyChanged += 1 }
            }
            do {
                try await store.replaceAnalyses(rows)
                linker.commit()
            } catch {
                linker.rollback()
                throw error
            }
            summary.articles += batch.count
            last = end.seq
            progress(Int64(summary.articles), max(total, Int64(summary.articles)))
        }
        summary.storiesAfter = try await store.storyCount()
        return summary
    }
}
