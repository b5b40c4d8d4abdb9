/// A retry delay that doubles after each failure up to a ceiling and starts over after a success.
public struct Backoff: Sendable, Equatable {
    public let initial: Double
    public let maximum: Double
    /// The delay the next failure waits.
    public private(set) var current: Double

    public init(initial: Double = 0.5, maximum: Double = 30) {
        self.initial = initial
        self.maximum = maximum
        current = initial
    }

    /// The delay to wait now; the next one is twice as long (at most ``maximum``).
    public mutating func next() -> Double {
        defer { current = min(current * 2, maximum) }
        return current
    }

    public mutating func reset() { current = initial }
}
