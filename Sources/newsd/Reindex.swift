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
        do { lock = try InstanceLock(directory: config.stateDirectory) } catch {
            writeStderr("newsd: \(error)\n")
            throw ExitCode(75)  // EX_TEMPFAIL: the daemon holds the store
        }
        defer { withExtendedLifetime(lock) {} }
        let job = ReindexJob(
            store: try store.openStore(config, readOnly: false), analyzer: try store.analyzer(config), stories: config.linkerConfiguration)
        var bar: ProgressBar?
        let start = Date()
        let summary: ReindexJob.Summary
        do {
            summary = try job.run { done, total in
                if bar == nil { bar = ProgressBar(total: Int(total), label: "reindex") }
                bar?.update(Int(done))
            }
        } catch {
            bar?.finish()
            writeStderr("newsd: \(config.storePath): \(error); the articles analysed so far keep their new analysis: run `newsd reindex` again\n")
            throw ExitCode(74)  // EX_IOERR
        }
        bar?.finish()
        let seconds = String(format: "%.1f", Date().timeIntervalSince(start))
        print("""
            \(summary.articles) articles reindexed in \(seconds) s: \(summary.topicChanged) changed their best topic, \
            \(summary.storyChanged) their story; \(summary.storiesBefore) stories before, \(summary.storiesAfter) after
            """)
    }
}
