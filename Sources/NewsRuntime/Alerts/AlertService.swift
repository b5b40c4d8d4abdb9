import Foundation
import Logging
import NewsCore
import Synchronization

/// Matches committed articles against the subscriptions, records the alerts in the store's
/// outbox (once per subscription and story within the window; later articles of the story are
/// folded into the first alert, each with one delivery per sink its subscription names), and
/// wakes the delivery service of each local sink (``AlertDeliveryService``).
///
/// It runs beside the ingest engine, never on its commit path: the engine only says that it
/// committed (``committed(_:)``), so a slow or refusing sink never stalls ingestion, and each
/// sink is delivered by a service of its own, so a refusing sink never delays another. The
/// store is the outbox: an alert is marked delivered to a sink only once that sink took it, so
/// one refused (journald stopped) is retried with backoff, never lost. Matching follows a watermark
/// kept with the alerts, so articles committed just before a crash are matched at the next start.
public actor AlertService {
    /// What the service matches with; replaced on reload.
    public struct Subscriptions: Sendable {
        public var index: SubscriptionIndex
        /// Once per story within this many seconds, unless a subscription says otherwise.
        public var defaultWindow: Double

        public init(index: SubscriptionIndex, defaultWindow: Double) {
            self.index = index
            self.defaultWindow = defaultWindow
        }
    }

    public typealias Store = AlertOutbox & ArticleReader

    private let store: any Store
    /// One per local sink; alerts for the network sinks are left in the outbox for `newsd deliver`.
    public nonisolated let deliveries: [AlertDeliveryService]
    private let logger: Logger
    /// The subscriptions, shared with the decoding threads, which match in the pipeline.
    public nonisolated let matcher: PipelineMatcher
    /// What the engines committed since the last turn, in the order they said so: the records
    /// and the pipeline's matches of each commit, or nil for a commit to read back from the store.
    private let handoffs = Mutex<[CommitMatches?]>([])
    /// The most commits kept waiting; beyond it they are read back from the store.
    static let handoffLimit = 4096
    /// When a commit's matches were last taken as they came (the idle read-back waits for a pause).
    private var handedOff: ContinuousClock.Instant?
    private let wakes: AsyncStream<Void>
    private let wake: AsyncStream<Void>.Continuation

    /// The last article matched; ahead of the stored watermark while batches raise nothing.
    private var matched: Int64?
    /// The watermark as last written, and when.
    private var persistedWatermark: Int64?
    private var persisted = ContinuousClock.now
    private var behind = false
    /// Matches were recorded since the delivery services were last woken (folded ones count:
    /// they are delivered too, though not counted as raised).
    private var recorded = false

    /// The longest the stored watermark lags while nothing matches.
    static let watermarkInterval = Duration.seconds(5)

    /// - Parameters:
    ///   - sinks: the sinks this process delivers (journal and exec in `newsd run`).
    ///   - backoff: how each sink's service waits after failures.
    ///   - pollInterval: how often each delivery service looks for due alerts without being woken.
    public init(store: any Store, sinks: [any AlertSink], subscriptions: Subscriptions, backoff: DeliveryBackoff = DeliveryBackoff(),
                pollInterval: Duration = .seconds(30), logger: Logger) {
        self.store = store
        deliveries = sinks.map {
            AlertDeliveryService(sink: $0, outbox: store, backoff: backoff, pollInterval: pollInterval, logger: logger)
        }
        self.logger = logger
        matcher = PipelineMatcher(subscriptions)
        (wakes, wake) = AsyncStream.makeStream(bufferingPolicy: .bufferingNewest(1))
    }

    /// What the ingest engine calls after each commit, with what the commit appended and the
    /// pipeline's matches among it (nil: read it back from the store).
    public nonisolated func committed(_ matches: CommitMatches?) {
        handoffs.withLock { queue in
            if queue.count >= Self.handoffLimit {
                queue.removeAll()
                queue.append(nil)  // a gap: read back
            }
            queue.append(matches)
        }
        wake.yield()
    }

    /// Matches with `new` from the next article on.
    public nonisolated func update(_ new: Subscriptions) {
        matcher.update(new)
    }

    /// One sink.
    public init(store: any Store, sink: any AlertSink, subscriptions: Subscriptions, logger: Logger) {
        self.init(store: store, sinks: [sink], subscriptions: subscriptions, logger: logger)
    }

    /// Alerts the sinks took since start.
    public nonisolated var delivered: Int { deliveries.reduce(0) { $0 + $1.delivered } }

    /// The engine's side of the service.
    public nonisolated var hooks: CommitHooks {
        CommitHooks(
            committed: { [weak self] matches in self?.committed(matches) },
            delivered: { [weak self] in self?.delivered ?? 0 },
            subscriptions: { [weak self] index, window in self?.update(Subscriptions(index: index, defaultWindow: window)) },
            matcher: matcher)
    }

    /// Matches until the task is cancelled: at once (catching up after a crash), after every
    /// commit, and every half second for the watermark; the delivery services run beside it,
    /// each until cancelled.
    public func run() async {
        await withTaskGroup(of: Void.self) { group in
            for delivery in deliveries { group.addTask { await delivery.run() } }
            let ticker = Task { [wake] in
                while !Task.isCancelled {
                    try? await Task.sleep(for: .milliseconds(500))
                    wake.yield()
                }
            }
            defer { ticker.cancel() }
            await match(waking: true)
            for await _ in wakes {
                if Task.isCancelled { break }
                await match(waking: true)
            }
            group.cancelAll()
        }
    }

    /// One turn: match what was committed, then deliver what is due to every sink (the daemon's
    /// last turn at a stop, `newsd replay`). Errors are logged once and retried on the next turn.
    public func pass() async {
        await match(waking: false)
        await flushWatermark()
        for delivery in deliveries { await delivery.deliver() }
    }

    /// Writes the watermark when it is ahead of the stored one (at a stop): articles matched
    /// while no subscription could match them (or none existed) must not be matched again at the
    /// next start, when a new subscriptions file would alert on old articles.
    private func flushWatermark() async {
        guard let matched, matched != persistedWatermark else { return }
        do {
            _ = try await store.record([], watermark: matched, at: Int64(Date().timeIntervalSince1970 * 1000))
            persistedWatermark = matched
        } catch {
            logger.warning("cannot write the alert watermark (\(error)); articles after \(persistedWatermark ?? 0) are matched again at the next start")
        }
    }

    /// Matches, logging a failure once; wakes the delivery services when alerts were raised.
    private func match(waking: Bool) async {
        do {
            try await match()
            if behind { logger.notice("alerts are recorded again") }
            behind = false
            if waking && recorded {
                recorded = false
                deliveries.forEach { $0.wake() }
            }
        } catch {
            if !behind { logger.error("cannot record alerts: \(error); retrying") }
            behind = true
        }
    }

    /// Matches the articles committed since the watermark. Returns how many alerts were raised.
    ///
    /// A batch that raises nothing moves the watermark in memory only (written with the next
    /// alerts, or every few seconds): after a crash such articles are matched again, which
    /// raises nothing again, and every quiet batch is spared a second fsync.
    @discardableResult
    public func match(now: Int64 = Int64(Date().timeIntervalSince1970 * 1000)) async throws(StoreError) -> Int {
        var watermark: Int64
        if let matched { watermark = matched } else { watermark = try await store.matchWatermark() }
        let (current, generation) = matcher.current
        let queued = handoffs.withLock { queue in
            defer { queue.removeAll() }
            return queue
        }
        do {
            if current.index.count == 0 {
                // Nothing to match: move past what was committed without reading it back.
                let last = try await store.lastArticleSeq()
                return last > watermark ? try await advance(to: last, recording: [], now: now) : 0
            }
            var raised = 0
            // The commits the pipeline matched, as long as each follows what is matched: its
            // records come right after the watermark, so no article is left out between.
            var taken = 0
            for case let commit? in queued {
                guard commit.generation == nil || commit.generation == generation else { break }
                if commit.first <= watermark {
                    // Read back already (a commit is atomic: all of it was there).
                    if commit.last > watermark { raised += try await advance(to: commit.last, recording: [], now: now) }
                } else if commit.first == watermark + 1, !commit.hits.isEmpty, let recorder = store as? any MatchRecording {
                    raised += try await record(commit, current, reading: recorder, now: now)
                } else if commit.first == watermark + 1 {
                    var matches: [AlertMatch] = []
                    for hit in commit.hits {
                        guard let stored = try await store.article(seq: hit.seq) else { continue }
                        let subscriptions = hit.subscriptions.compactMap { current.index.subscriptions.indices.contains(Int($0)) ? current.index.subscriptions[Int($0)] : nil }
                        matches += Self.alerts(subscriptions, stored: stored, defaultWindow: current.defaultWindow)
                    }
                    raised += try await advance(to: commit.last, recording: matches, now: now)
                } else {
                    break
                }
                watermark = max(watermark, commit.last)
                taken += 1
            }
            if taken > 0 { handedOff = .now }
            if !queued.isEmpty && taken == queued.count { return raised }
            // An idle turn reads back only after a pause in the handoffs: what another server
            // committed, or a commit whose turn came before its handoff (taken above next time).
            if queued.isEmpty, let handedOff, ContinuousClock.now - handedOff < .seconds(1) { return raised }
            while true {
                let batch = try await store.articles(afterSeq: watermark, limit: 512)
                guard let last = batch.last else { break }
                let matches = batch.flatMap { Self.matches(current.index, stored: $0, defaultWindow: current.defaultWindow) }
                raised += try await advance(to: last.seq, recording: matches, now: now)
                watermark = last.seq
            }
            // Everything committed before this read is matched now, the commits still queued too.
            if let last = queued.compactMap({ $0?.last }).max(), last > watermark {
                raised += try await advance(to: last, recording: [], now: now)
            }
            return raised
        } catch {
            // Not matched: the handoffs go back to the front of the queue for the next turn.
            handoffs.withLock { $0.insert(contentsOf: queued, at: 0) }
            throw error
        }
    }

    /// The alerts of a commit the pipeline matched, its articles read and its alerts recorded
    /// in one turn of the store. Returns the alerts raised.
    private func record(_ commit: CommitMatches, _ current: Subscriptions, reading recorder: any MatchRecording, now: Int64) async throws(StoreError) -> Int {
        let index = current.index
        var bySeq: [Int64: [Subscription]] = [:]
        for hit in commit.hits {
            bySeq[hit.seq] = hit.subscriptions.compactMap { index.subscriptions.indices.contains(Int($0)) ? index.subscriptions[Int($0)] : nil }
        }
        let window = current.defaultWindow
        let records = try await recorder.recordReading(
            commit.hits.map(\.seq), alerts: { [bySeq] stored in Self.alerts(bySeq[stored.seq] ?? [], stored: stored, defaultWindow: window) },
            watermark: commit.last, at: now)
        return recorded(records, through: commit.last, matches: true)
    }

    /// Moves the watermark to `last`; writes it, with `matches`, when there are any or when the
    /// stored one has lagged long enough. Returns the alerts raised.
    private func advance(to last: Int64, recording matches: [AlertMatch], now: Int64) async throws(StoreError) -> Int {
        guard !matches.isEmpty || ContinuousClock.now - persisted >= Self.watermarkInterval else {
            matched = last
            return 0
        }
        // Moved only once the matches are recorded: a store that refuses them now is asked again
        // at the next turn (moved first, they waited for the next start).
        let records = try await store.record(matches, watermark: last, at: now)
        return recorded(records, through: last, matches: !matches.isEmpty)
    }

    /// Notes what a recording transaction did: the watermark it wrote, the alerts it raised.
    private func recorded(_ records: [AlertRecord], through last: Int64, matches: Bool) -> Int {
        matched = last
        for record in records { AlertMetrics.raised(subscription: record.alert) }
        let raised = records.count
        persisted = ContinuousClock.now
        persistedWatermark = last
        if matches { recorded = true }
        return raised
    }

    /// The subscriptions an analysed stored article matches, as alerts to record.
    public static func matches(_ index: SubscriptionIndex, stored: StoredArticle, defaultWindow: Double) -> [AlertMatch] {
        guard let analysis = stored.analysis else { return [] }
        return alerts(index.matches(MatchDocument(article: stored.article, analysis: analysis)), stored: stored, defaultWindow: defaultWindow)
    }

    /// The alerts to record for `subscriptions`, which the stored article matched.
    static func alerts(_ subscriptions: [Subscription], stored: StoredArticle, defaultWindow: Double) -> [AlertMatch] {
        guard let analysis = stored.analysis else { return [] }
        return subscriptions.map { s in
            AlertMatch(
                Alert(
                    alert: s.id, priority: s.priorityLevel, seq: stored.seq, story: stored.story ?? stored.seq,
                    title: stored.article.headline, url: stored.article.url, file: stored.file, source: stored.article.source,
                    topics: analysis.topics.map(\.id), countries: analysis.countries, score: analysis.topics.first?.score ?? 0),
                windowMillis: Int64((s.window ?? defaultWindow) * 1000), sinks: s.sinks)
        }
    }

    /// The subscriptions of `config` (none when it names no file), checked against its topics (a rule no article can match is
    /// an error); warnings (names the gazetteer does not know) go to `warnings`.
    public static func subscriptions(
        _ config: NewsdConfiguration, warnings: ((ConfigurationError) -> Void)? = nil
    ) throws(ConfigurationError) -> SubscriptionIndex {
        guard let file = config.subscriptionsFile else { return SubscriptionIndex([]) }
        return try SubscriptionLoader.load(file: file, sinks: config.sinkIDs, vocabulary: try vocabulary(config), warnings: warnings)
    }

    /// The subscriptions of `config`, logging their warnings: the first 20, then how many more
    /// (a file of 100,000 subscriptions must not flood the journal at every reload).
    public static func subscriptions(_ config: NewsdConfiguration, logger: Logger) throws(ConfigurationError) -> SubscriptionIndex {
        var count = 0
        let index = try subscriptions(config) { finding in
            count += 1
            if count <= 20 { logger.warning("\(finding)") }
        }
        if count > 20 { logger.warning("\(count - 20) more warnings on \(config.subscriptionsFile ?? "the subscriptions"); `newsd rules check` lists them all") }
        return index
    }

    /// What the subscriptions of `config` may name: its taxonomy's topics, the languages, the gazetteer.
    public static func vocabulary(_ config: NewsdConfiguration) throws(ConfigurationError) -> QueryVocabulary {
        do {
            return QueryVocabulary(topicIDs: try AnalyzerLoader.taxonomy(topicsFile: config.topicsFile).topics.map(\.id))
        } catch {
            throw ConfigurationError(file: error.file, line: error.line, column: error.column, message: error.message)
        }
    }

    /// Sends what waits in the outbox to every sink; each stops at its first refusal and retries
    /// with backoff. Returns how many the sinks took.
    /// - Parameter ignoringBackoff: try now even while backing off (tests, `newsd replay`).
    @discardableResult
    public func deliver(ignoringBackoff: Bool = false) async -> Int {
        var taken = 0
        for delivery in deliveries { taken += await delivery.deliver(ignoringBackoff: ignoringBackoff) }
        return taken
    }

    /// True while alerts wait for a refusing sink.
    public var isBackingOff: Bool {
        get async {
            for delivery in deliveries where await delivery.isBackingOff { return true }
            return false
        }
    }
}

/// What the ingest engine knows of alerting: whom to tell after a commit, and what to show.
public struct CommitHooks: Sendable {
    /// Called after each commit, with what it appended and the pipeline's matches (nil: read
    /// the commit back from the store).
    public var committed: @Sendable (CommitMatches?) -> Void
    /// Alerts delivered since start, for the status line.
    public var delivered: @Sendable () -> Int
    /// New subscriptions after a reload (already loaded and checked by the engine).
    public var subscriptions: @Sendable (SubscriptionIndex, Double) -> Void
    /// Matches articles on the decoding threads (nil: the service reads every commit back).
    public var matcher: PipelineMatcher?

    public init(
        committed: @escaping @Sendable (CommitMatches?) -> Void, delivered: @escaping @Sendable () -> Int,
        subscriptions: @escaping @Sendable (SubscriptionIndex, Double) -> Void, matcher: PipelineMatcher? = nil
    ) {
        self.committed = committed
        self.delivered = delivered
        self.subscriptions = subscriptions
        self.matcher = matcher
    }
}
