import CSQLite
import Foundation
import NewsCore

extension SQLiteArticleStore {
    static let articleColumns =
        """
        a.seq, j.at_ms, j.file, j.file_sha256, j.item, a.title, a.body, a.url, a.published, a.source, a.language, a.format,
        n.seq, n.language, n.countries, n.places, n.people, n.organizations, n.topics, n.fingerprint, n.keys,
        n.duplicate_of, n.story, n.lead_keys, n.story_evidence, n.at_ms, n.main_countries
        """
    /// How many columns `articleColumns` has: a query that selects more after them reads those
    /// from this index on.
    static let articleColumnCount: Int32 = 27
    /// The tables `articleColumns` reads from, joined.
    static let articleTables = "articles a JOIN journal j ON j.seq = a.seq LEFT JOIN analysis n ON n.seq = a.seq"

    static func stored(_ row: SQLiteDatabase.Row) -> StoredArticle {
        var out = StoredArticle(
            seq: row.int(0) ?? 0, atMillis: row.int(1) ?? 0, file: row.text(2) ?? "", fileSHA256: row.text(3) ?? "",
            item: Int(row.int(4) ?? 0),
            article: Article(
                title: row.text(5) ?? "", body: row.text(6) ?? "", url: row.text(7),
                published: row.text(8).flatMap(DateParser.parse), source: row.text(9), language: row.text(10),
                format: row.text(11) ?? ""))
        guard row.int(12) != nil else { return out }
        var a = ArticleAnalysis()
        a.language = row.text(13)
        a.countries = row.text(14).flatMap { JSONText.decode([String].self, $0) } ?? []
        a.places = row.text(15).flatMap { JSONText.decode([String].self, $0) } ?? []
        a.people = row.text(16).flatMap { JSONText.decode([String].self, $0) } ?? []
        a.organizations = row.text(17).flatMap { JSONText.decode([String].self, $0) } ?? []
        a.topics = row.text(18).flatMap { JSONText.decode([TopicScore].self, $0) } ?? []
        a.fingerprintValue = UInt64(bitPattern: row.int(19) ?? 0)
        a.keys = row.text(20).flatMap { JSONText.decode([String].self, $0) } ?? []
        out.duplicateOf = row.int(21)
        a.leadKeys = row.text(23).flatMap { JSONText.decode([String].self, $0) } ?? []
        out.analysis = a
        out.story = row.int(22)
        out.storyEvidence = row.text(24).flatMap { JSONText.decode(StoryLinker.Evidence.self, $0) }
        out.eventMillis = row.int(25)
        // Stored since main_countries exists; an older article's is empty until `newsd reindex`.
        out.analysis?.mainCountries = row.text(26).flatMap { JSONText.decode([String].self, $0) } ?? []
        return out
    }

    /// The article with this sequence number, or nil.
    public func article(seq: Int64) throws -> StoredArticle? {
        var found: StoredArticle?
        try db.query(
            "SELECT \(Self.articleColumns) FROM \(Self.articleTables) WHERE a.seq = ?",
            [.int(seq)]
        ) { found = Self.stored($0) }
        return try found.map(resolved)
    }

    /// Articles ingested at or after `sinceMillis`, newest first.
    /// By publication time, SQLite keeps the best `limit` rows while it scans the articles since
    /// `sinceMillis` (no index on `published`: a sort of the scanned rows, memory bounded by `limit`).
    public func list(sinceMillis: Int64?, limit: Int, order: ListOrder = .ingested) throws -> [StoredArticle] {
        var out: [StoredArticle] = []
        let orderBy = order == .published ? "a.published IS NULL, a.published DESC, a.seq DESC" : "a.seq DESC"
        try db.query(
            "SELECT \(Self.articleColumns) FROM \(Self.articleTables) WHERE j.at_ms >= ? ORDER BY \(orderBy) LIMIT ?",
            [.int(sinceMillis ?? 0), .int(Int64(limit))]
        ) { out.append(Self.stored($0)) }
        return try out.map(resolved)
    }

    /// How many stories the analysed articles form (a story merged into another counts once).
    public func storyCount() throws -> Int {
        Int(try db.scalar("SELECT count(DISTINCT story) FROM analysis WHERE story NOT IN (SELECT story FROM story_merges)") ?? 0)
    }

    /// The article with its story as it is now (after later merges).
    func resolved(_ article: StoredArticle) throws -> StoredArticle {
        var a = article
        if let s = a.story { a.story = try resolveStory(s) }
        return a
    }

