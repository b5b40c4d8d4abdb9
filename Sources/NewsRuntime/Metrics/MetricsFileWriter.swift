import Foundation
import Metrics
import Prometheus

/// Writes every metric in Prometheus' text format to `metrics_file` for node_exporter's
/// textfile collector, so the ingest daemon opens no port: at start, every `interval`, and at
/// a stop. Each write goes to a temporary name in the same folder and is renamed over the file,
/// so a reader never sees half of one. Nothing is fsynced: a crash loses one interval of
/// figures, which the next write replaces.
public struct MetricsFileWriter: Sendable {
    public let path: String
    public let interval: Duration
    let registry: PrometheusCollectorRegistry
    let storePath: String?
    private let storeBytes = Gauge(label: "newsd_store_bytes")
    private let up = Gauge(label: "newsd_up")

    /// Bootstraps swift-metrics with a Prometheus registry (once per process) and returns the
    /// writer of its figures.
    public static func bootstrap(path: String, interval: Duration, storePath: String?) -> MetricsFileWriter {
        let registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        // Commits and analyses take milliseconds: finer buckets than the default's.
        factory.defaultDurationHistogramBuckets = [
            .microseconds(100), .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2),
            .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
            .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(5),
        ]
        MetricsSystem.bootstrap(factory)
        return MetricsFileWriter(path: path, interval: interval, registry: registry, storePath: storePath)
    }

    init(path: String, interval: Duration, registry: PrometheusCollectorRegistry, storePath: String?) {
        self.path = path
        self.interval = interval
        self.registry = registry
        self.storePath = storePath
    }

    /// Writes now; the error names the file.
    /// - Parameter running: `newsd_up` (0 in the last write at a stop; node_exporter keeps
    ///   exporting the file, and `node_textfile_mtime_seconds` tells its age).
    public func write(running: Bool = true) throws(MetricsFileError) {
        up.record(running ? 1 : 0)
        if let storePath {
            var total: Int64 = 0
            for suffix in ["", "-wal"] {
                var st = stat()
                if stat(storePath + suffix, &st) == 0 { total += Int64(st.st_size) }
            }
            storeBytes.record(total)
        }
        var buffer: [UInt8] = []
        registry.emit(into: &buffer)
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw MetricsFileError(path: temporary, errno: errno) }
        var written = 0
        while written < buffer.count {
            let n = buffer[written...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(fd)
                unlink(temporary)
                throw MetricsFileError(path: temporary, errno: code)
            }
            written += n
        }
        close(fd)
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw MetricsFileError(path: path, errno: code)
        }
    }

    /// Writes at once and every `interval` until cancelled, then once more. A failing write is
    /// reported once (and again when it changes), and retried at the next interval.
    public func run(report: @Sendable (String) -> Void) async {
        var problem: String?
        func attempt(running: Bool = true) {
            do {
                try write(running: running)
                if problem != nil { report("metrics are written to \(path) again") }
                problem = nil
            } catch {
                if problem != error.description { report("\(error)") }
                problem = error.description
            }
        }
        while !Task.isCancelled {
            attempt()
            try? await Task.sleep(for: interval)
        }
        attempt(running: false)
    }
}

/// The metrics file could not be written.
public struct MetricsFileError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var errno: Int32
    public var description: String {
        "cannot write the metrics file \(path): \(String(cString: strerror(errno))); check metrics_file and the folder's permissions (newsd keeps running without it)"
    }
}
