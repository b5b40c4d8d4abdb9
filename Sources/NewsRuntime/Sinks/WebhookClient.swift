import AsyncHTTPClient

/// The HTTP client the webhooks of one process share. It follows no redirects, so a signed alert
/// goes only to the configured address. Its owner calls ``shutdown()`` when delivery ends.
public final class WebhookClient: Sendable {
    let http: HTTPClient

    public init() {
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        http = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }

    /// Closes its connections; no request may follow.
    public func shutdown() async throws {
        try await http.shutdown()
    }
}
