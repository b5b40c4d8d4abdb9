/// How `newsd web` listens and whom it serves.
public struct WebConfiguration: Sendable {
    /// The address to bind; `127.0.0.1` by default (only this machine).
    public var host = "127.0.0.1"
    /// 0 takes a free port (tests).
    public var port = 8470
    /// Bearer tokens (`tokens_file:`): when not empty, every request but the health probes needs one.
    public var tokens: [String] = []
    /// A header set by a reverse proxy that has authenticated the user (`X-Forwarded-User`): a request
    /// from the proxy (loopback) carrying it is served and logged as that user. nil: no such header is trusted.
    public var trustedProxyHeader: String?
    /// At most this many `/events` streams at once; one more is answered 503 with Retry-After.
    public var maximumStreams = 64
    /// How often an `/events` stream looks for new articles and alerts.
    public var pollInterval: Duration = .seconds(1)
    /// Articles or alerts read per stream and tick; more wait for the next tick.
    public var streamBatch = 100
    /// The largest request body (POST /api/rules/test), bytes.
    public var maximumBody = 256 * 1024
    /// The most items any list gives (`limit` above it is refused with 400).
    public var maximumLimit = 200

    public init() {}

    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }
}
