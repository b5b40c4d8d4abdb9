import ArgumentParser
import Foundation
import NewsCore
import NewsRuntime
import NewsStoreSQLite

struct Reindex: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyse every stored article again (after a change of topics_file or an upgrade), and link stories anew.",
        discussion: """
            The journal and the articles are not touched; only the analysis (and so duplicate_of and story) is rewritten. \
            Stop the daemon first (on PostgreSQL, every server's).
            """)

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let config = try store.configuration()
        let (jobStore, lock) = try await store.openJobStore(config, exclusive: true)
        defer { withExtendedLifetime(lock) {} }
        let job = ReindexJob(store: jobStore, analyzer: try store.analyzer(config), stories: config.linkerConfiguration)
        var bar: ProgressBar?
        let start = Date()
        let summary: ReindexJob.Summary
        do {
            summary = try await job.run { done, total in
                if bar == nil { bar = ProgressBar(total: Int(total), label: "reindex") }
                bar?.update(Int(done))
            }
        } catch {
            bar?.finish()
            writeStderr("newsd: \(config.storeDescription): \(error); the articles analysed so far keep their new analysis: run `newsd reindex` again\n")
            throw ExitCode((error as? StoreError)?.isTransient == true ? Sysexit.tryAgain.rawValue : Sysexit.ioError.rawValue)
        }
        bar?.finish()
        let seconds = String(format: "%.1f", Date().timeIntervalSince(start))
        print("""
            \(summary.articles) articles reindexed in \(seconds) s: \(summary.topicChanged) changed their best topic, \
            \(summary.storyChanged) their story; \(summary.storiesBefore) stories before, \(summary.storiesAfter) after
            """)
    }
}
