import Foundation
import NewsCore
import NewsStoreSQLite

/// Runs the current subscriptions over stored articles and records what they match, as if the
/// articles arrived now: once per subscription and story, later articles folded into the first
/// alert. A match recorded before (by the daemon or an earlier replay) is left alone, so a
/// replay run twice changes nothing.
public struct ReplayJob {
    public struct Summary: Sendable, Equatable {
        public var matches = 0
        /// Matches recorded before, left alone.
        public var recordedBefore = 0
        /// New alerts (the first match of a subscription in a story).
        public var alerts = 0
        /// Matches folded into an alert of the same story.
        public var folded: Int { matches - recordedBefore - alerts }
    }

    let store: any JobStore
    let subscriptions: AlertService.Subscriptions

    public init(store: any JobStore, subscriptions: AlertService.Subscriptions) {
        self.store = store
        self.subscriptions = subscriptions
    }

    /// The matches of the articles ingested at or after `sinceMillis`, in article order.
    /// - Parameter progress: `(last seq read, last seq)` as it goes.
    public func matches(sinceMillis: Int64, progress: (Int64, Int64) -> Void = { _, _ in }) async throws -> [AlertMatch] {
        let total = try await store.jobStats().lastSeq
        var after: Int64 = 0
        var matches: [AlertMatch] = []
        while true {
            let batch = try await store.articles(afterSeq: after, sinceMillis: sinceMillis, limit: 1000)
            guard let last = batch.last else { break }
            for stored in batch {
                matches += AlertService.matches(subscriptions.index, stored: stored, defaultWindow: subscriptions.defaultWindow)
            }
            after = last.seq
            progress(after, total)
        }
        return matches
    }

    /// Records `matches` (the store's watermark stays where it is) and says what it did.
    public func record(_ matches: [AlertMatch], at millis: Int64 = Int64(Date().timeIntervalSince1970 * 1000)) async throws -> Summary {
        var summary = Summary(matches: matches.count)
        for m in matches where try await store.isRecorded(alert: m.alert, seq: m.seq) { summary.recordedBefore += 1 }
        summary.alerts = try await store.recordReplayed(matches, at: millis)
        return summary
    }
}
