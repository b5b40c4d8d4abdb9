import Foundation
import NewsCore
import PostgresNIO

extension PostgresStore {
    public func append(_ items: [IntakeItem], at millis: Int64) async throws(StoreError) -> [IntakeOutcome] {
        guard !items.isEmpty else { return [] }
        return try await appendingUnderHead { s, seq, chain in try await self.commit(items, at: millis, seq: &seq, chain: &chain, s) }
    }

    /// Runs `body` in one transaction holding the chain head row `FOR UPDATE`, after the story
    /// linker learnt what the other servers committed up to it: `body` appends after `seq` and
    /// `chain` and moves them, and the head is moved to where it leaves them. One at a time on
    /// this store (the linker is shared); the linker keeps what `body` linked only if it commits.
    func appendingUnderHead<T: Sendable>(
        _ body: (PGSession, inout Int64, inout [UInt8]) async throws -> T
    ) async throws(StoreError) -> T {
        guard !readOnly else { throw StoreError(.permanent, "\(location): opened read-only") }
        try await open()
        await acquire()
        defer { release() }
        // What the linker has still to learn of the window is read before the head is locked:
        // other servers' commits do not wait for it.
        await restoreSteps(all: true)
        do {
            let (result, head) = try await transaction { s in
                var seq: Int64 = 0
                var chain = JournalRecord.genesis
                try await s.query("SELECT seq, chain FROM chain_head WHERE id = 1 FOR UPDATE") { row in
                    seq = row.int(0) ?? 0
                    chain = row.bytes(1) ?? JournalRecord.genesis
                }
                if let linker = self.linker, seq > self.linkerSeq {
                    try await self.refresh(linker, through: seq, s)
                    linker.commit()
                    self.linkerSeq = seq
                }
                let head = seq
                let result = try await body(s, &seq, &chain)
                if seq != head {
                    try await s.execute("UPDATE chain_head SET seq = $1, chain = $2 WHERE id = 1", [.int(seq), .bytes(chain)])
                }
                return (result, seq)
            }
            linker?.commit()
            linkerSeq = head
            return result
        } catch {
            linker?.rollback()
            throw error
        }
    }

    /// The commit itself, under the head lock: append the group after `seq` and `chain`.
    /// Returns the outcomes.
    ///
    /// A fixed number of statements whatever the group's size: what this server recorded of these
    /// files before, and which of their contents are stored, are asked once for the group; the
    /// rows go in with one statement a table (``PostgresRows``).
    private func commit(
        _ items: [IntakeItem], at millis: Int64, seq: inout Int64, chain: inout [UInt8], _ s: PGSession
    ) async throws -> [IntakeOutcome] {
        var earlier = try await recorded(items, s)
        // The head lock orders every commit, so this sees every server's articles.
        var originals = try await storedArticles(items, s)
        var rows = PostgresRows()
        var outcomes: [IntakeOutcome] = []
        outcomes.reserveCapacity(items.count)
        for item in items {
            if let identity = item.identity, let outcome = earlier[RecordedKey(identity: identity, sha256: item.sha256)] {
                outcomes.append(outcome)
                continue
            }
            let outcome: IntakeOutcome
            switch item.result {
            case .failure(let error):
                seq += 1
                append(JournalRecord(seq: seq, kind: .failed, atMillis: millis, file: item.file, fileSHA256: item.sha256,
                                     errorCode: error.code, errorReason: error.description),
                       identity: item.identity, at: millis, chain: &chain, into: &rows)
                outcome = .failed(seq: seq, code: error.code, reason: error.description)
            case .success(let articles):
                if let original = originals[item.sha256] {
                    seq += 1
                    append(JournalRecord(seq: seq, kind: .duplicate, atMillis: millis, file: item.file, fileSHA256: item.sha256,
                                         duplicateOf: original),
                           identity: item.identity, at: millis, chain: &chain, into: &rows)
                    outcome = .duplicate(seq: seq, of: original)
                } else {
                    var seqs: [Int64] = []
                    for (index, article) in articles.enumerated() {
                        seq += 1
                        append(JournalRecord(seq: seq, kind: .article, atMillis: millis, file: item.file, fileSHA256: item.sha256,
                                             item: index, article: article),
                               identity: index == 0 ? item.identity : nil,
                               analysis: index < item.analyses.count ? item.analyses[index] : nil, at: millis, chain: &chain, into: &rows)
                        seqs.append(seq)
                    }
                    if let first = seqs.first { originals[item.sha256] = first }
                    outcome = .stored(seqs: seqs)
                }
            }
            outcomes.append(outcome)
            // The same file twice in one group is recorded once, as across groups.
            if let identity = item.identity {
                earlier[RecordedKey(identity: identity, sha256: item.sha256)] = Self.recordedAgain(outcome)
            }
        }
        try await rows.write(s)
        return outcomes
    }

