import Foundation
import NewsCore
import Testing

@testable import NewsRuntime

/// `newsd run` and `newsd deliver` as processes, a journal socket and a webhook receiver of the
/// test's own: nothing reaches the host's journal.
@Suite(.serialized) struct DeliverCommandTests {
    /// Starts `newsd deliver` and waits for its READY=1.
    static func startDeliver(_ h: DaemonHarness, config: String, index: Int) throws -> (Process, NotifySocket) {
        let notify = try NotifySocket(path: h.root + "/deliver-\(index).sock")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: DaemonHarness.binary)
        p.arguments = ["deliver", "--config", config, "--state-dir", h.state, "--poll", "0.05"]
        var env = ProcessInfo.processInfo.environment
        env["NOTIFY_SOCKET"] = notify.path
        env["JOURNAL_STREAM"] = nil
        p.environment = env
        let log = h.root + "/deliver-\(index).log"
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        p.standardError = FileHandle(forWritingAtPath: log)
        p.standardOutput = FileHandle(forWritingAtPath: log)
        try p.run()
        try notify.wait(for: "newsd deliver READY=1", timeout: 30) { $0.contains("READY=1") }
        return (p, notify)
    }

    static func stop(_ p: Process) -> Int32 {
        kill(p.processIdentifier, SIGTERM)
        p.waitUntilExit()
        return p.terminationStatus
    }

    struct Listed: Decodable {
        struct Delivery: Decodable {
            var sink: String
            var state: String
            var attempts: Int
            var last_error: String?
        }
        var alert: String
        var seq: Int64
        var sinks: [Delivery]?
    }

    static func listed(_ h: DaemonHarness, config: String) throws -> [Listed] {
        let r = try h.cli(["alerts", "--json", "--config", config])
        #expect(r.status == 0, "\(r.err)")
        return try r.out.split(separator: "\n").map { try JSONDecoder().decode(Listed.self, from: Data($0.utf8)) }
    }

    @Test(.timeLimit(.minutes(3))) func aWebhookDownAcrossARestartGetsEveryAlertExactlyOnceAndTheJournalNeverWaits() async throws {
        let h = try DaemonHarness()
        let journal = try NotifySocket(path: h.root + "/journal.sock")
        let port = try await WebhookTestServer.freePort()
        try "s3cret\n".write(toFile: h.root + "/secret", atomically: true, encoding: .utf8)
        try """
            subscriptions:
              - id: jp-vn
                query: 'country:JP AND country:VN'
                priority: warning
                sinks: [journal, hook]
            """.write(toFile: h.root + "/subs.yaml", atomically: true, encoding: .utf8)
        let config = h.root + "/newsd.yaml"
        try """
            subscriptions_file: \(h.root)/subs.yaml
            sinks:
              - id: journal
                type: journal
                socket: \(journal.path)
              - id: hook
                type: webhook
                url: http://127.0.0.1:\(port)/hook
                secret_file: \(h.root)/secret
                timeout: 2s
            """.write(toFile: config, atomically: true, encoding: .utf8)

        try h.start(arguments: ["--config", config])
        var (deliver, _) = try Self.startDeliver(h, config: config, index: 1)
        try h.drop("a.txt", "Japan and Vietnam agree on patrols\n\n" + AlertServiceTests.story)
        try h.drop("b.txt", "Vietnam and Japan sign a rice trade accord\n\n"
            + "Trade ministers of Vietnam and Japan signed an accord on rice exports in Tokyo, cutting tariffs on grain and fertiliser.")
        // The journal takes both alerts while the webhook is down.
        var journaled: [String] = []
        while journaled.count < 2 {
            let entry = try journal.wait(for: "alerts in the journal", timeout: 60) { $0.contains("NEWSD_ALERT=jp-vn\n") }
            journaled.append(entry)
        }
        let waiting = try Self.listed(h, config: config)
        #expect(waiting.count == 2)
        #expect(waiting.allSatisfy { a in a.sinks?.first { $0.sink == "hook" }?.state == "pending" })
        #expect(h.stop() == 0)
        #expect(Self.stop(deliver) == 0)

        // The receiver comes back while newsd is stopped; both start again.
        let server = try await WebhookTestServer(port: port)
        try h.start(arguments: ["--config", config])
        (deliver, _) = try Self.startDeliver(h, config: config, index: 2)
        var received: [WebhookTestServer.Request] = []
        for await request in server.requests {
            received.append(request)
            if received.count == 2 { break }
        }
        #expect(Self.stop(deliver) == 0)
        #expect(h.stop() == 0)
        server.finish()
        for await request in server.requests { received.append(request) }
        try await server.stop()

        #expect(received.count == 2, "each alert once, none again after the restart")
        #expect(received.allSatisfy { SinkDeliveryTests.signatureIsValid($0, secret: "s3cret") })
        let docs = try received.map { try JSONDecoder().decode(AlertDocument.self, from: Data($0.body)) }
        #expect(Set(docs.map(\.id)).count == 2 && docs.allSatisfy { $0.subscription == "jp-vn" })
        let done = try Self.listed(h, config: config)
        #expect(done.allSatisfy { a in a.sinks?.allSatisfy { $0.state == "delivered" } == true })
        #expect(done.allSatisfy { a in a.sinks?.first { $0.sink == "journal" }?.attempts == 1 }, "the journal was not sent them again")
        #expect(try h.cli(["verify"]).status == 0)
    }

    @Test(.timeLimit(.minutes(2))) func aStopDoesNotWaitForABacklogToASlowWebhookAndLosesNothing() async throws {
        let h = try DaemonHarness()
        let (store, dir) = try SinkDeliveryTests.outbox(alerts: 20, sinks: ["hook"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let server = try await WebhookTestServer(delay: .seconds(1))
        let config = h.root + "/newsd.yaml"
        try "sinks:\n  - {id: hook, type: webhook, url: '\(server.url)', timeout: 30s}\n".write(toFile: config, atomically: true, encoding: .utf8)
        let notify = try NotifySocket(path: h.root + "/deliver.sock")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: DaemonHarness.binary)
        p.arguments = ["deliver", "--config", config, "--state-dir", dir]
        var env = ProcessInfo.processInfo.environment
        env["NOTIFY_SOCKET"] = notify.path
        env["JOURNAL_STREAM"] = nil
        p.environment = env
        p.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try p.run()
        for await _ in server.requests { break }  // the first alert is in flight (answered after 1 s)
        let second = try h.cli(["deliver", "--config", config, "--state-dir", dir], store: false)
        #expect(second.status == 75 && second.err.contains("delivers the alerts of this state directory"), "\(second.err)")
        let start = ContinuousClock.now
        #expect(Self.stop(p) == 0)
        // The delivery in hand is finished; the 19 others (19 s at this receiver) wait for the next start.
        #expect(ContinuousClock.now - start < .seconds(10))
        server.finish()
        var received = 1
        for await _ in server.requests { received += 1 }
        try await server.stop()
        let delivered = try store.alerts(sinceMillis: 0, alert: nil).filter { $0.deliveries.first?.isDelivered == true }.count
        #expect(delivered == received, "every request answered 200 is recorded as delivered")
        #expect(try store.pendingAlerts(sink: "hook", limit: 100).count == 20 - received, "none lost")
    }

    @Test func aBadSinkConfigurationExits78() throws {
        let h = try DaemonHarness()
        let config = h.root + "/newsd.yaml"
        try "sinks:\n  - id: hook\n    type: webhook\n    url: gopher://x\n".write(toFile: config, atomically: true, encoding: .utf8)
        let r = try h.cli(["deliver", "--config", config])
        #expect(r.status == 78)
        #expect(r.err.contains("newsd.yaml:4:10: sinks: hook: url: gopher://x is not an http:// or https:// address"), "\(r.err)")
        try "sinks:\n  - id: hook\n    type: webhook\n    url: http://127.0.0.1:9/\n    secret_file: /nonexistent\n".write(toFile: config, atomically: true, encoding: .utf8)
        let secret = try h.cli(["deliver", "--config", config])
        #expect(secret.status == 78 && secret.err.contains("cannot read secret_file /nonexistent"), "\(secret.err)")
    }

    @Test func ipAllowPrintsTheWebhooksAddressesAsADropIn() throws {
        let h = try DaemonHarness()
        let config = h.root + "/newsd.yaml"
        try """
            sinks:
              - {id: a, type: webhook, url: 'http://127.0.0.1:8080/x'}
              - {id: b, type: webhook, url: 'https://[::1]/y'}
              - {id: c, type: webhook, url: 'http://localhost:9/z'}
              - {id: d, type: exec, command: [/bin/true]}
            """.write(toFile: config, atomically: true, encoding: .utf8)
        let r = try h.cli(["deliver", "--ip-allow", "--config", config])
        #expect(r.status == 0, "\(r.err)")
        let allow = try #require(r.out.split(separator: "\n").first { $0.hasPrefix("IPAddressAllow=") })
        let addresses = Set(allow.dropFirst("IPAddressAllow=".count).split(separator: " ").map(String.init))
        #expect(addresses.isSuperset(of: ["127.0.0.1", "::1"]), "\(r.out)")
        #expect(r.out.contains("[Service]") && r.out.contains("# c: localhost -> "))
    }

    @Test func rulesCheckPlacesAnUnknownSink() throws {
        let h = try DaemonHarness()
        try "subscriptions:\n  - id: sea\n    query: 'South China Sea'\n    sinks: [journal, pager]\n".write(toFile: h.root + "/subs.yaml", atomically: true, encoding: .utf8)
        let r = try h.cli(["rules", "check", h.root + "/subs.yaml"])
        #expect(r.status == 78)
        #expect(r.err.contains("subs.yaml:4:22: sea: sinks: no sink pager is configured"), "\(r.err)")
    }
}
