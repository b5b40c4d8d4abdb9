import Foundation
import Logging
import NewsCore

/// Prunes the records ingested before a time (`newsd prune`, and daily with `retention:`): one
/// short transaction per batch, so the daemon's commits run between them, and resumable after a
/// kill (``JournalRetention/startPrune(beforeMillis:at:)`` finds the prune left unfinished). The
/// same on SQLite and PostgreSQL; with several servers, each removes only its own processed/
/// files (``JournalFile/server``).
public struct RetentionJob: Sendable {
    public let store: any JournalRetention
    /// processed/, whose files of pruned records are removed; nil to leave files alone.
    public let processedDirectory: String?
    /// Records per transaction.
    public var batchSize = 500

    public init(store: any JournalRetention, processedDirectory: String?) {
        self.store = store
        self.processedDirectory = processedDirectory
    }

    public struct Summary: Sendable, Equatable {
        public var checkpoint: Checkpoint?
        public var records = 0
        public var articles = 0
        public var files = 0
        /// Files of pruned records that another server took in (in its processed/, not this one's).
        public var otherServersFiles = 0
        public var batches = 0
        /// The longest batch's transaction (the longest the store's write lock was held), seconds.
        public var longestBatch = 0.0
    }

    /// - Parameters:
    ///   - started: called with the checkpoint and the number of records to remove, before the
    ///     first batch (counted only when it is given: the daemon's daily prune needs no count).
    ///   - progress: called with the records removed so far after each batch.
    public func run(
        beforeMillis: Int64, at millis: Int64, started: ((Checkpoint, Int) -> Void)? = nil, progress: (Int) -> Void = { _ in }
    ) async throws(StoreError) -> Summary {
        var summary = Summary()
        guard let checkpoint = try await store.startPrune(beforeMillis: beforeMillis, at: millis) else { return summary }
        summary.checkpoint = checkpoint
        if let started { started(checkpoint, try await store.recordCount(through: checkpoint.seq)) }
        let server = store.localServer
        while !Task.isCancelled {
            let batch = try await store.pruneCandidates(through: checkpoint.seq, limit: max(1, batchSize))
            guard let high = batch.first?.seq, let low = batch.last?.seq else { break }
            if let processedDirectory {
                for record in batch where record.kind != .failed {
                    if record.server != nil, record.server != server {
                        summary.otherServersFiles += 1
                    } else if ProcessedFiles.remove(record, processedDirectory: processedDirectory) != nil {
                        summary.files += 1
                    }
                }
            }
            let start = DispatchTime.now().uptimeNanoseconds
            try await store.deleteRecords(from: low, through: high)
            summary.longestBatch = max(summary.longestBatch, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            summary.records += batch.count
            summary.articles += batch.filter { $0.kind == .article }.count
            summary.batches += 1
            progress(summary.records)
        }
        return summary
    }

    /// The daemon's retention: with `retention:` set, prunes at start and then every day what was
    /// ingested longer ago than that. The task ends when cancelled; nil without `retention:`.
    public static func daily(_ config: NewsdConfiguration, store: any JournalRetention, logger: Logger) -> Task<Void, Never>? {
        guard let retention = config.retention else { return nil }
        let job = RetentionJob(store: store, processedDirectory: config.afterIngest == .move ? config.processedDirectory : nil)
        return Task {
            while !Task.isCancelled {
                let now = Int64(Date().timeIntervalSince1970 * 1000)
                do {
                    let s = try await job.run(beforeMillis: now - Int64(retention * 1000), at: now)
                    if let c = s.checkpoint {
                        logger.notice(
                            "retention: pruned \(s.records) records (\(s.articles) articles, \(s.files) processed files\(s.otherServersFiles > 0 ? "; \(s.otherServersFiles) files of records other servers took in stay in their processed/" : "")) up to checkpoint seq \(c.seq) chain \(ContentHash.hex(c.chain))",
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
