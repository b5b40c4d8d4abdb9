import Foundation
import Glibc
import Testing

/// Issue 15's multi-writer test: three `newsd run` on three inboxes, one PostgreSQL database,
/// 3,000 files with cross-server duplicates and stories split over the servers, each daemon
/// SIGKILLed several times at random moments and started again. It takes a minute or two and
/// blocks a thread of the test process throughout, so it runs alone
/// (NEWSD_TEST_POSTGRES_MULTIWRITER=1; .ci/run runs it after the suite).
@Suite(.serialized, .enabled(if: PostgresTestDatabase.available, "needs NEWSD_TEST_POSTGRES_URL (scripts/postgres-test-cluster.sh run -- ...)"))
struct PostgresMultiWriterTests {
    /// A seeded generator, so that a failing run can be replayed (the seed is in the failure).
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let perServer = 1000
    static let storyCount = 20

    /// What server `s` receives as its file `i`: every 10th the same bytes on all servers, every
    /// 50th (offset 5) one of the twenty stories, told a little differently on each server;
    /// the rest its own article.
    static func file(server s: Int, name: String, _ i: Int) -> (name: String, text: String) {
        if i % 10 == 0 {
            return ("shared-\(i).txt", DaemonHarness.article(50_000 + i))
        }
        if i % 50 == 5 {
            let story = (i / 50) % storyCount
            let variant = ["The coast guard said.", "Officials confirmed it.", "Witnesses described it."][s]
            return ("\(name)-story-\(i).txt",
                    "Vessels gather near the Senkaku Islands, incident \(story)\n\n" +
                    "TOKYO — Chinese coast guard vessels entered waters near the Senkaku Islands in incident number \(story), " +
                    "the Japanese government said on Tuesday, calling it zone \(story) and sector \(story * 7 + 3). " +
                    String(repeating: "Japan protested the entry of the vessels into zone \(story). ", count: 6) + variant)
        }
        return ("\(name)-\(i).txt", DaemonHarness.article(s * 100_000 + i))
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["NEWSD_TEST_POSTGRES_MULTIWRITER"] == "1",
                   "runs alone with NEWSD_TEST_POSTGRES_MULTIWRITER=1 (.ci/run does)"))
    func threeThousandFilesThreeServersRepeatedKills() throws {
        let seed = ProcessInfo.processInfo.environment["NEWSD_TEST_SEED"].flatMap(UInt64.init) ?? UInt64.random(in: 0...UInt64.max)
        var random = SplitMix(state: seed)
        let db = try PostgresTestDatabase()
        defer { db.drop() }
        let tag = "t\(seed % 1_000_000)"
        let names = ["alpha", "beta", "gamma"]
        let servers = try names.map { _ in try DaemonHarness() }
        var configs: [String] = []
        for (s, h) in servers.enumerated() {
            let subs = h.root + "/subscriptions.yaml"
            try "subscriptions:\n  - id: \(tag)-senkaku\n    query: '\"Senkaku Islands\"'\n".write(toFile: subs, atomically: true, encoding: .utf8)
            let path = h.root + "/newsd.yaml"
            try "store: \(db.url)\nserver_name: \(names[s])\nsubscriptions_file: \(subs)\n".write(toFile: path, atomically: true, encoding: .utf8)
            configs.append(path)
        }
        #expect(try DaemonHarness.run(DaemonHarness.binary, ["migrate", "--store", db.url]).status == 0)
        func write(_ s: Int, _ range: Range<Int>) {
            for i in range {
                let f = Self.file(server: s, name: names[s], i)
                servers[s].write(f.name, f.text)
            }
        }
        // A third before the start, the rest in two waves while the daemons are being killed.
        let waves = [0..<Self.perServer / 3, Self.perServer / 3..<2 * Self.perServer / 3, 2 * Self.perServer / 3..<Self.perServer]
        for s in 0..<3 { write(s, waves[0]) }
        for (s, h) in servers.enumerated() { try h.start(arguments: ["--config", configs[s]]) }
        var kills = [0, 0, 0]
        for round in 0..<6 {
            let s = round % 3
            let h = servers[s]
            // A random moment: after 1 to 60 more files on this server's counter.
            let after = Int.random(in: 1...60, using: &random)
            try? h.waitForStatus("\(after) files in", timeout: 30) { $0.ingested + $0.duplicates + $0.failed >= after }
            h.crash()
            kills[s] += 1
            if round < 2 { for t in 0..<3 { write(t, waves[round + 1]) } }
            try h.start(arguments: ["--config", configs[s]])
        }
        for (s, h) in servers.enumerated() {
            func drained(_ message: String) -> Bool {
                NotifySocket.counters(message).map { $0.queued == 0 } == true && h.files(in: h.inbox).isEmpty
            }
            // The last word may have come already (a daemon started on an empty inbox says nothing more).
            if let last = h.notify!.messages.last, drained(last) { continue }
            do {
                try h.notify!.wait(for: "an empty inbox", timeout: 240, drained)
            } catch {
                Issue.record("seed \(seed): \(names[s]): \(error); \(h.files(in: h.inbox).count) files left\n\(h.log.suffix(3000))")
                throw error
            }
        }
        for h in servers { #expect(h.stop() == 0, "seed \(seed)") }
        #expect(kills == [2, 2, 2])

        // Every file once: one record per file name and server, and 3,000 in all.
        let shared = (0..<Self.perServer).filter { $0 % 10 == 0 }.count
        let own = 3 * (Self.perServer - shared)
        let stats = try DaemonHarness.run(DaemonHarness.binary, ["stats", "--json", "--store", db.url])
        #expect(stats.out.contains("\"articles\":\(own + shared)"), "seed \(seed): \(stats.out)\(stats.err)")
        #expect(stats.out.contains("\"duplicates\":\(2 * shared)"), "seed \(seed): \(stats.out)")
        let repeated = try PostgresTestDatabase.psql(
            "SELECT count(*) FROM (SELECT server, file FROM journal GROUP BY server, file HAVING count(*) > 1) d", database: db.name)
        #expect(repeated.trimmingCharacters(in: .whitespacesAndNewlines) == "0", "seed \(seed)")
        let records = try PostgresTestDatabase.psql("SELECT count(*) FROM journal", database: db.name)
        #expect(records.trimmingCharacters(in: .whitespacesAndNewlines) == "\(3 * Self.perServer)", "seed \(seed)")
        // Each story alerts once for the subscription, whichever servers saw its articles.
        let twice = try PostgresTestDatabase.psql(
            "SELECT count(*) FROM (SELECT story FROM alerts WHERE alert = '\(tag)-senkaku' AND folded_into IS NULL GROUP BY story HAVING count(*) > 1) d",
            database: db.name)
        #expect(twice.trimmingCharacters(in: .whitespacesAndNewlines) == "0", "seed \(seed): a story alerted twice")
        let alerted = try PostgresTestDatabase.psql("SELECT count(*) FROM alerts WHERE alert = '\(tag)-senkaku' AND folded_into IS NULL", database: db.name)
        let alerts = Int(alerted.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        #expect((1...Self.storyCount).contains(alerts), "seed \(seed): \(alerts) alerts for \(Self.storyCount) stories")
        // The articles of each story sit in one story, across the three servers.
        let split = try PostgresTestDatabase.psql(
            """
            SELECT count(DISTINCT a.story) FROM analysis a JOIN articles t ON t.seq = a.seq
            WHERE t.title LIKE 'Vessels gather near the Senkaku Islands, incident %'
            """, database: db.name)
        let stories = Int(split.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        #expect(stories <= Self.storyCount, "seed \(seed): \(stories) stories for \(Self.storyCount)")
        let verify = try DaemonHarness.run(DaemonHarness.binary, ["verify", "--store", db.url])
        #expect(verify.status == 0 && verify.out.contains("\(3 * Self.perServer) records verified"), "seed \(seed): \(verify.out)\(verify.err)")
    }
}
