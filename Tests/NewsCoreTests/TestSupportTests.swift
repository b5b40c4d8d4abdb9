import NewsCore
import NewsTestSupport
import Testing

/// The fakes behave as the ports promise, so tests built on them mean something.
@Suite struct TestSupportTests {
    static func item(_ file: String, _ body: String, identity: String? = nil) -> IntakeItem {
        IntakeItem(
            file: file, identity: identity, sha256: ContentHash.sha256Hex(Array(body.utf8)),
            result: .success([Article(title: file, body: body, format: "text")]))
    }

    @Test func theInMemoryStoreAppendsExactlyOnceByIdentityAndContent() async throws {
        let store = InMemoryStore()
        let first = try await store.append([Self.item("a", "alpha", identity: "1:2:a"), Self.item("b", "beta")], at: 1)
        #expect(first == [.stored(seqs: [1]), .stored(seqs: [2])])
        // Appended again after a crash: recognised, nothing appended; the same bytes elsewhere: a duplicate.
        let again = try await store.append([Self.item("a", "alpha", identity: "1:2:a"), Self.item("c", "alpha")], at: 2)
        #expect(again == [.alreadyRecorded(kind: .article, seq: 1, code: nil, reason: nil), .duplicate(seq: 3, of: 1)])
        let failed = IntakeItem(file: "e", identity: nil, sha256: "00", result: .failure(.empty))
        #expect(try await store.append([failed], at: 3) == [.failed(seq: 4, code: "empty", reason: IntakeError.empty.description)])
        let stats = try await store.stats()
        #expect((stats.articles, stats.duplicates, stats.failed, stats.lastSeq) == (2, 1, 1, 4))
        #expect(try await store.search(SearchQuery("BETA"), limit: 5).hits.map(\.article.seq) == [2])
        #expect(try await store.verify { _, _ in }.problem == nil)
    }

    @Test func theInMemoryStoreFailsAppendsWhenTold() async throws {
        let store = InMemoryStore()
        await store.failAppends([StoreError(.transient, "disk full")])
        await #expect(throws: StoreError.self) { try await store.append([Self.item("a", "alpha")], at: 1) }
        #expect(try await store.append([Self.item("a", "alpha")], at: 1) == [.stored(seqs: [1])])
    }

    @Test func theOutboxRecordsOncePerStoryAndDeliversPerSink() async throws {
        let store = InMemoryStore()
        func match(_ seq: Int64) -> AlertMatch {
            AlertMatch(
                Alert(alert: "ports", priority: 4, seq: seq, story: 1, title: "t", url: nil, file: "f", source: nil, topics: [],
                      countries: [], score: 1), windowMillis: 1000, sinks: ["journal", "webhook"])
        }
        let raised = try await store.record([match(1), match(2)], watermark: 2, at: 10)
        #expect(raised.count == 1 && raised[0].count == 1)
        #expect(try await store.alerts(sinceMillis: 0, alert: nil, limit: 5).first?.count == 2)
        #expect(try await store.matchWatermark() == 2)
        try await store.markDelivered(raised[0].id, sink: "journal", at: 11)
        #expect(try await store.pending(sink: "journal", limit: 5).isEmpty)
        #expect(try await store.pending(sink: "webhook", limit: 5).count == 1)
        #expect(try await store.pending(sink: "mail", limit: 5).isEmpty, "a sink the subscription does not name gets nothing")
    }

    @Test func theRecordingSinkFailsTheNextNThenRecords() async throws {
        let sink = RecordingSink()
        let alert = AlertRecord(
            id: 1, content: Alert(alert: "a", priority: 4, seq: 1, story: 1, title: "t", url: nil, file: "f", source: nil, topics: [],
                                  countries: [], score: 1), atMillis: 0)
        sink.failNext(2)
        for _ in 0..<2 { await #expect(throws: SinkError.self) { try await sink.deliver(alert) } }
        try await sink.deliver(alert)
        #expect(sink.delivered == [alert] && sink.attempts == 3)
    }

    @Test(.timeLimit(.minutes(1))) func theManualClockWakesSleepersWhenAdvanced() async throws {
        let clock = ManualClock()
        let sleeper = Task { try await clock.sleep(until: clock.now.advanced(by: .seconds(5))) }
        while clock.sleepers == 0 { await Task.yield() }
        clock.advance(by: .seconds(4))
        #expect(clock.sleepers == 1)
        clock.advance(by: .seconds(1))
        try await sleeper.value
        #expect(clock.seconds == 5)
        let cancelled = Task { try await clock.sleep(until: clock.now.advanced(by: .seconds(1))) }
        while clock.sleepers == 0 { await Task.yield() }
        cancelled.cancel()
        await #expect(throws: CancellationError.self) { try await cancelled.value }
    }
}
