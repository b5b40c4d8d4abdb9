import NewsCore
import Synchronization

/// An ``AlertSink`` that keeps what it is given, and can be told to fail the next deliveries.
public final class RecordingSink: AlertSink {
    public let id: String
    private struct State {
        var delivered: [AlertRecord] = []
        var failNext = 0
        var failure = SinkError(.transient, "told to fail")
        var attempts = 0
    }

    private let state = Mutex(State())

    public init(id: String = "recording") { self.id = id }

    /// The alerts taken, in the order they came.
    public var delivered: [AlertRecord] { state.withLock { $0.delivered } }
    /// Every call of ``deliver(_:)``, failed ones included.
    public var attempts: Int { state.withLock { $0.attempts } }

    /// The next `count` deliveries fail with `error`.
    public func failNext(_ count: Int, with error: SinkError = SinkError(.transient, "told to fail")) {
        state.withLock {
            $0.failNext = count
            $0.failure = error
        }
    }

    public func deliver(_ alert: AlertRecord) async throws(SinkError) {
        let failure: SinkError? = state.withLock { s in
            s.attempts += 1
            guard s.failNext > 0 else {
                s.delivered.append(alert)
                return nil
            }
            s.failNext -= 1
            return s.failure
        }
        if let failure { throw failure }
    }
}
