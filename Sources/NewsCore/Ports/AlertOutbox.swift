import Foundation

/// The alerts the store keeps: matches recorded once per subscription and story within a
/// window, and their delivery to each sink. The outbox survives restarts, so an alert is never
/// lost, and a sink that confirmed an alert is never sent it again.
public protocol AlertOutbox: AnyObject, Sendable {
    /// The last article matched against the subscriptions.
    func matchWatermark() async throws(StoreError) -> Int64
    /// The last article stored.
    func lastArticleSeq() async throws(StoreError) -> Int64
    /// Records `matches` (folding later articles of an alerted story), one pending delivery per
    /// sink each match names, and moves the watermark to `watermark`, in one transaction.
    /// Returns the alerts raised.
    func record(_ matches: [AlertMatch], watermark: Int64, at millis: Int64) async throws(StoreError) -> [AlertRecord]
    /// Alerts waiting for `sink` whose next attempt is due at `millis`, oldest first.
    func pending(sink: String, dueAt millis: Int64, limit: Int) async throws(StoreError) -> [AlertRecord]
    /// `sink` confirmed the alert; it is never offered to that sink again.
    func markDelivered(_ alert: Int64, sink: String, at millis: Int64) async throws(StoreError)
    /// `sink` refused or failed: the alert stays pending, the attempt and `error` are recorded,
    /// and it is not offered again before `retryAt` (nil: at once).
    func markFailed(_ alert: Int64, sink: String, error: String, at millis: Int64, retryAt: Int64?) async throws(StoreError)
    /// Alerts raised at or after `sinceMillis`, oldest first, with their delivery to each sink.
    func alerts(sinceMillis: Int64, alert: String?, limit: Int) async throws(StoreError) -> [AlertRecord]
}

extension AlertOutbox {
    /// Alerts waiting for `sink` that are due now, oldest first.
    public func pending(sink: String, limit: Int) async throws(StoreError) -> [AlertRecord] {
        try await pending(sink: sink, dueAt: Int64(Date().timeIntervalSince1970 * 1000), limit: limit)
    }

    /// `sink` failed: the alert stays pending and is offered again at once.
    public func markFailed(_ alert: Int64, sink: String, error: String, at millis: Int64) async throws(StoreError) {
        try await markFailed(alert, sink: sink, error: error, at: millis, retryAt: nil)
    }
}
