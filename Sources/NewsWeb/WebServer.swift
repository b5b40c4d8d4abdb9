import Hummingbird
import HTTPTypes
import Logging
import NIOCore
import ServiceLifecycle

/// `newsd web`: the read-only HTTP server over the store's ports. It is a ``Service``: run it in a
/// ``ServiceGroup`` with graceful-shutdown signals; open event streams end within a poll tick.
public struct WebServer: Service, CustomStringConvertible {
    public let configuration: WebConfiguration
    let backend: WebBackend
    let logger: Logger
    let onRunning: @Sendable (_ port: Int) async -> Void

    /// - Parameter onRunning: called once the socket listens, with the port (the one taken, for port 0).
    public init(configuration: WebConfiguration, backend: WebBackend, logger: Logger,
                onRunning: @escaping @Sendable (_ port: Int) async -> Void = { _ in }) {
        self.configuration = configuration
        self.backend = backend
        self.logger = logger
        self.onRunning = onRunning
    }

    /// What the service group logs at debug level: not the analyzer's tables, which reflection would print whole.
    public var description: String { "WebServer(\(configuration.host):\(configuration.port))" }

    /// The routes, in the order the middleware applies: metrics, security headers, access, then the route.
    public func router() -> Router<WebRequestContext> {
        let metrics = WebMetrics()
        let router = Router(context: WebRequestContext.self)
        router.add(middleware: MetricsMiddleware(metrics: metrics))
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: AccessMiddleware(configuration: configuration))
        WebAPI(backend: backend, configuration: configuration, metrics: metrics).register(on: router)
        EventStream(backend: backend, configuration: configuration, metrics: metrics).register(on: router)
        WebPages(backend: backend, configuration: configuration).register(on: router)
        router.add(middleware: FallbackMiddleware(routes: router.routes))
        return router
    }

    public func run() async throws {
        let onRunning = self.onRunning
        let app = Application(
            router: router(),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
            logger: logger)
        try await app.run()
    }
}