    /// The articles of a story (merged stories included), in order, at most `limit`.
    public func story(_ id: Int64, limit: Int = 10_000) throws -> [StoredArticle] {
        let members = try storyMembers(try resolveStory(id))
        var out: [StoredArticle] = []
        for member in members {
            try db.query(
                "SELECT \(Self.articleColumns) FROM \(Self.articleTables) WHERE n.story = ? ORDER BY a.seq LIMIT ?",
                [.int(member), .int(Int64(limit))]) { out.append(Self.stored($0)) }
        }
        return try out.sorted { $0.seq < $1.seq }.prefix(limit).map(resolved)
    }

    /// Articles with `seq` above `afterSeq`, in order, `limit` at a time (alert catch-up, replay, reindex).
    public func articles(afterSeq: Int64, sinceMillis: Int64 = 0, limit: Int) throws -> [StoredArticle] {
        var out: [StoredArticle] = []
        try db.query(
            "SELECT \(Self.articleColumns) FROM \(Self.articleTables) WHERE a.seq > ? AND j.at_ms >= ? ORDER BY a.seq LIMIT ?",
            [.int(afterSeq), .int(sinceMillis), .int(Int64(limit))]
        ) { out.append(Self.stored($0)) }
        return try out.map(resolved)
    }

    public func stats() throws -> StoreStats {
        var s = StoreStats(articles: 0, duplicates: 0, failed: 0, lastSeq: 0, bytes: 0)
        try db.query("SELECT kind, count(*) FROM journal GROUP BY kind") { row in
            let n = row.int(1) ?? 0
            switch row.text(0) {
            case "article": s.articles = n
            case "duplicate": s.duplicates = n
            case "failed": s.failed = n
            default: break
            }
        }
        try db.query("SELECT max(seq), min(at_ms), max(at_ms) FROM journal") { row in
            s.lastSeq = row.int(0) ?? 0
            s.firstAtMillis = row.int(1)
            s.lastAtMillis = row.int(2)
        }
        let pages = try db.scalar("PRAGMA page_count") ?? 0
        let pageSize = try db.scalar("PRAGMA page_size") ?? 0
        s.bytes = pages * pageSize
        return s
    }

