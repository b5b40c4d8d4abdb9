import Metrics

/// newsd's metrics, through swift-metrics. They cost next to nothing (no-op handlers) unless a
/// backend is bootstrapped: `metrics_file:` bootstraps swift-prometheus and writes them for
/// node_exporter's textfile collector (``MetricsFileWriter``). Label values are bounded sets:
/// outcomes, failure codes, subscription and sink ids from the configuration.
struct IngestMetrics: Sendable {
    private let stored = Counter(label: "newsd_files_total", dimensions: [("outcome", "stored")])
    private let duplicate = Counter(label: "newsd_files_total", dimensions: [("outcome", "duplicate")])
    private let failed = Counter(label: "newsd_files_total", dimensions: [("outcome", "failed")])
    private let articles = Counter(label: "newsd_articles_total")
    /// From the start of a group's commit to its durable end (fsync included).
    let commit = Timer(label: "newsd_commit_seconds")
    /// Decoding and analysing one file.
    static var analysisTimer: Timer { Timer(label: "newsd_analysis_seconds") }
    private let batch = Recorder(label: "newsd_batch_files", aggregate: true)
    private let queue = Gauge(label: "newsd_queue_depth")

    func stored(articles count: Int) {
        stored.increment()
        articles.increment(by: count)
    }

    func duplicated() { duplicate.increment() }

    func failed(code: String) {
        failed.increment()
        Counter(label: "newsd_files_failed_total", dimensions: [("reason", code)]).increment()
    }

    func committed(files: Int) { batch.record(files) }

    func queued(_ depth: Int) { queue.record(depth) }
}

/// Alerts raised per subscription, and deliveries per sink.
enum AlertMetrics {
    static func raised(subscription: String) {
        Counter(label: "newsd_alerts_total", dimensions: [("subscription", subscription)]).increment()
    }

    static func delivery(sink: String, delivered: Bool) {
        Counter(label: "newsd_alert_deliveries_total", dimensions: [("sink", sink), ("result", delivered ? "delivered" : "failed")])
            .increment()
    }
}
