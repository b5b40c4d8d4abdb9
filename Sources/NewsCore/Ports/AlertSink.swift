/// Where alerts go: journald, a webhook, a command. One delivery service runs per sink, so a
/// slow or dead sink delays only its own alerts.
public protocol AlertSink: Sendable {
    /// The sink's id, as subscriptions name it (`sinks: [journal, ops-webhook]`).
    var id: String { get }
    /// Delivers one alert; returns only once the sink took it.
    func deliver(_ alert: AlertRecord) async throws(SinkError)
}

/// Why a sink did not take an alert.
public struct SinkError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// Retry later with backoff (connection refused, timeout, HTTP 5xx or 429, journald down).
        case transient
        /// The sink refuses this alert for good (HTTP 4xx other than 408/429); still retried,
        /// slowly, since a configuration fix may cure it; never dropped silently.
        case permanent
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
