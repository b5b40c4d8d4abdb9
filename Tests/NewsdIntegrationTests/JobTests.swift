import Foundation
import NewsCore
import NewsStoreSQLite
import Testing

@testable import NewsRuntime

/// `newsd replay` and `newsd reindex` as library jobs.
@Suite struct JobTests {
    let directory: String
    let store: SQLiteArticleStore

    init() throws {
        var template = Array("/tmp/newsd-jobs-XXXXXX".utf8CString)
        directory = String(cString: mkdtemp(&template)!)
        store = try SQLiteArticleStore(path: directory + "/newsd.db")
        let linker = StoryLinker()
        for (i, (title, body)) in [
            ("Japan and Vietnam agree on patrols", AlertServiceTests.story),
            ("Vietnam, Japan to patrol together", AlertServiceTests.story),
            ("Rain in Hanoi", "Heavy rain fell over Hanoi on Monday, flooding streets in the old quarter."),
        ].enumerated() {
            let (article, analysis) = Analyzer().analyze(Article(title: title, body: body, format: "text"))
            _ = try store.commit(
                [IntakeItem(file: "\(i).txt", identity: nil, sha256: "\(i)", result: .success([article]), analyses: [analysis])],
                at: 1000, linker: linker)
        }
    }

    @Test func replayRunTwiceChangesNothing() async throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let index = SubscriptionIndex([try Subscription(id: "jp-vn", query: "country:JP AND country:VN")])
        let job = ReplayJob(store: store, subscriptions: .init(index: index, defaultWindow: 86400))
        let matches = try await job.matches(sinceMillis: 0)
        #expect(matches.map(\.seq) == [1, 2])
        let first = try await job.record(matches, at: 5000)
        #expect(first == ReplayJob.Summary(matches: 2, recordedBefore: 0, alerts: 1))
        #expect(first.folded == 1)
        let counted = try store.alerts(sinceMillis: 0, alert: "jp-vn")
        // Again, even long after the story's window: nothing is recorded or counted twice.
        let second = try await job.record(try await job.matches(sinceMillis: 0), at: 5000 + 10 * 86_400_000)
        #expect(second == ReplayJob.Summary(matches: 2, recordedBefore: 2, alerts: 0))
        #expect(try store.alerts(sinceMillis: 0, alert: "jp-vn") == counted)
    }

    @Test func reindexSaysWhatChanged() async throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let summary = try await ReindexJob(store: store, analyzer: Analyzer(), stories: StoryLinker.Configuration()).run()
        #expect(summary.articles == 3)
        #expect(summary.topicChanged == 0 && summary.storyChanged == 0, "the same analyser finds the same")
        #expect(summary.storiesBefore == 2 && summary.storiesAfter == 2)
    }
}

/// The daemon's retention: `retention:` in the configuration, and the job that prunes through the store actor.
@Suite struct RetentionJobTests {
    @Test func retentionIsADuration() throws {
        let c = try ConfigurationLoader.parse("retention: 90d\n", file: "t.yaml", over: NewsdConfiguration(environment: [:]))
        #expect(c.retention == Double(90 * 86_400))
        #expect(throws: ConfigurationError.self) {
            try ConfigurationLoader.parse("retention: 5m\n", file: "t.yaml", over: NewsdConfiguration(environment: [:]))
        }
        #expect(NewsdConfiguration(environment: [:]).retention == nil)
    }

    @Test func prunesInBatchesThroughTheActorAndRemovesProcessedFiles() async throws {
        var template = Array("/tmp/newsd-retention-XXXXXX".utf8CString)
        let directory = String(cString: mkdtemp(&template)!)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let processed = directory + "/processed"
        let day: Int64 = 1_796_083_200_000  // 2026-12-01T00:00:00Z
        var items: [IntakeItem] = []
        for i in 0..<7 {
            let text = "Title \(i)\n\nBody \(i)."
            let sha = ContentHash.sha256Hex(Array(text.utf8))
            items.append(IntakeItem(file: i == 6 ? "sub/f.txt" : "f\(i).txt", identity: nil, sha256: sha,
                                    result: .success([Article(title: "Title \(i)", body: "Body \(i).", format: "text")])))
            let folder = processed + "/2026/12/01" + (i == 6 ? "/sub" : "")
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try text.write(toFile: folder + (i == 6 ? "/f.txt" : "/f\(i).txt"), atomically: true, encoding: .utf8)
        }
        // A file of the same name but other bytes is not the record's: it stays.
        try "other".write(toFile: processed + "/2026/12/01/f5-1.txt", atomically: true, encoding: .utf8)
        let store = try SQLiteStore(path: directory + "/newsd.db")
        _ = try await store.append(Array(items.prefix(6)), at: day)
        _ = try await store.append(Array(items.suffix(1)), at: day + 10)
        var job = RetentionJob(store: store, processedDirectory: processed)
        job.batchSize = 4
        let summary = try await job.run(beforeMillis: day + 5, at: day + 100)
        #expect(summary.records == 6)
        #expect(summary.files == 6)
        #expect(summary.checkpoint?.seq == 6)
        #expect(FileManager.default.fileExists(atPath: processed + "/2026/12/01/f5-1.txt"))
        #expect(FileManager.default.fileExists(atPath: processed + "/2026/12/01/sub/f.txt"))
        #expect(!FileManager.default.fileExists(atPath: processed + "/2026/12/01/f0.txt"))
        let report = try await store.verify { _, _ in }
        #expect(report.problem == nil, "\(report.problem ?? "")")
        #expect(report.records == 1)
    }
}
