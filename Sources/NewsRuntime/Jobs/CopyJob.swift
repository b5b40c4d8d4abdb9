import Foundation
import NewsCore
import NewsStorePostgres
import NewsStoreSQLite

/// Moves an SQLite store into a PostgreSQL one (`newsd copy`): the journal record by record with
/// its sequence numbers, hashes and chain values as they are, the articles, their analysis and
/// stories, then the alerts with their deliveries, and the match watermark. A pruned source's
/// checkpoints and a redacted source's redactions go with it, so `newsd verify` on PostgreSQL
/// starts from the same checkpoint and checks a redacted record through its kept content hash.
///
/// Batched: a page of ``batchSize`` records is read, written in one transaction that moves the
/// chain head, and dropped, so memory is bounded by the page, not the store. Resumable: the
/// target's chain head says where the last run stopped; a run continues after it, and never
/// appends a record twice (the head is checked inside each transaction). A target whose records
/// are not the source's (the chain values differ at the head) is refused.
public struct CopyJob {
    /// Why a copy cannot be made.
    public struct Refusal: Error, CustomStringConvertible, Sendable {
        public enum Kind: Sendable { case differentHistory, unsupported }
        public var kind: Kind
        public var description: String
    }

    public struct Summary: Sendable, Equatable {
        /// Records copied by this run.
        public var records: Int64 = 0
        /// Records the target held already (from an earlier run).
        public var resumedAfter: Int64 = 0
        public var alerts: Int64 = 0
        /// The last record's seq, in both stores.
        public var lastSeq: Int64 = 0
    }

    let source: SQLiteArticleStore
    let target: PostgresStore
    /// Records per transaction (and the most held in memory at once).
    public var batchSize = 500

    public init(source: SQLiteArticleStore, target: PostgresStore) {
        self.source = source
        self.target = target
    }

    /// - Parameters:
    ///   - progress: `(records in the target, records to copy in all)` after each page.
    ///   - page: the number of records of each page read, for a test of the bound.
    /// - Throws: ``Refusal`` for a source that cannot be copied or a target holding a different
    ///   history; the stores' errors otherwise (what was copied stays; run again to continue).
    public func run(progress: (Int64, Int64) -> Void = { _, _ in }, page: (Int) -> Void = { _ in }) async throws -> Summary {
        let info = try source.copySource()
        let path = source.path
        if info.pruneUnfinished {
            throw Refusal(kind: .unsupported, description: """
                \(path): a prune was left unfinished (records at or below its checkpoint, \(info.prunedThrough), remain): \
                run `newsd prune` on it again to finish it, then copy; nothing was copied
                """)
        }
        if info.records != info.lastSeq - info.prunedThrough {
            throw Refusal(kind: .unsupported, description: """
                \(path): the journal has \(info.records) records but runs from \(info.prunedThrough + 1) to \(info.lastSeq): \
                records were lost (see `newsd verify`), and a chain with a gap cannot be verified on PostgreSQL; nothing was copied
                """)
        }
        var summary = Summary(lastSeq: info.lastSeq)
        var head = try await target.head()
        /// Merges recorded after this seq go with the next page (after a prune, the merges that
        /// pruned articles found and kept articles still need go with the first).
        var mergesAfter = head.seq <= info.prunedThrough ? 0 : min(head.seq, info.lastSeq)
        if head.seq == 0, let cut = info.checkpoints.last {
            // A pruned source: the target starts at its checkpoint, as the source's verify does.
            try await target.startAtCheckpoints(info.checkpoints)
            head = (cut.seq, cut.chain)
        } else if head.seq > 0 {
            // The target must hold the source's history: the chain values agree where both have records.
            let at = min(head.seq, info.lastSeq)
            let theirs: [UInt8]? = at == head.seq ? head.chain : try await target.chainValue(at: at)
            let ours: [UInt8]? = at == 0 ? JournalRecord.genesis
                : try source.chainValue(at: at) ?? info.checkpoints.first(where: { $0.seq == at })?.chain
            guard let ours, theirs == ours else {
                throw Refusal(kind: .differentHistory, description: ours == nil ? """
                    \(target.location) holds records up to \(at), which \(path) pruned since (its records now start after \
                    \(info.prunedThrough)): the rest cannot follow them; copy into an empty database (createdb)
                    """ : """
                    \(target.location) holds a different history: its record \(at) is not \(path)'s (the hash chains differ); \
                    copy into an empty database (createdb), or into the one an earlier copy of this store started
                    """)
            }
            summary.resumedAfter = at
        }
        var after = min(head.seq, info.lastSeq)
        progress(after, info.lastSeq)
        while after < info.lastSeq {
            let records = try source.copyPage(afterSeq: after, limit: batchSize)
            guard let last = records.last else { break }
            page(records.count)
            let merges = try source.copyMerges(after: mergesAfter, through: last.seq)
            try await target.appendCopied(records, merges: merges)
            mergesAfter = last.seq
            summary.records += Int64(records.count)
            after = last.seq
            progress(after, info.lastSeq)
        }
        var alertID = try await target.lastAlertID()
        while true {
            let alerts = try source.copyAlerts(afterID: alertID, limit: batchSize)
            guard let last = alerts.last else { break }
            page(alerts.count)
            try await target.appendCopied(alerts)
            summary.alerts += Int64(alerts.count)
            alertID = last.id
        }
        try await target.raiseMatchWatermark(to: info.matchedThrough)
        return summary
    }
}
