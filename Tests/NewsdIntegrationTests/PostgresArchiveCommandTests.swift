import Foundation
import NewsCore
import Testing

@testable import NewsRuntime

/// `newsd export`, `import` and `deliver` on PostgreSQL, as the built binary (the PostgreSQL
/// tests run only with NEWSD_TEST_POSTGRES_URL).
@Suite(.timeLimit(.minutes(3))) struct PostgresArchiveCommandTests {
    /// The export's lines without what differs between two imports of one file: the intake time and the record hash.
    static func timeless(_ export: String) throws -> [String] {
        try export.split(separator: "\n").map { line in
            var object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for key in ["at_ms", "ingested", "record_hash"] { object[key] = nil }
            return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        }
    }

    @Test(.enabled(if: PostgresTestDatabase.available)) func exportAndImportRoundTripBetweenSQLiteAndPostgres() throws {
        let copied = try PostgresTestDatabase(), imported = try PostgresTestDatabase()
        defer { copied.drop(); imported.drop() }
        let h = try DaemonHarness()
        try PostgresCommandTests.ingest(h, count: 5)  // 6 articles and a duplicate record
        let json = try h.cli(["export"]), csv = try h.cli(["export", "--format", "csv"])
        try #require(json.status == 0 && csv.status == 0, "\(json.err)\(csv.err)")
        #expect(json.out.split(separator: "\n").count == 6)

        // The same records on PostgreSQL (copied with their seqs and hashes) export byte for byte the same.
        #expect(try h.cli(["copy", "--from", h.state + "/newsd.db", "--to", copied.url], store: false).status == 0)
        let pgJSON = try h.cli(["export", "--store", copied.url], store: false)
        #expect(pgJSON.status == 0 && pgJSON.err.contains("exported 6 articles"), "\(pgJSON.err)")
        #expect(pgJSON.out == json.out)
        #expect(try h.cli(["export", "--format", "csv", "--store", copied.url], store: false).out == csv.out)
        #expect(try h.cli(["export", "--since", "2999-01-01", "--store", copied.url], store: false).out.isEmpty)

        // SQLite to PostgreSQL: once, however often it is run.
        let file = h.root + "/export.jsonl"
        try json.out.write(toFile: file, atomically: true, encoding: .utf8)
        let first = try h.cli(["import", file, "--store", imported.url], store: false)
        #expect(first.status == 0 && first.out.contains("imported 6 articles"), "\(first.out)\(first.err)")
        let twice = try h.cli(["import", file, "--store", imported.url], store: false)
        #expect(twice.status == 0 && twice.out.contains("imported 0 articles") && twice.out.contains("6 already stored"), "\(twice.out)")
        let verify = try h.cli(["verify", "--store", imported.url], store: false)
        #expect(verify.status == 0 && verify.out.contains("6 records verified"), "\(verify.out)\(verify.err)")

        // The same file into SQLite: the same articles and records, but for the time.
        let sqlite = h.root + "/sqlite"
        #expect(try h.cli(["import", file, "--state-dir", sqlite], store: false).status == 0)
        let fromSQLite = try h.cli(["export", "--state-dir", sqlite], store: false)
        let fromPostgres = try h.cli(["export", "--store", imported.url], store: false)
        #expect(fromPostgres.out.contains("\"origin_at_ms\":"))
        #expect(try Self.timeless(fromPostgres.out) == Self.timeless(fromSQLite.out))

        // PostgreSQL to SQLite, keeping the first store's provenance.
        let back = h.root + "/back.jsonl"
        try fromPostgres.out.write(toFile: back, atomically: true, encoding: .utf8)
        let other = h.root + "/other"
        let r = try h.cli(["import", back, "--state-dir", other], store: false)
        #expect(r.status == 0 && r.out.contains("imported 6 articles"), "\(r.out)\(r.err)")
        #expect(try h.cli(["verify", "--state-dir", other], store: false).status == 0)
        #expect(try Self.timeless(h.cli(["export", "--state-dir", other], store: false).out) == Self.timeless(fromSQLite.out))

        // An edited line and one that is not JSON: refused with their line numbers, exit 65.
        var lines = json.out.split(separator: "\n").map(String.init)
        lines[1] = lines[1].replacingOccurrences(of: "\"title\":\"Article", with: "\"title\":\"Edited article")
        lines.insert("not json", at: 3)
        try lines.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let bad = try h.cli(["import", file, "--store", imported.url], store: false)
        #expect(bad.status == 65, "\(bad.err)")
        #expect(bad.err.contains("export.jsonl:2: the article does not match its content_hash"), "\(bad.err)")
        #expect(bad.err.contains("export.jsonl:4: not a JSON object"), "\(bad.err)")
        #expect(bad.out.contains("imported 0 articles"), "\(bad.out)")
    }

    /// An import killed mid-file and run again gives what one run gives: whole batches of 256
    /// (each one transaction), then the rest, each article once.
    @Test(.enabled(if: PostgresTestDatabase.available), .timeLimit(.minutes(5))) func aKilledImportResumesToTheSameStore() throws {
        let killed = try PostgresTestDatabase(), once = try PostgresTestDatabase()
        defer { killed.drop(); once.drop() }
        let h = try DaemonHarness()
        let count = 1_200
        // Lines as a hand-made file may have them: title and body, no file, hashes or provenance.
        let lines = try (0..<count).map { i in
            let object: [String: Any] = ["title": "Report \(i) on the harbour of Hanoi",
                                         "body": "HANOI - Item \(i) about talks between Japan and Vietnam on port fees and ships."]
            return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        }
        let file = h.root + "/lines.jsonl"
        try lines.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
        // 0 until the import has created the tables.
        let stored = { (db: PostgresTestDatabase) -> Int in
            let out = try? PostgresTestDatabase.psql("SELECT count(*) FROM journal", database: db.name)
            return out.flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 0
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: DaemonHarness.binary)
        p.arguments = ["import", file, "--store", killed.url]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        // The first batch's commit is the event to wait for; the database is the only place it shows.
        var before = 0
        while p.isRunning, before == 0 {
            usleep(20_000)
            before = stored(killed)
        }
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        let atKill = stored(killed)
        #expect(atKill % 256 == 0 && atKill < count, "whole batches only: \(atKill)")
        let rerun = try h.cli(["import", file, "--store", killed.url], store: false)
        #expect(rerun.status == 0 && rerun.out.contains("imported \(count - atKill) articles"), "\(rerun.out)\(rerun.err)")
        #expect(try h.cli(["import", file, "--store", once.url], store: false).out.contains("imported \(count) articles"))
        let resumed = try h.cli(["export", "--store", killed.url], store: false)
        let single = try h.cli(["export", "--store", once.url], store: false)
        #expect(resumed.out.split(separator: "\n").count == count)
        #expect(try Self.timeless(resumed.out) == Self.timeless(single.out))
        #expect(try h.cli(["verify", "--store", killed.url], store: false).status == 0)
    }

    @Test func exportAndImportExitWithTheReason() throws {
        let h = try DaemonHarness()
        let down = "postgres://newsd@127.0.0.1:1/newsd?sslmode=disable"  // nothing listens on port 1
        let file = h.root + "/export.jsonl"
        try "".write(toFile: file, atomically: true, encoding: .utf8)
        let export = try h.cli(["export", "--store", down], store: false)
        #expect(export.status == 75 && export.err.contains("127.0.0.1"), "\(export.status) \(export.err)")
        let imported = try h.cli(["import", file, "--store", down], store: false)
        #expect(imported.status == 75, "\(imported.status) \(imported.err)")
        #expect(try h.cli(["import", h.root + "/none.jsonl", "--store", down], store: false).status == 66)
        #expect(try h.cli(["export", "--store", "postgres://newsd:secret@127.0.0.1/newsd"], store: false).status == 78)
    }

    /// Two servers' `newsd deliver` on one database, each sending to a receiver of its own (so
    /// the test sees who sent what): together they send each alert once, and both take part
    /// (300 alerts: the first claims a page of 256, which takes its slow receiver 13 s).
    @Test(.enabled(if: PostgresTestDatabase.available), .timeLimit(.minutes(3)))
    func twoDeliverProcessesOnOneDatabaseSendEachAlertOnce() async throws {
        let db = try PostgresTestDatabase()
        defer { db.drop() }
        let count = 300
        let (_, dir) = try SinkDeliveryTests.outbox(alerts: count, sinks: ["hook"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let h = try DaemonHarness()
        let copy = try h.cli(["copy", "--from", dir + "/newsd.db", "--to", db.url], store: false)
        try #require(copy.status == 0, "\(copy.err)")
        let receivers = [try await WebhookTestServer(delay: .milliseconds(50)), try await WebhookTestServer(delay: .milliseconds(50))]
        let (merged, into) = AsyncStream.makeStream(of: (server: Int, request: WebhookTestServer.Request).self)
        let forwarders = Task {
            await withTaskGroup(of: Void.self) { group in
                for (i, receiver) in receivers.enumerated() {
                    group.addTask { for await request in receiver.requests { into.yield((i, request)) } }
                }
            }
            into.finish()
        }
        var processes: [Process] = []
        var sockets: [NotifySocket] = []
        for (i, name) in ["eu-1", "us-1"].enumerated() {
            let config = h.root + "/\(name).yaml"
            try "store: \(db.url)\nserver_name: \(name)\nsinks:\n  - {id: hook, type: webhook, url: '\(receivers[i].url)', timeout: 5s}\n"
                .write(toFile: config, atomically: true, encoding: .utf8)
            let (p, socket) = try DeliverCommandTests.startDeliver(try DaemonHarness(), config: config, index: i)
            processes.append(p)
            sockets.append(socket)
        }
        var received: [(server: Int, request: WebhookTestServer.Request)] = []
        for await r in merged {
            received.append(r)
            if received.count == count { break }
        }
        #expect(processes.map(DeliverCommandTests.stop) == [0, 0])
        withExtendedLifetime(sockets) {}
        for receiver in receivers { receiver.finish() }
        await forwarders.value
        for await r in merged { received.append(r) }
        for receiver in receivers { try await receiver.stop() }
        let ids = try received.map { try JSONDecoder().decode(AlertDocument.self, from: Data($0.request.body)).id }
        #expect(received.count == count, "each alert once")
        #expect(Set(ids).count == count)
        let perServer = [0, 1].map { i in received.filter { $0.server == i }.count }
        #expect(perServer.allSatisfy { $0 > 0 }, "both servers delivered: \(perServer)")
        let delivered = try PostgresTestDatabase.psql(
            "SELECT count(*) FROM alert_deliveries WHERE sink = 'hook' AND delivered_ms IS NOT NULL", database: db.name)
        #expect(delivered.trimmingCharacters(in: .whitespacesAndNewlines) == "\(count)")
    }
}
