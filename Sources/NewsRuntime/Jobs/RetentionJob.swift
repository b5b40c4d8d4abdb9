import Foundation
import Logging
import NewsCore
import NewsStoreSQLite

/// Prunes the records ingested before a time through the daemon's store actor: one short
/// transaction per batch, so the daemon's commits run between them, and resumable after a kill
/// (``SQLiteArticleStore/startPrune(beforeMillis:at:)`` finds the prune left unfinished).
public struct RetentionJob: Sendable {
    public let store: SQLiteStore
    /// processed/, whose files of pruned records are removed; nil to leave files alone.
    public let processedDirectory: String?
    /// Records per transaction.
    public var batchSize = 500

    public init(store: SQLiteStore, processedDirectory: String?) {
        self.store = store
        self.processedDirectory = processedDirectory
    }

    public struct Summary: Sendable, Equatable {
        public var checkpoint: Checkpoint?
        public var records = 0
        public var articles = 0
        public var files = 0
    }

    public func run(beforeMillis: Int64, at millis: Int64) async throws(StoreError) -> Summary {
        var summary = Summary()
        guard let checkpoint = try await store.startPrune(beforeMillis: beforeMillis, at: millis) else { return summary }
        summary.checkpoint = checkpoint
        while !Task.isCancelled {
            let batch = try await store.pruneCandidates(through: checkpoint.seq, limit: max(1, batchSize))
            guard let high = batch.first?.seq, let low = batch.last?.seq else { break }
            if let processedDirectory {
                for record in batch where record.kind != .failed {
                    if ProcessedFiles.remove(record, processedDirectory: processedDirectory) != nil { summary.files += 1 }
                }
            }
            try await store.deleteRecords(from: low, through: high)
            summary.records += batch.count
            summary.articles += batch.filter { $0.kind == .article }.count
        }
        return summary
    }

    /// The daemon's retention: with `retention:` set, prunes at start and then every day what was
    /// ingested longer ago than that. The task ends when cancelled; nil without `retention:`.
    public static func daily(_ config: NewsdConfiguration, store: SQLiteStore, logger: Logger) -> Task<Void, Never>? {
        guard let retention = config.retention else { return nil }
        let job = RetentionJob(store: store, processedDirectory: config.afterIngest == .move ? config.processedDirectory : nil)
        return Task {
            while !Task.isCancelled {
                let now = Int64(Date().timeIntervalSince1970 * 1000)
                do {
                    let s = try await job.run(beforeMillis: now - Int64(retention * 1000), at: now)
                    if let c = s.checkpoint {
                        logger.notice(
                            "retention: pruned \(s.records) records (\(s.articles) articles, \(s.files) processed files) up to checkpoint seq \(c.seq) chain \(ContentHash.hex(c.chain))",
                            metadata: ["newsd.seq": "\(c.seq)"])
                    }
                } catch {
                    logger.warning("retention: the prune stopped: \(error); it resumes at the next run (in a day) or with `newsd prune`")
                }
                try? await Task.sleep(for: .seconds(86_400))
            }
        }
    }
}
