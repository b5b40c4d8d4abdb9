import Foundation
import Testing

/// `newsd redact` and `newsd prune` on PostgreSQL, as the built binary, with two servers' daemons
/// (runs only with NEWSD_TEST_POSTGRES_URL).
@Suite(.enabled(if: PostgresTestDatabase.available), .serialized, .timeLimit(.minutes(3)))
struct PostgresRetentionCommandTests {
    @Test func redactAndPruneOnPostgresVerifyAndLeaveOtherServersFilesToThem() throws {
        let db = try PostgresTestDatabase()
        defer { db.drop() }
        let (alpha, beta) = (try DaemonHarness(), try DaemonHarness())
        func config(_ h: DaemonHarness, _ server: String) throws -> String {
            let path = h.root + "/newsd.yaml"
            try "store: \(db.url)\nserver_name: \(server)\n".write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        let (alphaConfig, betaConfig) = (try config(alpha, "alpha"), try config(beta, "beta"))
        try alpha.start(arguments: ["--config", alphaConfig])
        // One at a time, so that a2.txt is record 2 (a group of files may commit in any order).
        for i in 1...3 {
            alpha.write("a\(i).txt", DaemonHarness.article(i))
            try alpha.waitForStatus("\(i) ingested") { $0.ingested == i }
        }
        #expect(alpha.stop() == 0)
        // beta takes in the same bytes as alpha's second article: a duplicate record of server beta.
        try beta.start(arguments: ["--config", betaConfig])
        beta.write("b2.txt", DaemonHarness.article(2))
        try beta.waitForStatus("1 duplicate") { $0.duplicates == 1 }
        #expect(beta.stop() == 0)
        func cli(_ h: DaemonHarness, _ config: String, _ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
            try DaemonHarness.run(DaemonHarness.binary, arguments + ["--config", config, "--state-dir", h.state])
        }

        let redact = try cli(alpha, alphaConfig, ["redact", "2", "--reason", "court order 42"])
        #expect(redact.status == 0, "\(redact.err)")
        #expect(redact.out.contains("record 2 redacted"), "\(redact.out)")
        #expect(redact.out.contains("removed \(alpha.processed)/"), "\(redact.out)")
        #expect(redact.out.contains("record 4 (b2.txt) was taken in by server beta"), "\(redact.out)")
        #expect(alpha.files(in: alpha.processed).count == 2)
        #expect(beta.files(in: beta.processed).count == 1)
        // On beta, the same command removes beta's copy and changes nothing in the store.
        let there = try cli(beta, betaConfig, ["redact", "2", "--reason", "again"])
        #expect(there.status == 0, "\(there.err)")
        #expect(there.out.contains("already redacted") && there.out.contains("court order 42"), "\(there.out)")
        #expect(there.out.contains("removed \(beta.processed)/"), "\(there.out)")
        #expect(beta.files(in: beta.processed).isEmpty)
        #expect(try cli(alpha, alphaConfig, ["redact", "99", "--reason", "x"]).status == 66)
        #expect(try cli(alpha, alphaConfig, ["redact", "4", "--reason", "x"]).status == 65)  // a duplicate record holds no text
        #expect(try cli(alpha, alphaConfig, ["show", "2"]).status != 0)

        var verify = try cli(alpha, alphaConfig, ["verify"])
        #expect(verify.status == 0, "\(verify.err)")
        #expect(verify.out.contains("4 records verified"), "\(verify.out)")
        #expect(verify.err.contains("record 2 (a2.txt) was redacted at ") && verify.err.contains("court order 42"), "\(verify.err)")

        let prune = try cli(alpha, alphaConfig, ["prune", "--before", "0d", "--batch", "3"])
        #expect(prune.status == 0, "\(prune.err)")
        #expect(prune.out.contains("pruned 4 records (3 articles) in 2 batches"), "\(prune.out)")
        #expect(prune.out.contains("2 processed files removed"), "\(prune.out)")
        #expect(prune.out.contains("checkpoint: record 4, chain "), "\(prune.out)")
        #expect(alpha.files(in: alpha.processed).isEmpty)
        verify = try cli(alpha, alphaConfig, ["verify"])
        #expect(verify.status == 0, "\(verify.err)")
        #expect(verify.err.contains("records up to 4 were pruned"), "\(verify.err)")
        // The daemons go on after the prune: the next record is 5, and the chain still verifies.
        try alpha.start(arguments: ["--config", alphaConfig])
        alpha.write("a9.txt", DaemonHarness.article(9))
        try alpha.waitForStatus("1 ingested") { $0.ingested == 1 }
        #expect(alpha.stop() == 0)
        verify = try cli(alpha, alphaConfig, ["verify"])
        #expect(verify.status == 0 && verify.out.contains("1 records verified"), "\(verify.out)\(verify.err)")
    }

    @Test func ingestBackfillsIntoPostgresNotIntoAnSQLiteFile() throws {
        let db = try PostgresTestDatabase()
        defer { db.drop() }
        let h = try DaemonHarness()
        let folder = h.root + "/backfill"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for i in 1...5 { try DaemonHarness.article(i).write(toFile: folder + "/b\(i).txt", atomically: true, encoding: .utf8) }
        try DaemonHarness.article(1).write(toFile: folder + "/again.txt", atomically: true, encoding: .utf8)
        let ingest = try DaemonHarness.run(DaemonHarness.binary, ["ingest", "--store", db.url, "--state-dir", h.state, folder])
        #expect(ingest.status == 0, "\(ingest.err)")
        #expect(ingest.out.contains("6 files: 5 articles stored, 1 duplicates, 0 failed"), "\(ingest.out)")
        // Into the database, and no SQLite store beside it (it once went there, whatever --store said).
        #expect(!FileManager.default.fileExists(atPath: h.state + "/newsd.db"))
        let stats = try DaemonHarness.run(DaemonHarness.binary, ["stats", "--json", "--store", db.url])
        #expect(stats.out.contains("\"articles\":5") && stats.out.contains("\"duplicates\":1"), "\(stats.out)\(stats.err)")
        #expect(try DaemonHarness.run(DaemonHarness.binary, ["verify", "--store", db.url]).status == 0)
    }
}
