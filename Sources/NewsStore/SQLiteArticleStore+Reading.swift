import Foundation
import NewsCore

extension SQLiteArticleStore {
    private static let articleColumns =
        """
        a.seq, j.at_ms, j.file, j.file_sha256, j.item, a.title, a.body, a.url, a.published, a.source, a.language, a.format,
        n.seq, n.language, n.countries, n.places, n.people, n.organizations, n.topics, n.fingerprint, n.keys,
        n.duplicate_of, n.story, n.lead_keys, n.story_evidence, n.at_ms
        """
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
    public func list(sinceMillis: Int64?, limit: Int) throws -> [StoredArticle] {
        var out: [StoredArticle] = []
        try db.query(
            "SELECT \(Self.articleColumns) FROM \(Self.articleTables) WHERE j.at_ms >= ? ORDER BY a.seq DESC LIMIT ?",
            [.int(sinceMillis ?? 0), .int(Int64(limit))]
        ) { out.append(Self.stored($0)) }
        return try out.map(resolved)
    }

    /// Full-text search, best match first (BM25, title weighted ten times the body).
    ///
    /// `query` uses FTS5 syntax (`word`, `"a phrase"`, `pre*`, `AND`/`OR`/`NOT`); when it does not
    /// parse as such, its words are searched for as plain terms.
    public func search(_ query: String, limit: Int) throws -> [(article: StoredArticle, rank: Double)] {
        let sql = """
            SELECT \(Self.articleColumns), bm25(articles_fts, 10.0, 1.0) AS rank
            FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid JOIN journal j ON j.seq = a.seq
            LEFT JOIN analysis n ON n.seq = a.seq
            WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?
            """
        var out: [(StoredArticle, Double)] = []
        do {
            try db.query(sql, [.text(query), .int(Int64(limit))]) { out.append((Self.stored($0), -$0.double(26))) }
        } catch let error as SQLiteError where error.message.contains("fts5") || error.message.contains("syntax") {
            let words = query.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
                .map { "\"\($0)\"" }.joined(separator: " ")
            guard !words.isEmpty else { return [] }
            try db.query(sql, [.text(words), .int(Int64(limit))]) { out.append((Self.stored($0), -$0.double(26))) }
        }
        return try out.map { (try resolved($0.0), $0.1) }
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

    /// SQLite's integrity check, then every record's hash and chain value in order.
    /// - Parameter progress: called every few thousand records with (checked, total).
    public func verify(progress: (Int64, Int64) -> Void = { _, _ in }) throws -> VerifyReport {
        var integrity: [String] = []
        try db.query("PRAGMA integrity_check") { integrity.append($0.text(0) ?? "") }
        if integrity != ["ok"] {
            return VerifyReport(records: 0, problem: "SQLite integrity check: " + integrity.prefix(5).joined(separator: "; "))
        }
        let total = try db.scalar("SELECT count(*) FROM journal") ?? 0
        var checked: Int64 = 0
        var previous = JournalRecord.genesis
        var problem: (String, Int64)?
        try db.query(
            """
            SELECT j.seq, j.kind, j.at_ms, j.file, j.file_sha256, j.item, j.duplicate_of, j.error_code, j.error_reason,
                   j.record_hash, j.chain, a.seq IS NOT NULL, a.title, a.body, a.url, a.published, a.source, a.language,
                   a.format
            FROM journal j LEFT JOIN articles a ON a.seq = j.seq ORDER BY j.seq
            """
        ) { row in
            guard problem == nil else { return }
            let seq = row.int(0) ?? 0
            checked += 1
            if seq != checked {
                problem = ("record \(checked) is missing (the next record is \(seq))", checked)
                return
            }
            let kind = JournalRecord.Kind(rawValue: row.text(1) ?? "") ?? .failed
            var record = JournalRecord(
                seq: seq, kind: kind, atMillis: row.int(2) ?? 0, file: row.text(3) ?? "", fileSHA256: row.text(4) ?? "",
                item: Int(row.int(5) ?? 0), duplicateOf: row.int(6), errorCode: row.text(7), errorReason: row.text(8))
            if row.int(11) == 1 {
                record.article = Article(
                    title: row.text(12) ?? "", body: row.text(13) ?? "", url: row.text(14),
                    published: row.text(15).flatMap(DateParser.parse), source: row.text(16), language: row.text(17),
                    format: row.text(18) ?? "")
            } else if kind == .article {
                problem = ("record \(seq) is an article whose text is missing", seq)
                return
            }
            let hash = record.recordHash
            if hash != row.blob(9) {
                problem = ("record \(seq) (\(record.file)) was altered: its content no longer matches its hash", seq)
                return
            }
            let chain = JournalRecord.chain(previous: previous, recordHash: hash)
            if chain != row.blob(10) {
                problem = ("record \(seq) (\(record.file)) breaks the hash chain: a record before it was changed or removed", seq)
                return
            }
            previous = chain
            if checked % 5000 == 0 { progress(checked, total) }
        }
        progress(checked, total)
        if problem == nil {
            var headSeq: Int64?
            var headChain: String?
            try db.query("SELECT key, value FROM meta WHERE key IN ('head_seq', 'head_chain')") { row in
                if row.text(0) == "head_seq" { headSeq = Int64(row.text(1) ?? "") } else { headChain = row.text(1) }
            }
            if let headSeq, headSeq != checked {
                problem = ("the journal ends at record \(checked) but the last commit wrote record \(headSeq): records were removed from the end", checked + 1)
            } else if let headChain, headChain != ContentHash.hex(previous), checked > 0 {
                problem = ("the last record's chain value differs from the one the last commit wrote", checked)
            }
        }
        return VerifyReport(records: checked, problem: problem?.0, firstBadSeq: problem?.1)
    }
}
