/// The removing side of the store: pruning old records behind a checkpoint and redacting one
/// article's text, both without breaking the hash chain (docs/retention.md). Each call is one
/// short transaction, so a prune runs beside the daemon's commits and a kill loses at most one
/// batch (the next run resumes the unfinished checkpoint).
public protocol JournalRetention: AnyObject, Sendable {
    /// The prune to carry out: one left unfinished (killed in the middle), else a new checkpoint
    /// at the last record ingested before `beforeMillis`; nil when nothing is that old.
    func startPrune(beforeMillis: Int64, at millis: Int64) async throws(StoreError) -> Checkpoint?
    /// How many records are at or before `seq` (what a prune to there has left to do).
    func recordCount(through seq: Int64) async throws(StoreError) -> Int
    /// The next records to prune, at most `limit`, highest first: what is left stays a prefix of
    /// the journal, which verifies from its start, then from the checkpoint.
    func pruneCandidates(through seq: Int64, limit: Int) async throws(StoreError) -> [JournalFile]
    /// Deletes the records `from...through` (below a checkpoint) with everything about them, in
    /// one transaction.
    func deleteRecords(from: Int64, through: Int64) async throws(StoreError)
    /// Removes article `seq`'s text and analysis, keeping its record (the chain still verifies).
    func redact(seq: Int64, reason: String, at millis: Int64) async throws(StoreError) -> RedactOutcome
    /// The server whose processed/ files this process may remove (``JournalFile/server``); nil
    /// for a store of one server.
    nonisolated var localServer: String? { get }
}
