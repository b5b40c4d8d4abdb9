/// Says when a notice that repeats while a condition lasts (a server down, a disk full) should
/// reach the log: the first time, then at most once an ``interval``, each time with how many
/// were held back since the last one. ``reset()`` when the condition ends.
public struct NoticeLimiter: Sendable {
    public let interval: Duration
    private var lastLogged: ContinuousClock.Instant?
    private var held = 0

    public init(interval: Duration) {
        self.interval = interval
    }

    /// Whether this occurrence is logged, and how many were held back before it (nil: hold it back).
    public mutating func occurred(at now: ContinuousClock.Instant = .now) -> Int? {
        if let lastLogged, now - lastLogged < interval {
            held += 1
            return nil
        }
        lastLogged = now
        defer { held = 0 }
        return held
    }

    /// The condition ended: the next occurrence is logged at once.
    public mutating func reset() {
        lastLogged = nil
        held = 0
    }
}
