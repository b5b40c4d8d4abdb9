/// The alerts the store keeps: matches recorded once per subscription and story within a
/// window, and their delivery to each sink. The outbox survives restarts, so an alert is never
/// lost, and a sink that confirmed an alert is never sent it again.
public protocol AlertOutbox: AnyObject, Sendable {
    /// The last article matched against the subscriptions.
    func matchWatermark() async throws(StoreError) -> Int64
    /// The last article stored.
    func lastArticleSeq() async throws(StoreError) -> Int64
    /// Records `matches` (folding later articles of an alerted story) and moves the watermark
    /// to `watermark`, in one transaction. Returns the alerts raised.
    func record(_ matches: [AlertMatch], watermark: Int64, at millis: Int64) async throws(StoreError) -> [AlertRecord]
    /// Alerts waiting for `sink`, oldest first.
    func pending(sink: String, limit: Int) async throws(StoreError) -> [AlertRecord]
    /// `sink` confirmed the alert.
    func markDelivered(_ alert: Int64, sink: String, at millis: Int64) async throws(StoreError)
    /// `sink` refused or failed; the alert stays pending and the attempt is counted.
    func markFailed(_ alert: Int64, sink: String, error: String, at millis: Int64) async throws(StoreError)
    /// Alerts raised at or after `sinceMillis`, newest first.
    func alerts(sinceMillis: Int64, alert: String?, limit: Int) async throws(StoreError) -> [AlertRecord]
}