    /// Adds one record to the chain and the rows, with its article and analysis, linking the
    /// article into a story (an imported article at its first intake time, as on SQLite).
    func append(
        _ record: JournalRecord, identity: String?, analysis: ArticleAnalysis? = nil, at millis: Int64, chain: inout [UInt8],
        into rows: inout PostgresRows
    ) {
        let (content, hash) = record.hashes
        chain = JournalRecord.chain(previous: chain, recordHash: hash)
        rows.addJournal(
            seq: record.seq, kind: record.kind.rawValue, atMillis: record.atMillis, file: record.file, fileSHA256: record.fileSHA256,
            identity: identity, server: server, item: record.item, duplicateOf: record.duplicateOf, errorCode: record.errorCode,
            errorReason: record.errorReason, recordHash: hash, chain: chain, version: record.version, contentHash: content,
            originAtMillis: record.originAtMillis, originHash: record.originHash)
        guard let a = record.article else { return }
        rows.addArticle(
            seq: record.seq, title: a.title, body: a.body, url: a.url, published: a.published.map(DateParser.format), source: a.source,
            language: a.language, format: a.format, config: PostgresSchema.textSearchConfiguration(analysis?.language ?? a.language))
        guard let analysis else { return }
        let at = a.eventMillis(ingestedAt: record.originAtMillis ?? record.atMillis)
        let link = linker?.link(seq: record.seq, atMillis: at, analysis: analysis) ?? StoryLinker.Link(duplicateOf: nil, story: record.seq)
        rows.addAnalysis(analysis, seq: record.seq, link: link, atMillis: at, mergedAt: millis)
    }

    /// What a second sight of a file just recorded finds.
    private static func recordedAgain(_ outcome: IntakeOutcome) -> IntakeOutcome? {
        switch outcome {
        case .stored(let seqs): seqs.first.map { .alreadyRecorded(kind: .article, seq: $0, code: nil, reason: nil) }
        case .duplicate(let seq, _): .alreadyRecorded(kind: .duplicate, seq: seq, code: nil, reason: nil)
        case .failed(let seq, let code, let reason): .alreadyRecorded(kind: .failed, seq: seq, code: code, reason: reason)
        case .alreadyRecorded: outcome
        }
    }

    struct RecordedKey: Hashable {
        var identity: String
        var sha256: String
    }

    /// What this server recorded before of the group's files (by file identity and content), in one query.
    private func recorded(_ items: [IntakeItem], _ s: PGSession) async throws -> [RecordedKey: IntakeOutcome] {
        let identities = Set(items.compactMap(\.identity))
        guard !identities.isEmpty else { return [:] }
        var out: [RecordedKey: IntakeOutcome] = [:]
        try await s.query(
            """
            SELECT file_identity, file_sha256, kind, seq, error_code, error_reason FROM journal
            WHERE server = $1 AND file_identity = ANY($2::text[]) ORDER BY seq
            """,
            [.text(server), .texts(identities.sorted())]
        ) { row in
            let key = RecordedKey(identity: row.text(0) ?? "", sha256: row.text(1) ?? "")
            guard out[key] == nil else { return }
            out[key] = .alreadyRecorded(
                kind: JournalRecord.Kind(rawValue: row.text(2) ?? "") ?? .article, seq: row.int(3) ?? 0, code: row.text(4), reason: row.text(5))
        }
        return out
    }

    /// The first article of each of the group's contents already stored, by any server, in one query.
    private func storedArticles(_ items: [IntakeItem], _ s: PGSession) async throws -> [String: Int64] {
        let hashes = Set(items.compactMap { item -> String? in
            if case .success = item.result { return item.sha256 } else { return nil }
        })
        guard !hashes.isEmpty else { return [:] }
        var out: [String: Int64] = [:]
        try await s.query(
            "SELECT file_sha256, min(seq) FROM journal WHERE file_sha256 = ANY($1::text[]) AND kind = 'article' GROUP BY file_sha256",
            [.texts(hashes.sorted())]
        ) { row in
            if let sha = row.text(0), let seq = row.int(1) { out[sha] = seq }
        }
        return out
    }

    static func json(_ strings: [String]) -> PGValue { .text(JSONLine.encode(strings)) }

    /// Teaches `linker` what is stored: the fingerprints of the latest articles and the story
    /// keys of the latest ones, as many as it keeps, and the merges among them (bounded, as on SQLite).
    func restoreLinker(_ s: PGSession) async throws {
        guard let linker else { return }
        let head = try await headSeq(s)
        try await load(linker, after: head - Int64(linker.configuration.fingerprints), through: head, s)
        linker.commit()
        linkerSeq = head
        restoring = nil
    }

    private func headSeq(_ s: PGSession) async throws -> Int64 {
        var head: Int64 = 0
        try await s.query("SELECT seq FROM chain_head WHERE id = 1") { head = $0.int(0) ?? 0 }
        return head
    }

