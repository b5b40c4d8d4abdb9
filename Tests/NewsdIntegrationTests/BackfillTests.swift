import Foundation
import NewsCore
import NewsRuntime
import NewsTestSupport
import Testing

/// `newsd ingest`'s pipeline against the in-memory journal.
@Suite(.timeLimit(.minutes(1))) struct BackfillTests {
    static func folder(_ count: Int) throws -> DaemonHarness {
        let h = try DaemonHarness()
        for i in 0..<count { h.write("f\(i).txt", DaemonHarness.article(i)) }
        h.write("empty.txt", "")
        return h
    }

    /// Runs `body` on a thread of its own, as `newsd ingest` runs on the main thread: a backfill
    /// blocks its thread while a commit runs on the cooperative pool, which a test's thread is part of.
    static func onThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try body() }) }.start()
        }
    }

    @Test func ingestsEveryFileInBatchesAndLeavesThemInPlace() async throws {
        let h = try Self.folder(25)
        let inbox = h.inbox
        let journal = InMemoryStore()
        let (summary, again, reported) = try await Self.onThread {
            var config = NewsdConfiguration(environment: [:])
            config.batchMaximumFiles = 4
            let backfill = Backfill(journal: journal, configuration: config)
            let files = try backfill.files(under: [inbox])
            var reported: [Int] = []
            let summary = try backfill.run(files) { reported.append($0) }
            return (summary, try backfill.run(files), reported)
        }
        #expect(summary.files == 26 && summary.articles == 25 && summary.duplicates == 0)
        #expect(summary.failed.map(\.file) == [inbox + "/empty.txt"])
        #expect(reported.last == 26 && reported.count == 7, "one report per batch of 4")
        #expect(h.files(in: h.inbox).count == 26)
        #expect(again.articles == 0 && again.duplicates == 25, "the same bytes again are duplicates")
    }

    @Test func aStoreErrorStopsTheRunWithIt() async throws {
        let h = try Self.folder(3)
        let inbox = h.inbox
        let journal = InMemoryStore()
        await journal.failEveryAppend(with: StoreError(.transient, "database or disk is full"))
        let error = try await Self.onThread { () -> StoreError? in
            let backfill = Backfill(journal: journal, configuration: NewsdConfiguration(environment: [:]))
            do {
                _ = try backfill.run(try backfill.files(under: [inbox]))
                return nil
            } catch let error as StoreError {
                return error
            }
        }
        #expect(error?.message == "database or disk is full")
        #expect(try await journal.stats().articles == 0)
    }
}
