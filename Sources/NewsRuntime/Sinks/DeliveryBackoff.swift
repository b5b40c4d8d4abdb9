/// How long a sink's delivery service waits after a failure: `initial` doubling up to
/// `maximum`, each wait spread by ±`jitter` so several newsd do not retry in step.
public struct DeliveryBackoff: Sendable, Equatable {
    public var initial: Duration = .milliseconds(500)
    public var maximum: Duration = .seconds(300)
    /// A fraction of the wait (0.2: from 80 % to 120 %).
    public var jitter = 0.2
    /// How long an alert a sink refused for good (HTTP 4xx) waits before it is offered again,
    /// doubling with each refusal up to 16 times as long.
    public var refused: Duration = .seconds(300)

    public init() {}

    public init(initial: Duration, maximum: Duration, jitter: Double = 0.2, refused: Duration = .seconds(300)) {
        self.initial = initial
        self.maximum = maximum
        self.jitter = jitter
        self.refused = refused
    }

    /// The wait before attempt `failures + 1` after `failures` failures in a row (at least 1).
    public func delay(afterFailures failures: Int, random: Double = Double.random(in: -1...1)) -> Duration {
        var base = initial
        for _ in 1..<max(failures, 1) where base < maximum { base = base * 2 }
        base = min(base, maximum)
        return base * (1 + jitter * max(-1, min(1, random)))
    }

    /// The wait before an alert refused `refusals` times in a row is offered again.
    public func delay(afterRefusals refusals: Int) -> Duration {
        refused * (1 << min(max(refusals, 1) - 1, 4))
    }
}

extension Duration {
    /// Whole milliseconds.
    var milliseconds: Int64 { components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000 }
}
