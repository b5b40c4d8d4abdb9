import Hummingbird
import Prometheus

/// The web server's own metrics, in a registry of its own (never the process-wide MetricsSystem,
/// so a test's servers do not mix): requests by route and status, their duration, open streams.
final class WebMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    let streams: Gauge
    let articles: Gauge
    let lastSeq: Gauge

    init() {
        streams = registry.makeGauge(descriptor: .init(namespace: "newsd", subsystem: "web", metricName: "event", unitName: "streams", helpText: "Open /events streams."))
        articles = registry.makeGauge(descriptor: .init(namespace: "newsd", subsystem: "web", metricName: "store", unitName: "articles",
                                                        helpText: "Articles in the store, read at the last scrape."))
        lastSeq = registry.makeGauge(descriptor: .init(namespace: "newsd", subsystem: "web", metricName: "store_last", unitName: "seq",
                                                       helpText: "The store's last sequence number, read at the last scrape."))
    }

    func request(route: String, status: Int, seconds: Duration) {
        registry.makeCounter(descriptor: Self.requests, labels: [("route", route), ("status", String(status))]).increment()
        registry.makeDurationHistogram(descriptor: Self.duration, labels: [("route", route)], buckets: Self.buckets).record(seconds)
    }

    static var requests: MetricNameDescriptor { MetricNameDescriptor(namespace: "newsd", subsystem: "web", metricName: "requests", unitName: "total",
                                               helpText: "Requests answered, by route and status.") }
    static var duration: MetricNameDescriptor { MetricNameDescriptor(namespace: "newsd", subsystem: "web", metricName: "request_duration", unitName: "seconds",
                                               helpText: "Time to the response head, by route.") }
    static let buckets: [Duration] = [.milliseconds(1), .milliseconds(5), .milliseconds(25), .milliseconds(100), .milliseconds(500), .seconds(2)]

    func text() -> [UInt8] {
        var buffer: [UInt8] = []
        registry.emit(into: &buffer)
        return buffer
    }
}

/// Counts each request by its route (the pattern, not the path: a bounded set of labels).
struct MetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: WebMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            metrics.request(route: context.endpointPath ?? "unmatched", status: Int(error.status.code), seconds: ContinuousClock.now - start)
            throw error
        }
        metrics.request(route: context.endpointPath ?? "unmatched", status: Int(response.status.code), seconds: ContinuousClock.now - start)
        return response
    }
}
