import ArgumentParser
import Foundation
import NewsCore
import NewsRuntime
import NewsStorePostgres
import NewsStoreSQLite

struct Copy: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Move an SQLite store into a PostgreSQL store, keeping sequence numbers, hashes and the hash chain.",
        discussion: """
            Copies the journal, the articles with their analysis and stories, duplicate and failed records, alerts with \
            their deliveries, and the match watermark, in transactions of --batch records. Resumable: run it again after \
            an interruption and it continues after the last record the target holds, never copying one twice. A target \
            that holds a different history (its chain differs from the source's) is refused (exit 65); a source that \
            lost records, or whose prune was left unfinished, is refused (exit 69). A pruned source's checkpoints and a \
            redacted source's redactions are copied with it. `newsd verify --store URL` passes afterwards. \
            Stop the daemons that write either store first; the copied records carry this server's server_name.
            """)

    @OptionGroup var store: StoreOptions
    @Option(help: "The SQLite store to copy (its newsd.db file).") var from: String
    @Option(help: "The PostgreSQL store to copy into (postgres://USER@HOST/DATABASE; default: the configuration's store:).")
    var to: String?
    @Option(help: "Records per transaction.") var batch = 500

    func run() async throws {
        guard (1...100_000).contains(batch) else { throw ValidationError("--batch \(batch): expected 1 to 100000") }
        var config = try store.configuration()
        if let to {
            guard PostgresLocation.isURL(to) else { throw ValidationError("--to \(to): expected a PostgreSQL URL, postgres://USER@HOST/DATABASE") }
            config.store = to
        }
        guard config.postgresURL != nil else {
            throw failure(.usage, "copy: no PostgreSQL store to copy into: pass --to postgres://USER@HOST/DATABASE or set store: in the configuration")
        }
        try StoreAccess.requireReadable(from)
        guard PathState(from) == .present else {
            throw failure(.noInput, "copy: no SQLite store at \(from): --from names the store's file (newsd.db in its state directory)")
        }
        let source: SQLiteArticleStore
        do { source = try SQLiteArticleStore(path: from, readOnly: true) } catch { throw exitStatus(error, store: from) }
        guard let target = try await store.openPostgres(config, readOnly: false) else { return }
        var job = CopyJob(source: source, target: target)
        job.batchSize = batch
        var bar: ProgressBar?
        let start = Date()
        let summary: CopyJob.Summary
        do {
            summary = try await job.run { done, total in
                if bar == nil { bar = ProgressBar(total: Int(total), label: "copy") }
                bar?.update(Int(done))
            }
        } catch let refusal as CopyJob.Refusal {
            bar?.finish()
            throw failure(refusal.kind == .differentHistory ? .dataError : .unavailable, "copy: \(refusal)")
        } catch {
            bar?.finish()
            writeStderr("newsd: copy: stopped; what was copied stays: run the same `newsd copy` again to continue\n")
            throw exitStatus(error, store: error is SQLiteError ? from : config.storeDescription)
        }
        bar?.finish()
        let seconds = String(format: "%.1f", Date().timeIntervalSince(start))
        let resumed = summary.resumedAfter > 0 ? " (continued after record \(summary.resumedAfter))" : ""
        print("""
            \(from) -> \(config.storeDescription): \(summary.records) records copied in \(seconds) s\(resumed), \
            \(summary.alerts) alerts; the target ends at record \(summary.lastSeq); check it with `newsd verify --store URL`
            """)
    }
}
