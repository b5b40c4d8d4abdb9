import Foundation
import Logging
import NewsCore
import ServiceLifecycle
import Synchronization

/// Delivers the outbox's alerts to one sink, oldest first, and records each outcome in the
/// store. One runs per sink, so a dead webhook delays only its own alerts: neither ingestion nor
/// the journal waits for it.
///
/// It wakes when told new alerts were recorded (``wake()``), when its retry timer fires, and
/// every ``pollInterval`` (for alerts recorded by another process, and alerts a sink refused
/// for good, which are offered again after ``DeliveryBackoff/refused``). A transient failure
/// stops the pass and backs off (0.5 s doubling to 5 min, with jitter); a permanent one defers
/// that alert and moves on. An alert is marked delivered only once the sink took it, and on
/// graceful shutdown the delivery in hand is finished first, so a confirmed alert is never
/// sent again and none is lost.
public actor AlertDeliveryService: Service {
    public nonisolated let sink: any AlertSink
    private let outbox: any AlertOutbox
    private let backoff: DeliveryBackoff
    private let pollInterval: Duration
    private let logger: Logger
    private let wakes: AsyncStream<Void>
    private let wakeContinuation: AsyncStream<Void>.Continuation
    private let deliveredCount = Atomic<Int>(0)
    /// Set on graceful shutdown: the pass ends after the delivery in hand.
    private let stopping = Atomic<Bool>(false)

    /// Failures in a row; 0 while the sink takes alerts.
    private var failures = 0
    private var retryAt: ContinuousClock.Instant?
    /// The last error logged, so a sink that stays down is logged once, not at every retry.
    private var lastLogged: String?

    /// Alerts read per query of the outbox.
    static let pageSize = 256

    public init(sink: any AlertSink, outbox: any AlertOutbox, backoff: DeliveryBackoff = DeliveryBackoff(),
                pollInterval: Duration = .seconds(30), logger: Logger) {
        self.sink = sink
        self.outbox = outbox
        self.backoff = backoff
        self.pollInterval = pollInterval
        self.logger = logger
        (wakes, wakeContinuation) = AsyncStream.makeStream(bufferingPolicy: .bufferingNewest(1))
    }

    /// New alerts were recorded: deliver them now (unless the sink is backing off).
    public nonisolated func wake() { wakeContinuation.yield() }

    /// Ends the service after the delivery in hand (graceful shutdown).
    private nonisolated func stop() {
        stopping.store(true, ordering: .relaxed)
        wakeContinuation.finish()
    }

    /// Alerts this service delivered since it started.
    public nonisolated var delivered: Int { deliveredCount.load(ordering: .relaxed) }

    /// Whether the sink failed last time and the service is waiting to retry.
    public var isBackingOff: Bool { retryAt != nil }

    public func run() async {
        await withGracefulShutdownHandler {
            var iterator = wakes.makeAsyncIterator()
            while true {
                await deliver(stoppable: true)
                let wait = retryAt.map { max($0 - ContinuousClock.now, .zero) } ?? pollInterval
                let timer = Task { [wakeContinuation] in
                    // A timer cancelled by an earlier wake must not wake the service again.
                    guard (try? await Task.sleep(for: wait)) != nil else { return }
                    wakeContinuation.yield()
                }
                let next: Void? = await iterator.next()
                timer.cancel()
                if next == nil || Task.isCancelled { return }
            }
        } onGracefulShutdown: { [weak self] in
            self?.stop()
        }
    }

    /// Delivers every alert that is due, until the outbox has none or the sink fails. Returns
    /// how many the sink took.
    /// - Parameters:
    ///   - ignoringBackoff: try now even while backing off after a failure.
    ///   - stoppable: end after the delivery in hand on graceful shutdown or cancellation (the
    ///     service's own passes; a last pass at a stop runs to the end).
    @discardableResult
    public func deliver(ignoringBackoff: Bool = false, stoppable: Bool = false) async -> Int {
        if !ignoringBackoff, let retryAt, ContinuousClock.now < retryAt { return 0 }
        var taken = 0
        do {
            var after: Int64 = 0
            while true {
                let page = try await outbox.pending(sink: sink.id, dueAt: Self.nowMillis(), limit: Self.pageSize)
                    .filter { $0.id > after }
                guard let last = page.last else { break }
                after = last.id
                for alert in page {
                    // A long backlog to a slow sink must not hold up a stop: the rest waits in the outbox.
                    if stoppable && (stopping.load(ordering: .relaxed) || Task.isCancelled) { return taken }
                    do {
                        try await sink.deliver(alert)
                    } catch {
                        AlertMetrics.delivery(sink: sink.id, delivered: false)
                        if try await failed(alert, error) { return taken }
                        continue
                    }
                    try await outbox.markDelivered(alert.id, sink: sink.id, at: Self.nowMillis())
                    deliveredCount.add(1, ordering: .relaxed)
                    AlertMetrics.delivery(sink: sink.id, delivered: true)
                    taken += 1
                }
                if page.count < Self.pageSize { break }
            }
        } catch {
            // The store failed (disk full, locked): the alerts stay pending; retry with backoff.
            log("cannot read or mark the alerts waiting for sink \(sink.id): \(error); retrying", level: .error)
            scheduleRetry()
            return taken
        }
        if failures > 0 { logger.notice("sink \(sink.id) takes alerts again; the waiting ones were delivered") }
        failures = 0
        retryAt = nil
        lastLogged = nil
        return taken
    }

    /// Records a failure. Returns true when the pass should stop (the sink is down), false to go
    /// on with the next alert (the sink refused this one).
    private func failed(_ alert: AlertRecord, _ error: SinkError) async throws(StoreError) -> Bool {
        let now = Self.nowMillis()
        switch error.kind {
        case .transient:
            log("sink \(sink.id) did not take alert \(alert.id) (\(alert.alert), article \(alert.seq)): \(error); it is kept and retried", level: .warning)
            try await outbox.markFailed(alert.id, sink: sink.id, error: error.message, at: now, retryAt: nil)
            scheduleRetry()
            return true
        case .permanent:
            // Logged every time: each refused alert is a different one, and none may go unseen.
            logger.error("sink \(sink.id) refused alert \(alert.id) (\(alert.alert), article \(alert.seq)): \(error)")
            let attempts = (alert.deliveries.first { $0.sink == sink.id }?.attempts ?? 0) + 1
            let wait = backoff.delay(afterRefusals: attempts)
            try await outbox.markFailed(alert.id, sink: sink.id, error: error.message, at: now, retryAt: now + wait.milliseconds)
            return false
        }
    }

    private func scheduleRetry() {
        failures += 1
        retryAt = ContinuousClock.now + backoff.delay(afterFailures: failures)
    }

    private func log(_ message: String, level: Logger.Level) {
        guard message != lastLogged else { return }
        lastLogged = message
        logger.log(level: level, "\(message)")
    }

    static func nowMillis() -> Int64 { Int64(Date().timeIntervalSince1970 * 1000) }
}
