/// An outbox that can read the matched articles and record their alerts in one turn of its own
/// (the embedded store: one job of its thread, where reading each article and then recording
/// took a job each, and the alert service's task waited for every one on the way from a commit
/// to its alert). Optional: the alert service falls back on ``ArticleReader/article(seq:)`` and
/// ``AlertOutbox/record(_:watermark:at:)``.
public protocol MatchRecording: AnyObject, Sendable {
    /// Reads the stored articles `seqs` (those missing are left out), records the alerts
    /// `alerts` makes of each, with the watermark moved to `watermark`, in one transaction (as
    /// ``AlertOutbox/record(_:watermark:at:)``); returns the alerts raised.
    func recordReading(
        _ seqs: [Int64], alerts: @Sendable (StoredArticle) -> [AlertMatch], watermark: Int64, at millis: Int64
    ) async throws(StoreError) -> [AlertRecord]
}
