import ArgumentParser
import Foundation
import NewsCore
import NewsRuntime
import NewsStoreSQLite

struct Reindex: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyse every stored article again (after a change of topics_file or an upgrade), and link stories anew.",
        discussion: "The journal and the articles are not touched; only the analysis (and so duplicate_of and story) is rewritten. Stop the daemon first.")

    @OptionGroup var store: StoreOptions

    func run() throws {
        let config = try store.configuration()
        let lock: InstanceLock
        do { lock = try InstanceLock(directory: config.stateDirectory) } catch { throw ValidationError("\(error)") }
        defer { withExtendedLifetime(lock) {} }
        let articleStore = try store.openStore(config, readOnly: false)
        let analyzer = try store.analyzer(config)
        let linker = StoryLinker(configuration: config.linkerConfiguration)
        try articleStore.clearStoryMerges()
        let total = try articleStore.stats().lastSeq
        let bar = ProgressBar(total: Int(total), label: "reindex")
        var after: Int64 = 0
        var count = 0
        let start = Date()
        while true {
            let batch = try articleStore.articles(afterSeq: after, limit: 512)
            guard let last = batch.last else { break }
            let analysed = batch.map { analyzer.analyze($0.article).analysis }
            var rows: [(seq: Int64, analysis: ArticleAnalysis, link: StoryLinker.Link, atMillis: Int64)] = []
            for (stored, analysis) in zip(batch, analysed) {
                let at = stored.article.eventMillis(ingestedAt: stored.atMillis)
                rows.append((stored.seq, analysis, linker.link(seq: stored.seq, atMillis: at, analysis: analysis), at))
            }
            do {
                try articleStore.replaceAnalyses(rows)
                linker.commit()
            } catch {
                linker.rollback()
                throw ValidationError("\(error); the articles up to \(after) were reindexed, run the command again")
            }
            count += batch.count
            after = last.seq
            bar.update(Int(after))
        }
        bar.finish()
        let seconds = Date().timeIntervalSince(start)
        print("\(count) articles reindexed in \(String(format: "%.1f", seconds)) s")
    }
}
