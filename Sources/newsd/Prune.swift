import ArgumentParser
import Foundation
import NewsCore
import NewsRuntime

struct Prune: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Remove the records ingested before a time, and their processed/ files, leaving a checkpoint that verify starts from.",
        discussion: """
            Works in batches of short transactions, so it can run beside the daemon; killed, it resumes at the next run. \
            The checkpoint is the chain value at the cut (newsd logs it: keep a copy to compare). The `retention:` setting \
            makes the daemon do this daily. Files in failed/ are left alone. On PostgreSQL with several servers, this \
            server's processed/ files of pruned records are removed; each other server's stay in its own processed/.
            """)

    @Option(help: "Remove what was ingested before TIME: a span back from now (90d, 12h), a date (2026-09-01) or a time (2026-09-01T00:00:00Z).")
    var before: String
    @Option(help: "Records per transaction.") var batch = 500
    @OptionGroup var store: StoreOptions

    func run() async throws {
        guard let beforeMillis = ArticleOutput.parseSince(before) else {
            throw ValidationError("--before \(before): expected a span (90d, 12h), a date (2026-09-01) or a time (2026-09-01T00:00:00Z)")
        }
        guard (1...100_000).contains(batch) else { throw ValidationError("--batch must be from 1 to 100000") }
        let config = try store.configuration()
        let articles = try await store.openForRemoval(config)
        var job = RetentionJob(store: articles, processedDirectory: config.afterIngest == .move ? config.processedDirectory : nil)
        job.batchSize = batch
        let start = Date()
        var bar: ProgressBar?
        var done = 0
        let summary: RetentionJob.Summary
        do {
            summary = try await job.run(
                beforeMillis: beforeMillis, at: nowMillis(),
                started: { _, total in bar = ProgressBar(total: total, label: "prune") },
                progress: { records in
                    done = records
                    bar?.update(records)
                })
        } catch {
            bar?.finish()
            writeStderr("newsd: \(config.storeDescription): the prune stopped after \(done) records: \(error); run `newsd prune` again to finish it\n")
            throw ExitCode(error.kind == .transient ? 75 : 74)  // EX_TEMPFAIL, EX_IOERR
        }
        bar?.finish()
        guard let checkpoint = summary.checkpoint else {
            print("nothing was ingested before \(formatMillis(beforeMillis)): nothing to prune")
            return
        }
        let seconds = String(format: "%.1f", Date().timeIntervalSince(start))
        print("""
            pruned \(summary.records) records (\(summary.articles) articles) in \(summary.batches) batch\(summary.batches == 1 ? "" : "es"), \(seconds) s; \
            \(summary.files) processed files removed; longest transaction \(Int(summary.longestBatch * 1000)) ms
            checkpoint: record \(checkpoint.seq), chain \(ContentHash.hex(checkpoint.chain)) \
            (records ingested before \(formatMillis(checkpoint.beforeMillis)), pruned at \(formatMillis(checkpoint.atMillis)))
            """)
        if summary.otherServersFiles > 0 {
            print("\(summary.otherServersFiles) files of pruned records were taken in by other servers: they stay in those servers' processed/ (see docs/postgres.md)")
        }
    }
}
