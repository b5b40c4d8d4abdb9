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

    @Test func replayRunTwiceChangesNothing() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let index = SubscriptionIndex([try Subscription(id: "jp-vn", query: "country:JP AND country:VN")])
        let job = ReplayJob(store: store, subscriptions: .init(index: index, defaultWindow: 86400))
        let matches = try job.matches(sinceMillis: 0)
        #expect(matches.map(\.seq) == [1, 2])
        let first = try job.record(matches, at: 5000)
        #expect(first == ReplayJob.Summary(matches: 2, recordedBefore: 0, alerts: 1))
        #expect(first.folded == 1)
        let counted = try store.alerts(sinceMillis: 0, alert: "jp-vn")
        // Again, even long after the story's window: nothing is recorded or counted twice.
        let second = try job.record(try job.matches(sinceMillis: 0), at: 5000 + 10 * 86_400_000)
        #expect(second == ReplayJob.Summary(matches: 2, recordedBefore: 2, alerts: 0))
        #expect(try store.alerts(sinceMillis: 0, alert: "jp-vn") == counted)
    }

    @Test func reindexSaysWhatChanged() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let summary = try ReindexJob(store: store, analyzer: Analyzer(), stories: StoryLinker.Configuration()).run()
        #expect(summary.articles == 3)
        #expect(summary.topicChanged == 0 && summary.storyChanged == 0, "the same analyser finds the same")
        #expect(summary.storiesBefore == 2 && summary.storiesAfter == 2)
    }
}