    /// SQLite's integrity check, then every record's hash and chain value in order, the head
    /// kept in `meta` and the one anchored outside the database (``StoreAnchor``: a database that
    /// lost its last commits is behind it), and the tables derived from the records: the
    /// full-text index, the analysis and the alerts.
    /// - Parameter progress: called every few thousand records with (checked, total).
    public func verify(progress: (Int64, Int64) -> Void = { _, _ in }) throws -> VerifyReport {
        var integrity: [String] = []
        try db.query("PRAGMA integrity_check") { integrity.append($0.text(0) ?? "") }
        if integrity != ["ok"] {
            return VerifyReport(records: 0, problem: "SQLite integrity check: " + integrity.prefix(5).joined(separator: "; "))
        }
        if try db.scalar("SELECT count(*) FROM sqlite_master WHERE name IN ('meta', 'journal')") != 2 {
            // Even the schema is gone (it was in a WAL that was lost, say).
            if let anchor = try? StoreAnchor.read(path: StoreAnchor.path(forStore: path)), anchor.seq > 0 {
                return VerifyReport(records: 0, problem: "ROLLBACK: the database is empty but records 1-\(anchor.seq) were committed (\(StoreAnchor.path(forStore: path))): a truncated WAL or a replaced newsd.db?", firstBadSeq: 1)
            }
            return VerifyReport(records: 0, problem: "this is not a newsd store (no journal table)")
        }
        var meta: [String: String] = [:]
        try db.query("SELECT key, value FROM meta") { meta[$0.text(0) ?? ""] = $0.text(1) ?? "" }
        // Losses found when a daemon opened the store: "from-to@ms", comma-separated.
        let lost: [(range: ClosedRange<Int64>, atMillis: Int64)] = (meta["lost_records"] ?? "").split(separator: ",").compactMap { item in
            let parts = item.split(separator: "@")
            let bounds = parts.first?.split(separator: "-").compactMap { Int64($0) } ?? []
            guard bounds.count == 2, bounds[0] <= bounds[1] else { return nil }
            return (bounds[0]...bounds[1], parts.count > 1 ? Int64(parts[1]) ?? 0 : 0)
        }
        let anchor: StoreAnchor?
        do { anchor = try StoreAnchor.read(path: StoreAnchor.path(forStore: path)) } catch {
            return VerifyReport(records: 0, problem: "\(error): restore it from a backup, or run the daemon once to write it anew after checking the store")
        }

        let total = try db.scalar("SELECT count(*) FROM journal") ?? 0
        let retention = try hasRetentionSchema()
        var redactions: [Int64: ChainVerifier.Redaction] = [:]
        var checkpoints: [Int64: Checkpoint] = [:]
        if retention {
            try db.query("SELECT seq, reason, at_ms FROM redactions") { redactions[$0.int(0) ?? 0] = .init(reason: $0.text(1) ?? "", atMillis: $0.int(2) ?? 0) }
            try db.query("SELECT seq, chain, at_ms, before_ms FROM checkpoints") {
                checkpoints[$0.int(0) ?? 0] = Checkpoint(seq: $0.int(0) ?? 0, chain: $0.blob(1), atMillis: $0.int(2) ?? 0, beforeMillis: $0.int(3) ?? 0)
            }
        }
        var verifier = ChainVerifier(checkpoints: checkpoints, redactions: redactions)
        var anchoredChainMatches: Bool?
        var problem: (String, Int64)?
        let v2Columns = retention ? "j.version, j.content_hash, j.origin_at_ms, j.origin_hash" : "NULL, NULL, NULL, NULL"
        try db.query(
            """
            SELECT j.seq, j.kind, j.at_ms, j.file, j.file_sha256, j.item, j.duplicate_of, j.error_code, j.error_reason,
                   j.record_hash, j.chain, a.seq IS NOT NULL, a.title, a.body, a.url, a.published, a.source, a.language,
                   a.format, \(v2Columns)
            FROM journal j LEFT JOIN articles a ON a.seq = j.seq ORDER BY j.seq
            """
        ) { row in
            guard problem == nil else { return }
            let seq = row.int(0) ?? 0
            var record = JournalRecord(
                seq: seq, kind: JournalRecord.Kind(rawValue: row.text(1) ?? "") ?? .failed, atMillis: row.int(2) ?? 0,
                file: row.text(3) ?? "", fileSHA256: row.text(4) ?? "", item: Int(row.int(5) ?? 0), duplicateOf: row.int(6),
                errorCode: row.text(7), errorReason: row.text(8), version: Int(row.int(19) ?? 1), originAtMillis: row.int(21),
                originHash: row.text(22))
            if row.int(11) == 1 {
                record.article = Article(
                    title: row.text(12) ?? "", body: row.text(13) ?? "", url: row.text(14),
                    published: row.text(15).flatMap(DateParser.parse), source: row.text(16), language: row.text(17),
                    format: row.text(18) ?? "")
            }
            problem = verifier.check(
                record, storedHash: row.blob(9), storedChain: row.blob(10), storedContentHash: row.isNull(20) ? nil : row.blob(20),
                lostAllowed: { from, through in lost.contains { $0.range.lowerBound == from && $0.range.upperBound >= through } })
            guard problem == nil else { return }
            if let anchor, anchor.seq == seq { anchoredChainMatches = verifier.chain == anchor.chain }
            if verifier.checked % 5000 == 0 { progress(verifier.checked, total) }
        }
        if problem == nil {
            // Pruned up to the head: nothing after the last checkpoint yet.
            let before = verifier.last
            verifier.finish()
            if let anchor, verifier.last != before, anchor.seq == verifier.last { anchoredChainMatches = verifier.chain == anchor.chain }
        }
        let (checked, last, previous) = (verifier.checked, verifier.last, verifier.chain)
        var notes = verifier.notes
        progress(checked, total)
        if problem == nil, let loss = lost.first {
            let when = DateParser.format(Date(timeIntervalSince1970: Double(loss.atMillis) / 1000))
            problem = ("ROLLBACK: the database lost records \(loss.range.lowerBound)-\(loss.range.upperBound) (found at \(when)); "
                + "their files were already moved to processed/ (see journalctl -t newsd for their names): put them back in the inbox to store them again",
                loss.range.lowerBound)
        }
        if problem == nil {
            let floor = Int64(meta["seq_floor"] ?? "") ?? 0
            if let anchor, anchor.seq > max(last, floor) {
                problem = ("ROLLBACK: the journal ends at record \(last) but record \(anchor.seq) was committed (\(StoreAnchor.path(forStore: path))): "
                    + "records \(last + 1)-\(anchor.seq) were lost; a truncated WAL or a restored copy of newsd.db?", last + 1)
            } else if let anchor, anchoredChainMatches == false {
                problem = ("record \(anchor.seq)'s chain value differs from the anchored one: the journal was rewritten up to it", anchor.seq)
            } else if anchor == nil, meta["anchored"] == "1" {
                problem = ("the head anchor \(StoreAnchor.path(forStore: path)) is missing: it was deleted, or this newsd.db was copied without it", last)
            }
        }
        if problem == nil, last > 0 {
            if meta["head_seq"] == nil || meta["head_chain"] == nil {
                problem = ("the head the last commit wrote (meta head_seq, head_chain) is missing: it was deleted", last)
            } else if let headSeq = Int64(meta["head_seq"] ?? ""), headSeq != last {
                problem = ("the journal ends at record \(last) but the last commit wrote record \(headSeq): records were removed from the end", last + 1)
            } else if meta["head_chain"] != ContentHash.hex(previous) {
                problem = ("the last record's chain value differs from the one the last commit wrote", last)
            }
        }
        var ftsUnchecked: String?
        if problem == nil { problem = try verifyDerived(ftsUnchecked: &ftsUnchecked) }
        if let ftsUnchecked { notes.append(ftsUnchecked) }
        return VerifyReport(records: checked, problem: problem?.0, firstBadSeq: problem?.1, notes: notes)
    }

