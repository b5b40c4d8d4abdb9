import ArgumentParser
import Foundation
import NewsCore
import NewsRuntime
import NewsStoreSQLite

struct Prune: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Remove the records ingested before a time, and their processed/ files, leaving a checkpoint that verify starts from.",
        discussion: """
            Works in batches of short transactions, so it can run beside the daemon; killed, it resumes at the next run. \
            The checkpoint is the chain value at the cut (newsd logs it: keep a copy to compare). The `retention:` setting \
            makes the daemon do this daily. Files in failed/ are left alone.
            """)

    @Option(help: "Remove what was ingested before TIME: a span back from now (90d, 12h), a date (2026-09-01) or a time (2026-09-01T00:00:00Z).")
    var before: String
    @Option(help: "Records per transaction.") var batch = 500
    @OptionGroup var store: StoreOptions

    func run() throws {
        guard let beforeMillis = ArticleOutput.parseSince(before) else {
            throw ValidationError("--before \(before): expected a span (90d, 12h), a date (2026-09-01) or a time (2026-09-01T00:00:00Z)")
        }
        guard (1...100_000).contains(batch) else { throw ValidationError("--batch must be from 1 to 100000") }
        let config = try store.configuration()
        let articles = try store.openForRemoval(config)
        let now = nowMillis()
        let start = Date()
        var bar: ProgressBar?
        var done = 0
        var files = 0
        let summary: SQLiteArticleStore.PruneSummary
        do {
            if let cut = try articles.startPrune(beforeMillis: beforeMillis, at: now) {
                let total = try articles.recordCount(through: cut.seq)
                bar = ProgressBar(total: total, label: "prune")
            }
            summary = try articles.prune(beforeMillis: beforeMillis, at: now, batchSize: batch) { records in
                if config.afterIngest == .move {
                    for record in records where record.kind != .failed {
                        if ProcessedFiles.remove(record, processedDirectory: config.processedDirectory) != nil { files += 1 }
                    }
                }
                done += records.count
                bar?.update(done)
            }
        } catch {
            bar?.finish()
            writeStderr("newsd: \(config.storePath): the prune stopped after \(done) records: \(error); run `newsd prune` again to finish it\n")
            throw ExitCode(74)  // EX_IOERR
        }
        bar?.finish()
        guard let checkpoint = summary.checkpoint else {
            print("nothing was ingested before \(formatMillis(beforeMillis)): nothing to prune")
            return
        }
        let seconds = String(format: "%.1f", Date().timeIntervalSince(start))
        print("""
            pruned \(summary.records) records (\(summary.articles) articles) in \(summary.batches) batch\(summary.batches == 1 ? "" : "es"), \(seconds) s; \
            \(files) processed files removed; longest transaction \(Int(summary.longestBatch * 1000)) ms
            checkpoint: record \(checkpoint.seq), chain \(ContentHash.hex(checkpoint.chain)) \
            (records ingested before \(formatMillis(checkpoint.beforeMillis)), pruned at \(formatMillis(checkpoint.atMillis)))
            """)
    }
}
