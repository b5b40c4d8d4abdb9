import Foundation
import Glibc
import Testing

/// A database of its own on the test server (NEWSD_TEST_POSTGRES_URL), made and dropped with psql.
struct PostgresTestDatabase {
    static let serverURL = ProcessInfo.processInfo.environment["NEWSD_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static var available: Bool { serverURL != nil }

    let name: String
    /// The database's URL, as newsd takes it.
    let url: String

    init() throws {
        name = "newsd_it_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
        let server = Self.serverURL!
        guard let slash = server.range(of: "/postgres") else { throw Failure("NEWSD_TEST_POSTGRES_URL must name the database postgres") }
        url = server.replacingCharacters(in: slash, with: "/" + name)
        try Self.psql("CREATE DATABASE \(name)")
    }

    func drop() { _ = try? Self.psql("DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }

    @discardableResult
    static func psql(_ sql: String, database: String = "postgres") throws -> String {
        let server = serverURL!.replacingOccurrences(of: "/postgres", with: "/" + database)
        let r = try DaemonHarness.run("/usr/bin/psql", [server, "-XAtqc", sql])
        guard r.status == 0 else { throw Failure("psql \(sql): \(r.err)") }
        return r.out
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }
}

/// `newsd run` on PostgreSQL, one server and several (runs only with NEWSD_TEST_POSTGRES_URL).
@Suite(.enabled(if: PostgresTestDatabase.available), .timeLimit(.minutes(5))) struct PostgresDaemonTests {
    /// Writes a configuration for one server into the harness's folder.
    func config(_ h: DaemonHarness, url: String, server: String, extra: String = "") throws -> String {
        let path = h.root + "/newsd.yaml"
        try "store: \(url)\nserver_name: \(server)\n\(extra)".write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func theDaemonStoresIntoPostgresAndTheCommandsReadIt() throws {
        let db = try PostgresTestDatabase()
        defer { db.drop() }
        let h = try DaemonHarness()
        let secret = "s3cr3t-\(UUID().uuidString.prefix(8))"
        try secret.write(toFile: h.root + "/pw", atomically: true, encoding: .utf8)
        let file = try config(h, url: db.url, server: "alpha", extra: "password_file: \(h.root)/pw\nlog_level: trace\n")
        try h.start(arguments: ["--config", file])
        h.write("one.txt", "Japan and Vietnam agree to deepen defence ties\n\nHANOI, Nov 24 - Japan and Vietnam agreed on Monday to deepen defence cooperation.\n")
        h.write("two.txt", "Floods close roads in Bavaria\n\nMUNICH - Floods closed roads across Bavaria on Tuesday, the police said.\n")
        try h.waitForStatus("2 ingested") { $0.ingested == 2 }
        h.write("copy.txt", "Floods close roads in Bavaria\n\nMUNICH - Floods closed roads across Bavaria on Tuesday, the police said.\n")
        try h.waitForStatus("1 duplicate") { $0.duplicates == 1 }
        #expect(h.stop() == 0)
        let env = ["PGPASSWORD": secret]
        let list = try DaemonHarness.run(DaemonHarness.binary, ["list", "--store", db.url], environment: env)
        #expect(list.status == 0)
        #expect(list.out.contains("Japan and Vietnam") && list.out.contains("Floods close roads"), "\(list.out)\(list.err)")
        let search = try DaemonHarness.run(DaemonHarness.binary, ["search", "--store", db.url, "bavaria"], environment: env)
        #expect(search.out.contains("Floods close roads") && !search.out.contains("Japan"), "\(search.out)\(search.err)")
        let stats = try DaemonHarness.run(DaemonHarness.binary, ["stats", "--json", "--store", db.url], environment: env)
        #expect(stats.out.contains("\"articles\":2") && stats.out.contains("\"duplicates\":1"), "\(stats.out)\(stats.err)")
        let verify = try DaemonHarness.run(DaemonHarness.binary, ["verify", "--store", db.url], environment: env)
        #expect(verify.status == 0, "\(verify.err)")
        #expect(verify.out.contains("3 records verified"))
        // The password never reaches the log, whatever the level, nor the commands' output.
        #expect(!h.log.isEmpty)
        #expect(!h.log.contains(secret))
        #expect(!(list.out + list.err + verify.out + verify.err).contains(secret))
    }

    @Test func aPasswordInTheURLIsRefusedWithoutRepeatingIt() throws {
        let r = try DaemonHarness.run(DaemonHarness.binary, ["list", "--store", "postgres://newsd:hunter2@localhost/newsd"])
        #expect(r.status == 78)
        #expect(r.err.contains("password_file") && !r.err.contains("hunter2"), "\(r.err)")
    }

    @Test func aSchemaNewerThanTheBinaryStopsTheDaemonWith78() throws {
        let db = try PostgresTestDatabase()
        defer { db.drop() }
        #expect(try DaemonHarness.run(DaemonHarness.binary, ["migrate", "--store", db.url]).status == 0)
        try PostgresTestDatabase.psql("INSERT INTO newsd_schema VALUES (999, 0, 'future')", database: db.name)
        let h = try DaemonHarness()
        try h.launch(arguments: ["--store", db.url])
        #expect(h.waitForExit(timeout: 60) == 78)
        #expect(h.log.contains("newer than this newsd"), "\(h.log)")
        let list = try DaemonHarness.run(DaemonHarness.binary, ["list", "--store", db.url])
        #expect(list.status == 65 && list.err.contains("upgrade"), "\(list.err)")
    }

    /// Three servers on three inboxes, one database: cross-server duplicates, near-duplicates of
    /// one story on different servers, one server SIGKILLed mid-burst and restarted. In the end
    /// every file is stored once, each shared content once with duplicates for the other copies,
    /// and the chain verifies.
    @Test func threeServersOneStoreWithAKill() throws {
        let db = try PostgresTestDatabase()
        defer { db.drop() }
        let servers = try ["alpha", "beta", "gamma"].map { name in (name, try DaemonHarness()) }
        var configs: [String] = []
        for (name, h) in servers { configs.append(try config(h, url: db.url, server: name)) }
        // Migrate once before, so the three starts race only for the chain.
        #expect(try DaemonHarness.run(DaemonHarness.binary, ["migrate", "--store", db.url]).status == 0)
        let perServer = 120
        func write(_ s: Int, _ range: Range<Int>) {
            let (name, h) = servers[s]
            for i in range {
                if i % 6 == 0 {
                    h.write("shared-\(i).txt", DaemonHarness.article(10_000 + i))  // the same bytes on every server
                } else {
                    h.write("\(name)-\(i).txt", DaemonHarness.article(s * 1000 + i))
                }
            }
        }
        write(0, 0..<perServer)
        write(1, 0..<perServer / 2)
        write(2, 0..<perServer)
        for (i, (_, h)) in servers.enumerated() { try h.start(arguments: ["--config", configs[i]]) }
        // beta dies mid-burst and comes back.
        let beta = servers[1].1
        try beta.waitForStatus("some ingested") { $0.ingested + $0.duplicates >= 5 }
        beta.crash()
        // The rest of beta's files arrive while it is down.
        write(1, perServer / 2..<perServer)
        try beta.start(arguments: ["--config", configs[1]])
        for (name, h) in servers where !h.files(in: h.inbox).isEmpty {
            do {
                try h.notify!.wait(for: "an empty inbox", timeout: 120) { message in
                    NotifySocket.counters(message).map { $0.queued == 0 } == true && h.files(in: h.inbox).isEmpty
                }
            } catch {
                Issue.record("\(name): \(error)\n\(h.files(in: h.inbox).count) files left\n\(h.log.suffix(3000))")
                throw error
            }
        }
        for (_, h) in servers { #expect(h.stop() == 0) }
        let sharedContents = (0..<perServer).filter { $0 % 6 == 0 }.count
        let own = 3 * (perServer - sharedContents)
        let stats = try DaemonHarness.run(DaemonHarness.binary, ["stats", "--json", "--store", db.url])
        #expect(stats.out.contains("\"articles\":\(own + sharedContents)"), "\(stats.out)\(stats.err)")
        #expect(stats.out.contains("\"duplicates\":\(2 * sharedContents)"), "\(stats.out)")
        // Every file once: one record per file name and server.
        let perFile = try PostgresTestDatabase.psql(
            "SELECT count(*) FROM (SELECT server, file FROM journal GROUP BY server, file HAVING count(*) > 1) d", database: db.name)
        #expect(perFile.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
        let verify = try DaemonHarness.run(DaemonHarness.binary, ["verify", "--store", db.url])
        #expect(verify.status == 0, "\(verify.err)")
        #expect(verify.out.contains("\(own + 3 * sharedContents) records verified"), "\(verify.out)")
    }

    /// PostgreSQL killed mid-burst (`pg_ctl stop -m immediate`) and started again: the daemon
    /// says so in STATUS= and the log, keeps the files in the inbox, and resumes by itself with
    /// nothing lost. A cluster of its own, so the other tests' server stays up; pg_ctl runs by
    /// posix_spawn and waitpid (``Spawn``), not Foundation's Process. It blocks a thread of the
    /// test process for its whole length, so it runs alone (NEWSD_TEST_POSTGRES_CRASH=1; .ci/run
    /// runs it after the suite): beside the suite's other blocking tests it starved the
    /// cooperative pool.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["NEWSD_TEST_POSTGRES_CRASH"] == "1",
                   "runs alone with NEWSD_TEST_POSTGRES_CRASH=1 (.ci/run does)"))
    func theDaemonWaitsOutAPostgresCrash() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
        let script = root + "/scripts/postgres-test-cluster.sh"
        let h = try DaemonHarness()
        // Not in the harness's folder (mode 0700): the server's user must reach it.
        let cluster = "/tmp/newsd-pg-\(UUID().uuidString.prefix(8))"
        let started = try Spawn.run("/bin/bash", [script, "start", cluster])
        try #require(started.status == 0, "\(started.output)")
        defer {
            _ = try? Spawn.run("/bin/bash", [script, "stop", cluster])
            try? FileManager.default.removeItem(atPath: cluster)
        }
        let data = cluster + "/data"
        let url = "postgres://newsd@/postgres?host=\(cluster)"
        for i in 0..<300 { h.write("a-\(i).txt", DaemonHarness.article(i)) }
        let notify = try h.start(arguments: ["--store", url])
        try h.waitForStatus("some ingested") { $0.ingested >= 1 }
        let crash = try Spawn.postgres("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"])
        try #require(crash.status == 0, "\(crash.output)")
        for i in 300..<350 { h.write("a-\(i).txt", DaemonHarness.article(i)) }
        // The inbox may have been drained before the stop: then the new files meet the dead server.
        try notify.wait(for: "Store unavailable in STATUS=", timeout: 60) { $0.contains("Store unavailable") }
        let restart = try Spawn.postgres("pg_ctl", [
            "-D", data, "-l", cluster + "/server.log", "-w", "-t", "30",
            "-o", "-c listen_addresses='' -k \(cluster) -c fsync=off -c full_page_writes=off -c max_connections=200", "start",
        ])
        try #require(restart.status == 0, "\(restart.output)")
        try notify.wait(for: "an empty inbox", timeout: 120) { message in
            NotifySocket.counters(message).map { $0.queued == 0 } == true && h.files(in: h.inbox).isEmpty
        }
        #expect(h.stop() == 0)
        #expect(h.log.contains("cannot commit") && h.log.contains("takes writes again"), "\(h.log.suffix(2000))")
        let stats = try DaemonHarness.run(DaemonHarness.binary, ["stats", "--json", "--store", url])
        #expect(stats.out.contains("\"articles\":350") && stats.out.contains("\"duplicates\":0"), "\(stats.out)\(stats.err)")
        let verify = try DaemonHarness.run(DaemonHarness.binary, ["verify", "--store", url])
        #expect(verify.status == 0 && verify.out.contains("350 records verified"), "\(verify.out)\(verify.err)")
    }
}
