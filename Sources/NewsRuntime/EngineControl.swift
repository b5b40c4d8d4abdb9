import Glibc
import Synchronization

/// Live counters, shared with the systemd STATUS line and `newsd stats`.
public struct IngestCounters: Sendable, Equatable {
    public var articles = 0
    public var duplicates = 0
    public var failed = 0
    public var queued = 0
    public var batches = 0
    /// Alerts delivered to the sinks since start.
    public var alerts = 0
    /// Set while the store refuses writes (disk full, read-only); files wait in the inbox.
    public var storeProblem: String?
    /// Set while committed files cannot leave the inbox (processed/ full or read-only).
    public var spoolProblem: String?

    public var statusLine: String {
        var counts = "\(articles) ingested, \(duplicates) duplicates, \(failed) failed, \(queued) queued"
        if alerts > 0 { counts += ", \(alerts) alerts" }
        if let storeProblem { return "Store unavailable, files wait in the inbox: \(storeProblem); \(counts)" }
        if let spoolProblem { return "Stored files cannot leave the inbox, retrying: \(spoolProblem); \(counts)" }
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
    /// Moves with every turn of the loop and every file decoded or committed: the watchdog's gauge.
    let progress = PipelineProgress()
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
        progress.advance()
        state.withLock {
            $0.heartbeat = monotonicNow()
            $0.counters = counters
        }
    }
}

/// When the ingest pipeline last moved. Each turn of the engine's loop (at least once a second
/// while it waits for files), each file decoded and each commit done advances it, from any thread.
final class PipelineProgress: Sendable {
    private let last = Atomic<Int64>(monotonicNanos())

    func advance() { last.store(monotonicNanos(), ordering: .relaxed) }

    /// Seconds since the pipeline last moved.
    var stalledFor: Double { Double(monotonicNanos() - last.load(ordering: .relaxed)) / 1e9 }
}

func monotonicNanos() -> Int64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
}
