import Foundation
import Testing

/// The commands on PostgreSQL beyond `run`: `copy`, `replay`, `reindex`, and `read_store:`
/// (runs only with NEWSD_TEST_POSTGRES_URL, but for the SQLite half of the read_store test).
@Suite(.timeLimit(.minutes(3))) struct PostgresCommandTests {
    static let story = "Japan and Vietnam agree to deepen defence ties\n\nHANOI, Nov 24 - Japan and Vietnam agreed on Monday to deepen defence cooperation, including joint coast guard drills in the South China Sea.\n"

    /// An SQLite store in the harness's state directory, by `newsd ingest` of `count` articles and the story twice.
    static func ingest(_ h: DaemonHarness, count: Int) throws {
        let folder = h.root + "/files"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for i in 0..<count { try DaemonHarness.article(i).write(toFile: "\(folder)/a-\(i).txt", atomically: true, encoding: .utf8) }
        try story.write(toFile: folder + "/story.txt", atomically: true, encoding: .utf8)
        try story.write(toFile: folder + "/story-again.txt", atomically: true, encoding: .utf8)
        let r = try h.cli(["ingest", folder])
        try #require(r.status == 0, "\(r.err)")
    }

    @Test(.enabled(if: PostgresTestDatabase.available)) func copyMovesAStoreAndVerifyPasses() throws {
        let db = try PostgresTestDatabase()
        defer { db.drop() }
        let h = try DaemonHarness()
        try Self.ingest(h, count: 30)
        let from = h.state + "/newsd.db"
        let copy = try h.cli(["copy", "--from", from, "--to", db.url, "--batch", "7"], store: false)
        #expect(copy.status == 0, "\(copy.err)")
        #expect(copy.out.contains("32 records copied"), "\(copy.out)")
        let verify = try h.cli(["verify", "--store", db.url], store: false)
        #expect(verify.status == 0 && verify.out.contains("32 records verified"), "\(verify.out)\(verify.err)")
        let stats = try h.cli(["stats", "--json", "--store", db.url], store: false)
        #expect(stats.out.contains("\"articles\":31") && stats.out.contains("\"duplicates\":1"), "\(stats.out)\(stats.err)")
        // Again: nothing copied twice.
        let again = try h.cli(["copy", "--from", from, "--to", db.url], store: false)
        #expect(again.status == 0 && again.out.contains("0 records copied"), "\(again.out)\(again.err)")
        // Another store's history: refused, with what to do, exit 65.
        let other = try DaemonHarness()
        try "Another store\n\nIts own first article, nothing like the others.\n".write(toFile: other.root + "/x.txt", atomically: true, encoding: .utf8)
        #expect(try other.cli(["ingest", other.root + "/x.txt"]).status == 0)
        let refused = try other.cli(["copy", "--from", other.state + "/newsd.db", "--to", db.url], store: false)
        #expect(refused.status == 65, "\(refused.err)")
        #expect(refused.err.contains("different history") && refused.err.contains("empty database"), "\(refused.err)")
        // No source: 66.
        #expect(try h.cli(["copy", "--from", h.root + "/none.db", "--to", db.url], store: false).status == 66)
    }

    @Test(.enabled(if: PostgresTestDatabase.available)) func replayAndReindexWorkOnPostgres() throws {
        let db = try PostgresTestDatabase()
        defer { db.drop() }
        let h = try DaemonHarness()
        try Self.ingest(h, count: 5)
        #expect(try h.cli(["copy", "--from", h.state + "/newsd.db", "--to", db.url], store: false).status == 0)
        let subscriptions = h.root + "/subscriptions.yaml"
        try "subscriptions:\n  - id: jp-vn\n    query: country:JP AND country:VN\n".write(toFile: subscriptions, atomically: true, encoding: .utf8)
        let config = h.root + "/newsd.yaml"
        try "store: \(db.url)\nsubscriptions_file: \(subscriptions)\n".write(toFile: config, atomically: true, encoding: .utf8)
        let dry = try h.cli(["replay", "--config", config, "--since", "2000-01-01", "--dry-run"], store: false)
        #expect(dry.status == 0 && dry.out.contains("jp-vn"), "\(dry.out)\(dry.err)")
        let replay = try h.cli(["replay", "--config", config, "--since", "2000-01-01"], store: false)
        #expect(replay.status == 0, "\(replay.err)")
        #expect(replay.out.contains("new alerts") && !replay.out.contains(" 0 new alerts"), "\(replay.out)")
        let alerts = try h.cli(["alerts", "--config", config, "--from-store"], store: false)
        #expect(alerts.out.contains("jp-vn") && alerts.out.contains("Japan and Vietnam"), "\(alerts.out)\(alerts.err)")
        let reindex = try h.cli(["reindex", "--config", config], store: false)
        #expect(reindex.status == 0 && reindex.out.contains("6 articles reindexed"), "\(reindex.out)\(reindex.err)")
        #expect(try h.cli(["verify", "--store", db.url], store: false).status == 0)
    }

    /// `read_store:` is where list, show, search, stats and alerts read; `newsd run` writes into `store:`.
    @Test func readCommandsUseReadStoreAndRunDoesNot() throws {
        let replica = try DaemonHarness()
        try "Only on the replica\n\nThis article was stored in the read store alone.\n".write(
            toFile: replica.root + "/r.txt", atomically: true, encoding: .utf8)
        #expect(try replica.cli(["ingest", replica.root + "/r.txt"]).status == 0)
        let h = try DaemonHarness()
        let config = h.root + "/newsd.yaml"
        try "read_store: \(replica.state)/newsd.db\n".write(toFile: config, atomically: true, encoding: .utf8)
        try h.start(arguments: ["--config", config])
        h.write("p.txt", "Only on the primary\n\nThis article went through newsd run into store:.\n")
        try h.waitForStatus("1 ingested") { $0.ingested == 1 }
        #expect(h.stop() == 0)
        for command in [["list"], ["search", "only"], ["show", "1"]] {
            let r = try h.cli(command + ["--config", config])
            #expect(r.status == 0 && r.out.contains("Only on the replica") && !r.out.contains("primary"), "\(command): \(r.out)\(r.err)")
        }
        // `newsd run` wrote into store: (here newsd.db in the state directory), which --store reads.
        let primary = try h.cli(["list", "--config", config, "--store", h.state + "/newsd.db"])
        #expect(primary.out.contains("Only on the primary") && !primary.out.contains("replica"), "\(primary.out)\(primary.err)")
        // verify checks the store itself, not the replica.
        let verify = try h.cli(["verify", "--config", config])
        #expect(verify.status == 0 && verify.out.contains(h.state + "/newsd.db"), "\(verify.out)\(verify.err)")
    }
}