    /// The window the linker learns in steps after the open (``restoreSteps(all:)``): the latest
    /// ``StoryLinker/Configuration/fingerprints`` articles stored at the open, their keys for the
    /// latest ``StoryLinker/Configuration/stories``.
    struct LinkerWindow {
        let keysAfter: Int64
        let through: Int64
    }

    /// Rows a step of the linker's restore reads at most: a commit or a stop waits for one step.
    public static let restoreStep = 2_048

    /// Starts the linker's restore: the window to learn, from what is stored now. Its rows are
    /// read by ``restoreSteps(all:)``, a step at a time, after the open (the daemon is READY
    /// meanwhile); a commit first reads what is left.
    func startRestore() async throws(StoreError) {
        guard let linker else { return }
        let head = try await session { s in try await self.headSeq(s) }
        linkerSeq = max(0, head - Int64(linker.configuration.fingerprints))
        restoring = LinkerWindow(keysAfter: head - Int64(linker.configuration.stories), through: head)
    }

    /// Reads the steps left of the linker's window, each in a transaction of its own; between
    /// steps the appends that wait go first (the append lock is taken a step at a time), unless
    /// `all` (its caller, an append, holds the lock).
    func restoreSteps(all: Bool) async {
        while restoring != nil {
            if !all { await acquire() }
            let more = await learnNextStep()
            if !all { release() }
            guard more else { return }
        }
    }

    /// Reads the next step of the linker's window (the append lock held).
    /// A failed step leaves the rest to the next commit's refresh, with a linker that forgets the
    /// window's partial rows (it learns the window again from its start).
    /// - Returns: whether steps remain.
    private func learnNextStep() async -> Bool {
        // A commit or a reload may have learnt the window meanwhile.
        guard let window = restoring, let linker, linkerSeq < window.through else {
            restoring = nil
            return false
        }
        let after = linkerSeq
        let upTo = min(window.through, after + Int64(restoreStep))
        do {
            try await transaction { s in try await self.load(linker, after: after, through: upTo, keysAfter: window.keysAfter, s) }
        } catch {
            logger.debug("the story linker's restore stopped at \(after): \(error); the next commit reads the rest")
            self.linker = StoryLinker(configuration: linker.configuration)
            linkerSeq = max(0, window.through - Int64(linker.configuration.fingerprints))
            restoring = nil
            return false
        }
        linker.commit()
        linkerSeq = upTo
        if upTo >= window.through { restoring = nil }
        return restoring != nil
    }

    /// What the linker knows, for tests: articles, those with their keys, and each seq's story.
    func linkerSummary(_ seqs: ClosedRange<Int64>) -> (count: Int, cached: Int, stories: [Int64])? {
        linker.map { l in (l.count, l.cachedStoryArticles, seqs.map { l.story(of: $0) }) }
    }

    /// Learns the articles committed after the linker's last commit, up to `head` (locked).
    func refresh(_ linker: StoryLinker, through head: Int64, _ s: PGSession) async throws {
        try await load(linker, after: max(linkerSeq, head - Int64(linker.configuration.fingerprints)), through: head, s)
    }

    private func load(
        _ linker: StoryLinker, after first: Int64, through head: Int64, keysAfter: Int64? = nil, _ s: PGSession
    ) async throws {
        let keysFrom = keysAfter ?? head - Int64(linker.configuration.stories)
        try await s.query(
            """
            SELECT seq, at_ms, fingerprint, story, CASE WHEN seq > $1 THEN keys::text END, lead_keys::text
            FROM analysis WHERE seq > $2 AND seq <= $3 ORDER BY seq
            """, [.int(keysFrom), .int(first), .int(head)]
        ) { row in
            let keys = row.text(4).map { Self.decode([String].self, $0) ?? [] }
            let lead = keys == nil ? [] : row.text(5).flatMap { Self.decode([String].self, $0) } ?? []
            linker.restore(seq: row.int(0) ?? 0, atMillis: row.int(1) ?? 0, fingerprint: UInt64(bitPattern: row.int(2) ?? 0),
                           story: row.int(3) ?? 0, keys: keys, leadKeys: lead)
        }
        try await s.query(
            "SELECT story, into_story FROM story_merges WHERE by_seq > $1 AND by_seq <= $2 ORDER BY story", [.int(first), .int(head)]
        ) { row in
            linker.restoreMerge(story: row.int(0) ?? 0, into: row.int(1) ?? 0)
        }
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) -> T? {
        try? JSONDecoder().decode(type, from: Data(text.utf8))
    }

    /// A list of strings (``JSONLine/decodeStrings(_:)``: read directly, not by JSONDecoder, which
    /// was most of the linker's restore at open: 50,000 rows, two lists each).
    static func decode(_ type: [String].Type, _ text: String) -> [String]? {
        JSONLine.decodeStrings(text)
    }
}
