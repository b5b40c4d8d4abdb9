import Synchronization

/// Live counters, shared with the systemd STATUS line and `newsd stats`.
public struct IngestCounters: Sendable, Equatable {
    public var articles = 0
    public var duplicates = 0
    public var failed = 0
    public var queued = 0
    public var batches = 0
    /// Alerts delivered to journald since start.
    public var alerts = 0
    /// Set while the store refuses writes (disk full, read-only); files wait in the inbox.
    public var storeProblem: String?

    public var statusLine: String {
        var counts = "\(articles) ingested, \(duplicates) duplicates, \(failed) failed, \(queued) queued"
        if alerts > 0 { counts += ", \(alerts) alerts" }
        if let storeProblem { return "Store unavailable, files wait in the inbox: \(storeProblem); \(counts)" }
        return "Watching inbox: \(counts)"
    }
}

/// The thread-safe mailbox between the async daemon and the engine's own thread.
final class EngineControl: Sendable {
    private struct State {
        var stop = false
        var reload: NewsdConfiguration?
        var heartbeat = monotonicNow()
        var counters = IngestCounters()
    }

    private let state = Mutex(State())
    let waker: Waker
    /// Called on the engine thread whenever the counters change (tests await it).
    let observer: (@Sendable (IngestCounters) -> Void)?

    init(waker: Waker, observer: (@Sendable (IngestCounters) -> Void)? = nil) {
        self.waker = waker
        self.observer = observer
    }

    var stopRequested: Bool { state.withLock { $0.stop } }
    var heartbeat: Double { state.withLock { $0.heartbeat } }
    var counters: IngestCounters { state.withLock { $0.counters } }

    func requestStop() {
        state.withLock { $0.stop = true }
        waker.wake()
    }

    func requestReload(_ config: NewsdConfiguration) {
        state.withLock { $0.reload = config }
        waker.wake()
    }

    func takeReload() -> NewsdConfiguration? {
        state.withLock { s in
            defer { s.reload = nil }
            return s.reload
        }
    }

    func beat(_ counters: IngestCounters) {
        state.withLock {
            $0.heartbeat = monotonicNow()
            $0.counters = counters
        }
    }
}
