import CSQLite
import NewsCore

/// The embedded store behind newsd's ports: one SQLite database (``SQLiteArticleStore``) owned
/// by an actor whose jobs run on a thread of its own, so blocking SQLite calls and fsyncs never
/// hold a thread of Swift's cooperative pool. The story linker lives here too: it is touched
/// only inside the journal's transactions.
public actor SQLiteStore: ArticleJournal, ArticleReader, AlertOutbox, MatchRecording, JournalRetention {
    private let executor: ThreadExecutor
    public nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }

    /// The store file.
    public nonisolated let path: String
    /// The synchronous store, touched only on the actor's thread.
    private let store: SQLiteArticleStore
    private var linker: StoryLinker?
    /// The linker's configuration while it has not yet learnt what is stored.
    private var unrestored: StoryLinker.Configuration?
    /// A linker learning what is stored in steps, and how far it got.
    private var learning: (linker: StoryLinker, restoring: SQLiteArticleStore.LinkerRestore)?
    /// Rows the linker learns in one job of the store's thread: other jobs (a stop, a read) wait
    /// for one step at most (~3 ms of CPU), not for the whole window (seconds on a busy machine).
    /// Small, because a caller making several calls in a row waits a step before each (4,096 rows
    /// held a stop at load 10 for 4.4 s).
    static let learningStep = 512

    /// Opens (creating when needed) the store at `path`. A writer given `stories` links new
    /// articles into stories, starting from what is stored (bounded; see ``SQLiteArticleStore/restore(_:)``).
    /// The linker learns it on the store's thread right after the open, not in it: with a full
    /// window (200,000 fingerprints, 50,000 articles' keys) that takes seconds on a busy machine,
    /// and the daemon is ready (READY=1, files noticed and decoded) meanwhile. The first commit
    /// waits for it.
    /// - Parameter anchored: see ``SQLiteArticleStore/init(path:readOnly:anchored:)``.
    /// - Parameter searchIndexDelay: when set (the daemon), commits leave their articles to the
    ///   full-text index, which takes them in a transaction of its own this long after the
    ///   first of them, or at once when ``searchIndexBatch`` wait (see
    ///   ``SQLiteArticleStore/indexAwaiting(_:limit:)``): the way from a file to its alert is
    ///   shorter, and a search still finds the articles that wait (it reads them one by one).
    public init(
        path: String, readOnly: Bool = false, anchored: Bool = true, stories: StoryLinker.Configuration? = nil,
        searchIndexDelay: Duration? = nil
    ) throws(StoreError) {
        self.path = path
        executor = ThreadExecutor(name: "newsd-store")
        do {
            store = try SQLiteArticleStore(path: path, readOnly: readOnly, anchored: anchored)
            if !readOnly {
                store.checkpointInBackground()
                store.anchorInBackground()
            }
        } catch {
            executor.shutdown()
            throw Self.storeError(error)
        }
        lostRecords = store.lostRecords
        unrestored = stories
        self.searchIndexDelay = readOnly ? nil : searchIndexDelay
        if self.searchIndexDelay != nil { store.searchIndexDeferred = true }
        searchCatchUpDue = self.searchIndexDelay != nil
        if stories != nil || self.searchIndexDelay != nil {
            // What a crash left unindexed is indexed after the linker has learnt the store.
            Task { await self.learnStored() }
        }
    }

    /// Has the linker learn what is stored now, on the store's thread (see ``init(path:readOnly:anchored:stories:searchIndexDelay:)``),
    /// one step a job (the next step queued behind what waits), then indexes for search what a
    /// crash left unindexed.
    private func learnStored() {
        if (try? learnStep(rows: Self.learningStep)) == true {
            Task { self.learnStored() }
            return
        }
        catchUpSearch()
    }

    /// Teaches the linker being restored at most `rows` more articles.
    /// - Returns: whether it has more to learn.
    private func learnStep(rows: Int) throws(StoreError) -> Bool {
        guard let configuration = unrestored else { return false }
        do {
            let fresh = learning?.linker ?? StoryLinker(configuration: configuration)
            var restoring = try learning?.restoring ?? store.startRestore(fresh)
            if try store.restore(fresh, &restoring, rows: rows) {
                learning = (fresh, restoring)
                return true
            }
            learning = nil
            linker = fresh
            unrestored = nil
            return false
        } catch {
            learning = nil
            throw Self.storeError(error)
        }
    }

    /// Indexes, once after the open, what a crash left unindexed (by ``learnStored()``, or by the
    /// first commit should it come first).
    private func catchUpSearch() {
        guard searchCatchUpDue else { return }
        searchCatchUpDue = false
        indexAwaiting()
    }

    /// The linker, once it has learnt what is stored (a failure is thrown to the commit that
    /// needs it, and tried again at the next).
    private func restoredLinker() throws(StoreError) -> StoryLinker? {
        while try learnStep(rows: Int.max) {}
        return linker
    }

    deinit { executor.shutdown() }

    /// Records the database lost since its head anchor was written (found when opened for writing).
    /// Read without waiting for the store's thread, which may be teaching the linker what is stored.
    public nonisolated let lostRecords: ClosedRange<Int64>?
    /// Why the last write of the head anchor failed, if it did.
    public var anchorFailure: String? { store.anchorFailure }

    /// A store error for any error the SQLite adapter throws, classified for retry and exit status.
    public static func storeError(_ error: any Error) -> StoreError {
        if let e = error as? StoreError { return e }
        guard let e = error as? SQLiteError else { return StoreError(.permanent, "\(error)") }
        let kind: StoreError.Kind
        switch e.code & 0xFF {
        case SQLITE_CORRUPT, SQLITE_NOTADB: kind = .corrupt
        case _ where e.isTransient: kind = .transient
        default: kind = .permanent
        }
        return StoreError(kind, e.description, code: "sqlite:\(e.code)")
    }

    private func run<T>(_ body: () throws -> sending T) throws(StoreError) -> sending T {
        do { return try body() } catch { throw Self.storeError(error) }
    }

    // MARK: ArticleJournal

    public func append(_ items: [IntakeItem], at millis: Int64) throws(StoreError) -> [IntakeOutcome] {
        let linker = try restoredLinker()
        catchUpSearch()
        let outcomes = try run { try store.commit(items, at: millis, linker: linker) }
        if let delay = searchIndexDelay {
            for case .stored(let seqs) in outcomes { awaitingSearch += seqs.count }
            if awaitingSearch >= Self.searchIndexBatch {
                indexAwaiting()
            } else if awaitingSearch > 0 && !searchIndexScheduled {
                searchIndexScheduled = true
                Task {
                    try? await Task.sleep(for: delay)  // a timer, not synchronisation
                    self.indexScheduled()
                }
            }
        }
        return outcomes
    }

    // MARK: The full-text index (deferred)

    /// The most articles the daemon's commits leave to the full-text index: past it they are
    /// indexed at once, after the commit that reached it, and at most this many go in one step.
    public static let searchIndexBatch = 1_000

    private let searchIndexDelay: Duration?
    /// Articles committed since the last indexing step (a lower bound after an open).
    private var awaitingSearch = 0
    private var searchIndexScheduled = false
    private var searchCatchUpDue: Bool
    private var searchWaiters: [(through: Int64, continuation: CheckedContinuation<Void, Never>)] = []
    /// Why the last indexing step failed, if it did (the articles stay stored and are indexed
    /// at the next step).
    public private(set) var searchIndexFailure: String?

    private func indexScheduled() {
        searchIndexScheduled = false
        indexAwaiting()
    }

    /// Indexes every article that waits, ``searchIndexBatch`` a transaction.
    private func indexAwaiting() {
        do {
            while try store.indexForSearch(limit: Self.searchIndexBatch) == Self.searchIndexBatch {}
            awaitingSearch = 0
            searchIndexFailure = nil
        } catch {
            searchIndexFailure = "cannot add articles to the full-text index of \(path): \(Self.storeError(error)); they are stored and a search finds them (read one by one, more slowly); indexing is retried at the next commit"
        }
        resumeSearchWaiters()
    }

    private func resumeSearchWaiters() {
        searchWaiters.removeAll { waiter in
            guard (try? store.searchable(through: waiter.through)) == true else { return false }
            waiter.continuation.resume()
            return true
        }
    }

    /// Indexes for search at once every article that waits (at a stop, or for a caller that
    /// must find what was just stored).
    public func indexForSearchNow() throws(StoreError) {
        indexAwaiting()
        if let searchIndexFailure { throw StoreError(.transient, searchIndexFailure) }
    }

    /// Whether a text search finds every stored article up to record `seq`.
    public func searchable(through seq: Int64) throws(StoreError) -> Bool {
        try run { try store.searchable(through: seq) }
    }

    /// Returns once a text search finds every article up to record `seq` (the deferred index has
    /// taken them); at once when it does already.
    public func whenSearchable(through seq: Int64) async {
        if (try? store.searchable(through: seq)) != false { return }
        await withCheckedContinuation { searchWaiters.append((seq, $0)) }
    }

    /// Links new articles with `configuration` from now on (stories are not re-linked: `newsd reindex` does that).
    public func configureStories(_ configuration: StoryLinker.Configuration) throws(StoreError) {
        // A new linker learns what is stored, as at a start (bounded by its configuration).
        let previous = (linker, unrestored, learning)
        unrestored = configuration
        learning = nil
        do { _ = try restoredLinker() } catch {
            (linker, unrestored, learning) = previous
            throw error
        }
    }

    // MARK: Retention (one short transaction per call, so commits run between the batches)

    /// See ``SQLiteArticleStore/startPrune(beforeMillis:at:)``.
    public func startPrune(beforeMillis: Int64, at millis: Int64) throws(StoreError) -> Checkpoint? {
        try run { try store.startPrune(beforeMillis: beforeMillis, at: millis) }
    }

    public func pruneCandidates(through seq: Int64, limit: Int) throws(StoreError) -> [JournalFile] {
        try run { try store.pruneCandidates(through: seq, limit: limit) }
    }

    public func deleteRecords(from: Int64, through: Int64) throws(StoreError) {
        try run { try store.deleteRecords(from: from, through: through) }
    }

    public func recordCount(through seq: Int64) throws(StoreError) -> Int {
        try run { try store.recordCount(through: seq) }
    }

    /// See ``SQLiteArticleStore/redact(seq:reason:at:)``.
    public func redact(seq: Int64, reason: String, at millis: Int64) throws(StoreError) -> RedactOutcome {
        try run { try store.redact(seq: seq, reason: reason, at: millis) }
    }

    /// One server: every processed/ file of the store is this one's.
    public nonisolated var localServer: String? { nil }

    // MARK: ArticleReader

    public func article(seq: Int64) throws(StoreError) -> StoredArticle? {
        try run { try store.article(seq: seq) }
    }

    public func list(sinceMillis: Int64?, limit: Int, order: ListOrder) throws(StoreError) -> [StoredArticle] {
        try run { try store.list(sinceMillis: sinceMillis, limit: limit, order: order) }
    }

    public func articles(afterSeq: Int64, limit: Int) throws(StoreError) -> [StoredArticle] {
        try run { try store.articles(afterSeq: afterSeq, limit: limit) }
    }

    public func search(_ query: SearchQuery, limit: Int) throws(StoreError) -> SearchResults {
        try run { try store.search(query, limit: limit) }
    }

    public func story(_ id: Int64, limit: Int) throws(StoreError) -> [StoredArticle] {
        try run { try store.story(id, limit: limit) }
    }

    public func stats() throws(StoreError) -> StoreStats {
        try run { try store.stats() }
    }

    public func verify(progress: @escaping @Sendable (Int64, Int64) -> Void) throws(StoreError) -> VerifyReport {
        try run { try store.verify(progress: progress) }
    }

    // MARK: AlertOutbox

    public func matchWatermark() throws(StoreError) -> Int64 {
        try run { try store.alertWatermark() }
    }

    public func lastArticleSeq() throws(StoreError) -> Int64 {
        try run { try store.lastArticleSeq() }
    }

    public func record(_ matches: [AlertMatch], watermark: Int64, at millis: Int64) throws(StoreError) -> [AlertRecord] {
        try run { try store.recordMatches(matches, watermark: watermark, at: millis) }
    }

    // MARK: MatchRecording

    public func recordReading(
        _ seqs: [Int64], alerts: @Sendable (StoredArticle) -> [AlertMatch], watermark: Int64, at millis: Int64
    ) throws(StoreError) -> [AlertRecord] {
        var matches: [AlertMatch] = []
        for seq in seqs {
            if let stored = try article(seq: seq) { matches += alerts(stored) }
        }
        return try record(matches, watermark: watermark, at: millis)
    }

    public func pending(sink: String, dueAt millis: Int64, limit: Int) throws(StoreError) -> [AlertRecord] {
        try run { try store.pendingAlerts(sink: sink, dueAt: millis, limit: limit) }
    }

    public func markDelivered(_ alert: Int64, sink: String, at millis: Int64) throws(StoreError) {
        try run { try store.markDelivered(alert, sink: sink, at: millis) }
    }

    public func markFailed(_ alert: Int64, sink: String, error: String, at millis: Int64, retryAt: Int64?) throws(StoreError) {
        try run { try store.markFailed(alert, sink: sink, error: error, at: millis, retryAt: retryAt) }
    }

    public func alerts(sinceMillis: Int64, alert: String?, limit: Int) throws(StoreError) -> [AlertRecord] {
        try run { try store.alerts(sinceMillis: sinceMillis, alert: alert, limit: limit) }
    }
}
