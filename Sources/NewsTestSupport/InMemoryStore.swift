import NewsCore

/// The store's ports in memory, for tests where a real database is not the point: the journal
/// (exactly-once by file identity and content hash, duplicate records, sequence numbers), the
/// reader (substring search) and the alert outbox (per-sink delivery).
public actor InMemoryStore: ArticleJournal, ArticleReader, AlertOutbox {
    /// One journal record, as the store appended it.
    public struct Record: Sendable, Equatable {
        public var seq: Int64
        public var kind: JournalRecord.Kind
        public var atMillis: Int64
        public var file: String
        public var identity: String?
        public var sha256: String
        public var duplicateOf: Int64?
        public var errorCode: String?
        public var errorReason: String?
    }

    public private(set) var records: [Record] = []
    private var articlesBySeq: [Int64: StoredArticle] = [:]
    private var articleOrder: [Int64] = []
    private var firstArticleBySHA: [String: Int64] = [:]
    private var recordByIdentity: [String: Int64] = [:]
    private var watermark: Int64 = 0
    private var alertRecords: [AlertRecord] = []
    private var delivered: [String: Set<Int64>] = [:]
    /// Failed deliveries per sink and alert: the attempts and the last error.
    public private(set) var failures: [String: [Int64: (attempts: Int, error: String)]] = [:]
    private var failNext: [StoreError] = []
    public private(set) var storyConfiguration: StoryLinker.Configuration?

    public init() {}

    private var failure: StoreError?
    private var beforeNextAppend: (@Sendable () -> Void)?

    /// The next `errors.count` appends fail with these errors, in order, appending nothing.
    public func failAppends(_ errors: [StoreError]) { failNext += errors }

    /// Every append fails with `error` (as a full disk would) until this is called with nil.
    public func failEveryAppend(with error: StoreError?) { failure = error }

    private var failNextRecord: [StoreError] = []

    /// The next `errors.count` recordings of alerts fail with these errors, recording nothing.
    public func failRecords(_ errors: [StoreError]) { failNextRecord += errors }

    /// Runs `action` once, at the start of the next append (to change the world mid-commit).
    public func beforeNextAppend(_ action: @escaping @Sendable () -> Void) { beforeNextAppend = action }

    /// How many appends were attempted (failed ones included).
    public private(set) var appendCalls = 0

    // MARK: ArticleJournal

    public func append(_ items: [IntakeItem], at millis: Int64) throws(StoreError) -> [IntakeOutcome] {
        appendCalls += 1
        if let action = beforeNextAppend {
            beforeNextAppend = nil
            action()
        }
        if !failNext.isEmpty { throw failNext.removeFirst() }
        if let failure { throw failure }
        var outcomes: [IntakeOutcome] = []
        for item in items {
            if let identity = item.identity, let seq = recordByIdentity[key(identity, item.sha256)],
                let earlier = records.first(where: { $0.seq == seq })
            {
                outcomes.append(.alreadyRecorded(kind: earlier.kind, seq: seq, code: earlier.errorCode, reason: earlier.errorReason))
                continue
            }
            var record = Record(
                seq: nextSeq, kind: .article, atMillis: millis, file: item.file, identity: item.identity, sha256: item.sha256)
            switch item.result {
            case .failure(let error):
                record.kind = .failed
                record.errorCode = error.code
                record.errorReason = error.description
                outcomes.append(.failed(seq: record.seq, code: error.code, reason: error.description))
                keep(record)
            case .success(let articles):
                if let original = firstArticleBySHA[item.sha256] {
                    record.kind = .duplicate
                    record.duplicateOf = original
                    outcomes.append(.duplicate(seq: record.seq, of: original))
                    keep(record)
                    continue
                }
                var seqs: [Int64] = []
                for (index, article) in articles.enumerated() {
                    var r = record
                    r.seq = nextSeq
                    if index > 0 { r.identity = nil }
                    keep(r)
                    seqs.append(r.seq)
                    articlesBySeq[r.seq] = StoredArticle(
                        seq: r.seq, atMillis: millis, file: item.file, fileSHA256: item.sha256, item: index, article: article,
                        analysis: index < item.analyses.count ? item.analyses[index] : nil, story: r.seq)
                    articleOrder.append(r.seq)
                }
                if let first = seqs.first { firstArticleBySHA[item.sha256] = first }
                outcomes.append(.stored(seqs: seqs))
            }
        }
        return outcomes
    }

    public func configureStories(_ configuration: StoryLinker.Configuration) throws(StoreError) {
        storyConfiguration = configuration
    }

    private var nextSeq: Int64 { (records.last?.seq ?? 0) + 1 }

    private func key(_ identity: String, _ sha256: String) -> String { identity + "\u{0}" + sha256 }

    private func keep(_ record: Record) {
        records.append(record)
        if let identity = record.identity { recordByIdentity[key(identity, record.sha256)] = record.seq }
    }

    // MARK: ArticleReader

    public func article(seq: Int64) throws(StoreError) -> StoredArticle? { articlesBySeq[seq] }

    public func list(sinceMillis: Int64?, limit: Int, order: ListOrder) throws(StoreError) -> [StoredArticle] {
        let newest = articleOrder.reversed().compactMap { self.articlesBySeq[$0] }
            .filter { sinceMillis == nil || $0.atMillis >= sinceMillis! }
        guard order == .published else { return Array(newest.prefix(limit)) }
        let dated = newest.filter { $0.article.published != nil }.sorted { $0.article.published! > $1.article.published! }
        return Array((dated + newest.filter { $0.article.published == nil }).prefix(limit))
    }

    public func articles(afterSeq: Int64, limit: Int) throws(StoreError) -> [StoredArticle] {
        Array(articleOrder.lazy.filter { $0 > afterSeq }.compactMap { self.articlesBySeq[$0] }.prefix(limit))
    }

    /// The most articles a search looks at, newest first (as the SQLite adapter bounds its candidates).
    public static let searchCandidates = 20_000

    /// Articles that `query` matches (by the subscription rules), newest first.
    public func search(_ query: SearchQuery, limit: Int) throws(StoreError) -> SearchResults {
        var hits: [SearchHit] = []
        var scanned = 0
        for seq in articleOrder.reversed() {
            guard hits.count < limit else { break }
            guard scanned < Self.searchCandidates else { return SearchResults(hits: hits, scanned: scanned, complete: false) }
            scanned += 1
            if let article = articlesBySeq[seq], query.matches(article) { hits.append(SearchHit(article: article, rank: 1)) }
        }
        return SearchResults(hits: hits, scanned: scanned, complete: true)
    }

    public func story(_ id: Int64, limit: Int) throws(StoreError) -> [StoredArticle] {
        Array(articleOrder.lazy.compactMap { self.articlesBySeq[$0] }.filter { $0.story == id }.prefix(limit))
    }

    public func stats() throws(StoreError) -> StoreStats {
        StoreStats(
            articles: Int64(articleOrder.count), duplicates: Int64(records.count { $0.kind == .duplicate }),
            failed: Int64(records.count { $0.kind == .failed }), lastSeq: records.last?.seq ?? 0,
            firstAtMillis: records.first?.atMillis, lastAtMillis: records.last?.atMillis, bytes: 0)
    }

    public func verify(progress: @escaping @Sendable (Int64, Int64) -> Void) throws(StoreError) -> VerifyReport {
        let total = Int64(records.count)
        progress(total, total)
        for (index, record) in records.enumerated() where record.seq != Int64(index) + 1 {
            return VerifyReport(records: total, problem: "sequence gap before \(record.seq)", firstBadSeq: record.seq)
        }
        return VerifyReport(records: total)
    }

    // MARK: AlertOutbox

    public func matchWatermark() throws(StoreError) -> Int64 { watermark }

    public func lastArticleSeq() throws(StoreError) -> Int64 { articleOrder.last ?? 0 }

    /// Records each match once per subscription and story within its window (later matches are
    /// counted on the first alert), one delivery per sink the subscription names, and moves the watermark.
    public func record(_ matches: [AlertMatch], watermark: Int64, at millis: Int64) throws(StoreError) -> [AlertRecord] {
        if !failNextRecord.isEmpty { throw failNextRecord.removeFirst() }
        var fresh: [AlertRecord] = []
        for match in matches {
            guard !alertRecords.contains(where: { $0.alert == match.alert && $0.seq == match.seq }) else { continue }
            if let index = alertRecords.lastIndex(where: {
                $0.alert == match.alert && $0.story == match.story && $0.atMillis >= millis - match.windowMillis && $0.foldedInto == nil
            }) {
                alertRecords[index].count += 1
                alertRecords[index].lastSeq = max(alertRecords[index].lastSeq, match.seq)
                continue
            }
            let record = AlertRecord(
                id: Int64(alertRecords.count) + 1, content: match.content, atMillis: millis,
                deliveries: match.sinks.map { AlertDelivery(sink: $0) })
            alertRecords.append(record)
            fresh.append(record)
        }
        self.watermark = max(self.watermark, watermark)
        return fresh
    }

    public func pending(sink: String, dueAt millis: Int64, limit: Int) throws(StoreError) -> [AlertRecord] {
        Array(alertRecords.lazy.filter { record in
            guard let d = record.deliveries.first(where: { $0.sink == sink }) else { return false }
            return d.deliveredMillis == nil && (d.nextAttemptMillis ?? 0) <= millis
        }.prefix(limit))
    }

    private func updateDelivery(_ alert: Int64, sink: String, _ change: (inout AlertDelivery) -> Void) {
        guard let i = alertRecords.firstIndex(where: { $0.id == alert }),
              let k = alertRecords[i].deliveries.firstIndex(where: { $0.sink == sink }) else { return }
        change(&alertRecords[i].deliveries[k])
        if alertRecords[i].deliveries.allSatisfy(\.isDelivered) {
            alertRecords[i].deliveredMillis = alertRecords[i].deliveries.compactMap(\.deliveredMillis).max()
        }
    }

    public func markDelivered(_ alert: Int64, sink: String, at millis: Int64) throws(StoreError) {
        delivered[sink, default: []].insert(alert)
        updateDelivery(alert, sink: sink) { d in
            guard d.deliveredMillis == nil else { return }  // confirmed once: never undone
            d.attempts += 1
            d.lastError = nil
            d.lastAttemptMillis = millis
            d.deliveredMillis = millis
        }
    }

    public func markFailed(_ alert: Int64, sink: String, error: String, at millis: Int64, retryAt: Int64?) throws(StoreError) {
        let attempts = (failures[sink]?[alert]?.attempts ?? 0) + 1
        failures[sink, default: [:]][alert] = (attempts, error)
        updateDelivery(alert, sink: sink) { d in
            guard d.deliveredMillis == nil else { return }
            d.attempts += 1
            d.lastError = error
            d.lastAttemptMillis = millis
            d.nextAttemptMillis = retryAt
        }
    }

    public func alerts(sinceMillis: Int64, alert: String?, limit: Int) throws(StoreError) -> [AlertRecord] {
        Array(alertRecords.lazy.filter { $0.atMillis >= sinceMillis && (alert == nil || $0.alert == alert) }.prefix(limit))
    }
}