    /// The tables derived from the hashed records: the full-text index against the articles,
    /// analysis and alerts only of stored articles, and each alert's title as its article's. (An
    /// alert's story is not checked: `newsd reindex` links stories anew and leaves alerts as raised.)
    private func verifyDerived(ftsUnchecked: inout String?) throws -> (String, Int64)? {
        // FTS5 checks its index by a command written as an INSERT, which a read-only connection
        // refuses: a second connection runs it in a transaction that is rolled back. The articles
        // a running daemon has not indexed yet are indexed first, in the same transaction.
        func check(on connection: SQLiteDatabase) throws {
            try connection.execute("BEGIN IMMEDIATE")
            defer { try? connection.execute("ROLLBACK") }
            _ = try Self.indexAwaiting(connection, limit: nil)
            try connection.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
        }
        do {
            try check(on: db)
        } catch let error as SQLiteError where error.code & 0xFF == SQLITE_READONLY {
            do {
                try check(on: try SQLiteDatabase(path: path))
            } catch let error as SQLiteError where [SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM].contains(error.code & 0xFF) {
                ftsUnchecked = "the full-text index was not checked: the store is not writable for this user (run verify as its owner)"
            } catch let error as SQLiteError {
                return ("the full-text index does not match the articles (\(error.message)); rebuild it with `newsd reindex`", 0)
            } catch {
                return ("the full-text index does not match the articles (\(error)); rebuild it with `newsd reindex`", 0)
            }
        } catch let error as SQLiteError {
            return ("the full-text index does not match the articles (\(error.message)); rebuild it with `newsd reindex`", 0)
        } catch {
            return ("the full-text index does not match the articles (\(error)); rebuild it with `newsd reindex`", 0)
        }
        let redacted = try hasRetentionSchema() ? "EXISTS (SELECT 1 FROM redactions r WHERE r.seq = l.seq)" : "0"
        if let seq = try db.scalar("SELECT n.seq FROM analysis n LEFT JOIN articles a ON a.seq = n.seq WHERE a.seq IS NULL LIMIT 1") {
            return ("analysis row \(seq) has no article: it was added by hand", seq)
        }
        var bad: (String, Int64)?
        try db.query(
            """
            SELECT l.id, l.seq, l.title, a.seq IS NOT NULL, a.title, a.body, l.story, n.story, \(redacted)
            FROM alerts l LEFT JOIN articles a ON a.seq = l.seq LEFT JOIN analysis n ON n.seq = l.seq ORDER BY l.id
            """
        ) { row in
            guard bad == nil else { return }
            let id = row.int(0) ?? 0
            let seq = row.int(1) ?? 0
            if row.int(8) == 1 {
                if row.text(2) != Self.redactedTitle { bad = ("alert \(id) still holds the title of redacted article \(seq)", seq) }
                return
            }
            guard row.int(3) == 1 else {
                bad = ("alert \(id) names article \(seq), which is not stored: the alert was forged", seq)
                return
            }
            let headline = Article(title: row.text(4) ?? "", body: row.text(5) ?? "", format: "").headline
            if row.text(2) != headline {
                bad = ("alert \(id)'s title is not its article's (\(seq)): the alert was altered", seq)
            }
        }
        return bad
    }
}
