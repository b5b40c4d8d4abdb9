import Foundation
import Testing

/// `metrics_file:` writes Prometheus text for node_exporter's textfile collector.
@Suite(.timeLimit(.minutes(1)))
struct MetricsFileTests {
    @Test func theDaemonWritesItsCountersAndLatenciesAtomically() throws {
        let h = try DaemonHarness()
        let file = h.root + "/newsd.prom"
        try "metrics_file: newsd.prom\nmetrics_interval: 1s\n".write(toFile: h.root + "/newsd.yaml", atomically: true, encoding: .utf8)
        try h.start(arguments: ["--config", h.root + "/newsd.yaml"])
        try h.drop("a.txt", DaemonHarness.article(1))
        try h.drop("b.txt", DaemonHarness.article(1))  // the same bytes: a duplicate
        try h.drop("c.txt", "")
        try h.waitForStatus("3 files") { $0.ingested + $0.duplicates + $0.failed >= 3 }
        #expect(h.stop() == 0)
        // The last write at the stop has every figure.
        let text = try String(contentsOfFile: file, encoding: .utf8)
        func value(_ line: String) -> Double? {
            text.split(separator: "\n").first { $0.hasPrefix(line + " ") }.flatMap { Double($0.split(separator: " ").last!) }
        }
        #expect(value(#"newsd_files_total{outcome="stored"}"#) == 1, "\(text)")
        #expect(value(#"newsd_files_total{outcome="duplicate"}"#) == 1)
        #expect(value(#"newsd_files_failed_total{reason="empty"}"#) == 1)
        #expect(value("newsd_articles_total") == 1)
        #expect((value("newsd_commit_seconds_count") ?? 0) >= 1)
        #expect((value("newsd_analysis_seconds_count") ?? 0) >= 2)
        #expect((value("newsd_store_bytes") ?? 0) > 0)
        #expect(value("newsd_up") == 0, "a stopped newsd says so")
        #expect(text.contains("# TYPE newsd_commit_seconds histogram"))
        // Written by rename: no temporary file is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: h.root).filter { $0.contains(".tmp-") }.isEmpty)
    }
}
