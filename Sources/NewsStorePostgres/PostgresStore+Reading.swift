import Foundation
import NewsCore

extension PostgresStore {
    static let articleColumns =
        """
        a.seq, j.at_ms, j.file, j.file_sha256, j.item, a.title, a.body, a.url, a.published, a.source, a.language, a.format,
        n.seq, n.language, n.countries::text, n.places::text, n.people::text, n.organizations::text, n.topics::text,
        n.fingerprint, n.keys::text, n.duplicate_of, n.story, n.lead_keys::text, n.story_evidence::text, n.at_ms,
        n.main_countries::text
        """
    static let articleColumnCount = 27
    static let articleTables = "articles a JOIN journal j ON j.seq = a.seq LEFT JOIN analysis n ON n.seq = a.seq"

    static func stored(_ row: PGRow) -> StoredArticle {
        func strings(_ i: Int) -> [String] { row.text(i).flatMap { decode([String].self, $0) } ?? [] }
        var out = StoredArticle(
            seq: row.int(0) ?? 0, atMillis: row.int(1) ?? 0, file: row.text(2) ?? "", fileSHA256: row.text(3) ?? "",
            item: Int(row.int(4) ?? 0),
            article: Article(
                title: row.text(5) ?? "", body: row.text(6) ?? "", url: row.text(7), published: row.text(8).flatMap(DateParser.parse),
                source: row.text(9), language: row.text(10), format: row.text(11) ?? ""))
        guard row.int(12) != nil else { return out }
        var a = ArticleAnalysis()
        a.language = row.text(13)
        a.countries = strings(14)
        a.places = strings(15)
        a.people = strings(16)
        a.organizations = strings(17)
        a.topics = row.text(18).flatMap { decode([TopicScore].self, $0) } ?? []
        a.fingerprintValue = UInt64(bitPattern: row.int(19) ?? 0)
        a.keys = strings(20)
        a.leadKeys = strings(23)
        a.mainCountries = strings(26)
        out.duplicateOf = row.int(21)
        out.analysis = a
        out.story = row.int(22)
        out.storyEvidence = row.text(24).flatMap { decode(StoryLinker.Evidence.self, $0) }
        out.eventMillis = row.int(25)
        return out
    }

    /// Articles read by `sql` (selecting ``articleColumns``), with their stories as they are now.
    func articles(_ sql: String, _ values: [PGValue]) async throws(StoreError) -> [StoredArticle] {
        try await session { s in
            var out: [StoredArticle] = []
            try await s.query(sql, values) { out.append(Self.stored($0)) }
            for i in out.indices { if let story = out[i].story { out[i].story = try await Self.resolveStory(story, s) } }
            return out
        }
    }

    /// The story `id` is part of now, following recorded merges.
    static func resolveStory(_ id: Int64, _ s: PGSession) async throws -> Int64 {
        var story = id
        for _ in 0..<10_000 {
            guard let into = try await s.scalar("SELECT into_story FROM story_merges WHERE story = $1", [.int(story)]) else { break }
            story = into
        }
        return story
    }

    public func article(seq: Int64) async throws(StoreError) -> StoredArticle? {
        try await articles("SELECT \(Self.articleColumns) FROM \(Self.articleTables) WHERE a.seq = $1", [.int(seq)]).first
    }

    public func list(sinceMillis: Int64?, limit: Int, order: ListOrder) async throws(StoreError) -> [StoredArticle] {
        let orderBy = order == .published ? "a.published IS NULL, a.published DESC, a.seq DESC" : "a.seq DESC"
        return try await articles(
            "SELECT \(Self.articleColumns) FROM \(Self.articleTables) WHERE j.at_ms >= $1 ORDER BY \(orderBy) LIMIT $2",
            [.int(sinceMillis ?? 0), .int(Int64(limit))])
    }

    public func articles(afterSeq: Int64, limit: Int) async throws(StoreError) -> [StoredArticle] {
        try await articles(
            "SELECT \(Self.articleColumns) FROM \(Self.articleTables) WHERE a.seq > $1 ORDER BY a.seq LIMIT $2",
            [.int(afterSeq), .int(Int64(limit))])
    }

    /// The articles this server committed after `afterSeq`: what its alert matching reads.
    public func articles(committedBy server: String, afterSeq: Int64, limit: Int) async throws(StoreError) -> [StoredArticle] {
        try await articles(
            "SELECT \(Self.articleColumns) FROM \(Self.articleTables) WHERE j.server = $1 AND a.seq > $2 ORDER BY a.seq LIMIT $3",
            [.text(server), .int(afterSeq), .int(Int64(limit))])
    }

    public func story(_ id: Int64, limit: Int) async throws(StoreError) -> [StoredArticle] {
        let members: [Int64] = try await session { s in
            var out = [try await Self.resolveStory(id, s)]
            var i = 0
            while i < out.count, out.count < 100_000 {
                try await s.query("SELECT story FROM story_merges WHERE into_story = $1", [.int(out[i])]) { out.append($0.int(0) ?? 0) }
                i += 1
            }
            return out
        }
        return try await articles(
            "SELECT \(Self.articleColumns) FROM \(Self.articleTables) WHERE n.story = ANY($1::bigint[]) ORDER BY a.seq LIMIT $2",
            [.text("{" + members.map(String.init).joined(separator: ",") + "}"), .int(Int64(limit))])
    }

    public func stats() async throws(StoreError) -> StoreStats {
        try await session { s in
            var stats = StoreStats(articles: 0, duplicates: 0, failed: 0, lastSeq: 0, bytes: 0)
            try await s.query("SELECT kind, count(*) FROM journal GROUP BY kind") { row in
                let n = row.int(1) ?? 0
                switch row.text(0) {
                case "article": stats.articles = n
                case "duplicate": stats.duplicates = n
                case "failed": stats.failed = n
                default: break
                }
            }
            try await s.query("SELECT max(seq), min(at_ms), max(at_ms) FROM journal") { row in
                stats.lastSeq = row.int(0) ?? 0
                stats.firstAtMillis = row.int(1)
                stats.lastAtMillis = row.int(2)
            }
            stats.bytes = try await s.scalar("SELECT pg_database_size(current_database())") ?? 0
            return stats
        }
    }
}
