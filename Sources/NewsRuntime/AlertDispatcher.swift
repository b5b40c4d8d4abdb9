import Foundation
import Logging
import NewsCore
import NewsStoreSQLite

/// Matches every committed article against the subscriptions, records the alerts in the store
/// (once per subscription and story within the window; later articles are counted on the first
/// alert), and delivers them to journald. The store is the outbox: an alert is marked delivered
/// only once journald took it, so one refused (journald stopped) is retried, never lost. Matching
/// follows a watermark kept with the alerts, so a crash between the article's commit and its
/// matching is caught up at the next start.
public final class AlertDispatcher {
    public var index: SubscriptionIndex
    public var defaultWindow: Double
    let store: SQLiteArticleStore
    let sink: any SyncAlertSink
    let logger: Logger
    private var retryAt: Double?
    private var backoff = 0.5
    private var refusal: Int32?
    public private(set) var delivered = 0

    /// - Parameter sink: where alerts go; by default journald, each entry naming `store`.
    public init(store: SQLiteArticleStore, index: SubscriptionIndex, defaultWindow: Double, sink: (any SyncAlertSink)? = nil, logger: Logger) {
        self.store = store
        self.index = index
        self.defaultWindow = defaultWindow
        self.sink = sink ?? JournalAlertSink(store: JournalAlertSink.storeIdentity(store.path))
        self.logger = logger
    }

    /// The last article matched; ahead of the stored watermark while batches raise nothing.
    private var matched: Int64?
    private var persisted = monotonicNow()

    /// Matches the articles committed since the watermark. Returns how many alerts were raised.
    ///
    /// A batch that raises nothing moves the watermark in memory only (written with the next
    /// alerts, or every few seconds): after a crash such articles are matched again, which
    /// raises nothing again, and every quiet batch is spared a second fsync.
    @discardableResult
    public func match(now: Int64 = Int64(Date().timeIntervalSince1970 * 1000)) throws -> Int {
        var watermark = try matched ?? store.alertWatermark()
        if index.count == 0 {
            // Nothing to match: move past what was committed without reading it back.
            let last = try store.lastArticleSeq()
            return last > watermark ? try advance(to: last, recording: [], now: now) : 0
        }
        var raised = 0
        while true {
            let batch = try store.articles(afterSeq: watermark, limit: 512)
            guard let last = batch.last else { return raised }
            let matches = batch.flatMap { Self.matches(index, stored: $0, defaultWindow: defaultWindow) }
            raised += try advance(to: last.seq, recording: matches, now: now)
            watermark = last.seq
        }
    }

    /// Moves the watermark to `last`; writes it, with `matches`, when there are any or when the
    /// stored one has lagged long enough. Returns the alerts raised.
    private func advance(to last: Int64, recording matches: [AlertMatch], now: Int64) throws -> Int {
        matched = last
        guard !matches.isEmpty || monotonicNow() - persisted >= Self.watermarkInterval else { return 0 }
        let raised = try store.recordMatches(matches, watermark: last, at: now).count
        persisted = monotonicNow()
        return raised
    }

    /// The longest the stored watermark lags while nothing matches (seconds).
    static let watermarkInterval = 5.0

    /// The subscriptions an analysed stored article matches, as alerts to record.
    public static func matches(_ index: SubscriptionIndex, stored: StoredArticle, defaultWindow: Double) -> [AlertMatch] {
        guard let analysis = stored.analysis else { return [] }
        let doc = MatchDocument(article: stored.article, analysis: analysis)
        return index.matches(doc).map { s in
            AlertMatch(
                Alert(
                    alert: s.id, priority: s.priorityLevel, seq: stored.seq, story: stored.story ?? stored.seq,
                    title: stored.article.headline, url: stored.article.url, file: stored.file, source: stored.article.source,
                    topics: analysis.topics.map(\.id), countries: analysis.countries, score: analysis.topics.first?.score ?? 0),
                windowMillis: Int64((s.window ?? defaultWindow) * 1000))
        }
    }

    /// Whether there is something to deliver that is due now.
    func due() -> Bool { retryAt.map { monotonicNow() >= $0 } ?? true }

    /// The subscriptions named by the configuration (none when it names no file).
    public static func subscriptions(_ config: NewsdConfiguration) throws(ConfigurationError) -> SubscriptionIndex {
        guard let file = config.subscriptionsFile else { return SubscriptionIndex([]) }
        return try SubscriptionLoader.load(file: file)
    }

    /// Sends what waits in the outbox; stops at the first refusal and retries with backoff.
    public func deliver() throws {
        guard due() else { return }
        while true {
            let pending = try store.pendingAlerts(limit: 256)
            guard !pending.isEmpty else { break }
            for alert in pending {
                let result = sink.send(alert)
                if result < 0 {
                    if refusal != result {
                        logger.error("journald refused alert \(alert.alert) for article \(alert.seq): \(String(cString: strerror(-result))); it is kept and retried")
                    }
                    refusal = result
                    retryAt = monotonicNow() + backoff
                    backoff = min(backoff * 2, 30)
                    return
                }
                try store.markDelivered(alert.id, at: Int64(Date().timeIntervalSince1970 * 1000))
                delivered += 1
            }
        }
        if refusal != nil { logger.notice("journald takes alerts again; the waiting ones were delivered") }
        refusal = nil
        retryAt = nil
        backoff = 0.5
    }

    /// True while alerts wait for journald.
    public var isBlocked: Bool { retryAt != nil }
    public var nextRetry: Double? { retryAt }
}
