import Foundation
import NewsCore
import NewsRuntime
@testable import NewsStorePostgres
import Testing

/// Several servers writing into one PostgreSQL database (runs only with NEWSD_TEST_POSTGRES_URL).
@Suite(.timeLimit(.minutes(3))) struct SharedPostgresStoreTests {
    static let body = "HANOI, Nov 24 - Japan and Vietnam agreed on Monday to deepen defence cooperation, including joint coast guard drills in the South China Sea, the two defence ministers said after talks in Hanoi on Monday."

    @Test(arguments: StoreAdapter.postgresOnly) func twoServersShareDuplicatesAndStories(_ adapter: StoreAdapter) async throws {
        let t = try await TestStore(adapter)
        defer { Task { await t.remove() } }
        let original = Items.article("a.txt", "Japan and Vietnam agree to deepen defence ties", body: Self.body, identity: "1:1:1:1:a.txt")
        // A near-duplicate: the same wire story with one word changed.
        let near = Items.article("b.txt", "Japan and Vietnam agree to deepen defence ties",
                                 body: Self.body.replacingOccurrences(of: "Monday.", with: "Tuesday."), identity: "1:1:1:1:b.txt")
        try await t.withWriter(server: "alpha") { a in
            try await t.withWriter(server: "beta") { b in
                #expect(try await a.append([original], at: 1_000) == [.stored(seqs: [1])])
                // The same bytes on the other server: one article, one duplicate record.
                var copy = original
                copy.file = "copy.txt"
                #expect(try await b.append([copy], at: 2_000) == [.duplicate(seq: 2, of: 1)])
                // The near-duplicate on beta joins the story alpha started.
                #expect(try await b.append([near], at: 3_000) == [.stored(seqs: [3])])
                let joined = try await b.article(seq: 3)
                #expect(joined?.duplicateOf == 1)
                #expect(joined?.story == 1)
                // Crash recovery is by identity and server: the same identity on another server is new content's duplicate.
                #expect(try await a.append([original], at: 4_000) == [.alreadyRecorded(kind: .article, seq: 1, code: nil, reason: nil)])
                #expect(try await a.verify { _, _ in }.problem == nil)
            }
        }
    }

    /// An article with story keys and a fingerprint of its own (no analysis run).
    static func keyed(_ n: Int) -> IntakeItem {
        var analysis = ArticleAnalysis()
        analysis.keys = ["p:person\(n % 7)", "l:place\(n % 5)", "t:term\(n % 3)"]
        analysis.leadKeys = analysis.keys
        analysis.fingerprintValue = UInt64(n + 1) &* 0x9E37_79B9_7F4A_7C15
        return IntakeItem(
            file: "a\(n).txt", identity: nil, sha256: ContentHash.sha256Hex(Array("a\(n).txt".utf8)),
            result: .success([Article(title: "a\(n)", body: "Body of a\(n).", published: Date(timeIntervalSince1970: 1_800_000_000), format: "text")]),
            analyses: [analysis])
    }

    @Test(arguments: StoreAdapter.postgresOnly) func aWriterLearnsItsWindowInStepsAfterTheOpenAndKnowsWhatOnePassTeaches(_ adapter: StoreAdapter) async throws {
        // `newsd run` on PostgreSQL is READY before its story linker has learnt the latest
        // articles: it reads them a step at a time after the open (a stop waits for one step),
        // and a commit first reads what is left. Either way it knows what one pass teaches.
        let t = try await TestStore(adapter)
        defer { Task { await t.remove() } }
        var config = StoryLinker.Configuration()
        config.fingerprints = 60
        config.stories = 25
        try await t.withWriter(stories: config) { w in
            for start in stride(from: 0, to: 200, by: 20) {
                _ = try await w.append((start..<start + 20).map(Self.keyed), at: Int64(start + 1))
            }
        }
        let location = try PostgresLocation(url: t.location)
        func summary(step: Int, appendFirst: Bool) async throws -> (count: Int, cached: Int, stories: [Int64])? {
            let store = PostgresStore(location: location, password: nil, server: "beta", stories: config, restoreStep: step)
            return try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await store.run() }
                defer { group.cancelAll() }
                try await store.open()
                if appendFirst {
                    // The commit reads what the steps have not, before it links.
                    #expect(try await store.append([Self.keyed(200)], at: 300) == [.stored(seqs: [201])])
                } else {
                    await store.restoreSteps(all: false)
                }
                #expect(await store.restoring == nil)
                #expect(await store.linkerSeq == (appendFirst ? 201 : 200))
                return await store.linkerSummary(1...200)
            }
        }
        let onePass = PostgresStore(location: location, password: nil, server: "gamma", stories: config)
        let whole = try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await onePass.run() }
            defer { group.cancelAll() }
            try await onePass.configureStories(config)  // opens, then learns the window in one pass
            return await onePass.linkerSummary(1...200)
        }
        let stepped = try #require(try await summary(step: 7, appendFirst: false))
        let whole1 = try #require(whole)
        #expect(whole1.count == 60)
        #expect(stepped.count == whole1.count)
        #expect(stepped.cached == whole1.cached)
        #expect(stepped.stories == whole1.stories)
        let committed = try #require(try await summary(step: 7, appendFirst: true))
        #expect(committed.count == 61)
        #expect(Array(committed.stories) == whole1.stories)
    }

    @Test(arguments: StoreAdapter.postgresOnly) func threeConcurrentWritersMakeOneGapFreeChain(_ adapter: StoreAdapter) async throws {
        let t = try await TestStore(adapter)
        defer { Task { await t.remove() } }
        // 3 servers x 20 batches x 5 files; every third file is on every server (cross-server duplicates).
        let outcomes = try await withThrowingTaskGroup(of: [IntakeOutcome].self) { group in
            for server in ["alpha", "beta", "gamma"] {
                group.addTask {
                    try await t.withWriter(server: server) { store in
                        var out: [IntakeOutcome] = []
                        for batch in 0..<20 {
                            let items = (0..<5).map { i -> IntakeItem in
                                let n = batch * 5 + i
                                let shared = n % 3 == 0
                                return Items.article("\(server)-\(n).txt", shared ? "Shared report \(n)" : "Report \(n) from \(server)",
                                                     identity: "\(server):\(n)")
                            }
                            out += try await store.append(items, at: Int64(batch))
                        }
                        return out
                    }
                }
            }
            var all: [IntakeOutcome] = []
            for try await o in group { all += o }
            return all
        }
        let stored = outcomes.filter { if case .stored = $0 { true } else { false } }.count
        let duplicates = outcomes.filter { if case .duplicate = $0 { true } else { false } }.count
        // 34 shared contents (n % 3 == 0 for n < 100) once each, 66 own ones per server.
        #expect(stored == 34 + 3 * 66)
        #expect(duplicates == 2 * 34)
        try await t.withWriter(server: "check") { store in
            let stats = try await store.stats()
            #expect(stats.lastSeq == 300)
            let report = try await store.verify { _, _ in }
            #expect(report.problem == nil)
            #expect(report.records == 300)
        }
    }

    @Test(arguments: StoreAdapter.postgresOnly) func aStoryAlertsOnceAcrossServers(_ adapter: StoreAdapter) async throws {
        let t = try await TestStore(adapter)
        defer { Task { await t.remove() } }
        @Sendable func match(_ seq: Int64) -> AlertMatch {
            AlertMatch(Alert(alert: "jp-vn", priority: 4, seq: seq, story: 1, title: "T", url: nil, file: "f", source: nil,
                             topics: [], countries: [], score: 1), windowMillis: 3_600_000)
        }
        _ = try await t.withWriter(server: "alpha") { a in
            _ = try await a.append([Items.article("1", "T"), Items.article("2", "T2")], at: 1)
        }
        // Both servers record a match on the same story at once: one alert, one folded.
        let raised = try await withThrowingTaskGroup(of: Int.self) { group in
            for (server, seq) in [("alpha", Int64(1)), ("beta", Int64(2))] {
                group.addTask { try await t.withWriter(server: server) { s in try await s.record([match(seq)], watermark: seq, at: 10).count } }
            }
            var n = 0
            for try await r in group { n += r }
            return n
        }
        #expect(raised == 1)
        // Delivery services on both servers: each pending alert is claimed by one of them.
        try await t.withWriter(server: "alpha") { a in
            try await t.withWriter(server: "beta") { b in
                let claimedByA = try await a.pending(sink: "journal", dueAt: .max, limit: 10)
                let claimedByB = try await b.pending(sink: "journal", dueAt: .max, limit: 10)
                #expect(claimedByA.count == 2)
                #expect(claimedByB.isEmpty)
            }
        }
        // Two delivery processes under one server name: the second does not take the first's claims.
        let other = AlertMatch(Alert(alert: "other", priority: 4, seq: 2, story: 1, title: "T2", url: nil, file: "f", source: nil,
                                     topics: [], countries: [], score: 1), windowMillis: 3_600_000)
        _ = try await t.withWriter(server: "alpha") { a in try await a.record([other], watermark: 2, at: 20) }
        try await t.withWriter(server: "gamma") { first in
            try await t.withWriter(server: "gamma") { second in
                let claimedByFirst = try await first.pending(sink: "journal", dueAt: .max, limit: 10)
                let claimedBySecond = try await second.pending(sink: "journal", dueAt: .max, limit: 10)
                #expect(claimedByFirst.map(\.alert) == ["other"])
                #expect(claimedBySecond.isEmpty)
            }
        }
    }

    @Test(arguments: StoreAdapter.postgresOnly) func aSchemaNewerThanTheBinaryIsRefused(_ adapter: StoreAdapter) async throws {
        let t = try await TestStore(adapter)
        defer { Task { await t.remove() } }
        _ = try await t.withWriter { _ in }
        try await t.tamper("INSERT INTO newsd_schema VALUES (999, 0, 'future')")
        await #expect {
            try await t.withWriter { _ in }
        } throws: { error in
            (error as? StoreError)?.code == "schema-newer" && "\(error)".contains("newer than this newsd")
        }
    }

    @Test(arguments: StoreAdapter.postgresOnly) func verifyFindsAnAlteredRecord(_ adapter: StoreAdapter) async throws {
        let t = try await TestStore(adapter)
        defer { Task { await t.remove() } }
        _ = try await t.withWriter { s in try await s.append([Items.article("a", "First"), Items.article("b", "Second")], at: 1) }
        try await t.tamper("ALTER TABLE journal DISABLE TRIGGER USER")
        try await t.tamper("UPDATE journal SET file = 'forged' WHERE seq = 1")
        let report = try await t.withWriter { s in try await s.verify { _, _ in } }
        #expect(report.firstBadSeq == 1)
        #expect(report.problem?.contains("was altered") == true)
    }
}
