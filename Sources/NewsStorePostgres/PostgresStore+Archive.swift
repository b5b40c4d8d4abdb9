import Foundation
import NewsCore

extension PostgresStore {
    // MARK: Export

    /// The articles an export reads: those with a row in `articles` (a pruned or redacted article
    /// has none: a redaction deletes it, as on SQLite), ingested at or after the `since` parameter.
    static let exportTables = "\(articleTables) WHERE j.at_ms >= $1"

    /// How many articles ``exportPage(afterSeq:sinceMillis:limit:)`` would give from `sinceMillis` on.
    public func exportCount(sinceMillis: Int64) async throws(StoreError) -> Int64 {
        try await session { s in try await s.scalar("SELECT count(*) FROM \(Self.exportTables)", [.int(sinceMillis)]) ?? 0 }
    }

    /// The articles after `afterSeq` ingested at or after `sinceMillis`, in order, at most
    /// `limit`, with their record's hashes and provenance: the export reads page by page.
    public func exportPage(afterSeq: Int64, sinceMillis: Int64, limit: Int) async throws(StoreError) -> [ExportedArticle] {
        let n = Self.articleColumnCount
        return try await session { s in
            var out: [ExportedArticle] = []
            try await s.query(
                """
                SELECT \(Self.articleColumns), j.record_hash, j.content_hash, j.origin_at_ms, j.origin_hash
                FROM \(Self.exportTables) AND a.seq > $2 ORDER BY a.seq LIMIT $3
                """,
                [.int(sinceMillis), .int(afterSeq), .int(Int64(limit))]
            ) { row in
                let stored = Self.stored(row)
                out.append(ExportedArticle(
                    stored: stored, contentHash: row.bytes(n + 1) ?? JournalRecord.contentHash(stored.article),
                    recordHash: row.bytes(n) ?? [], originAtMillis: row.int(n + 2), originHash: row.text(n + 3)))
            }
            let stories = try await Self.resolveStories(Set(out.compactMap(\.stored.story)), s)
            for i in out.indices {
                if let story = out[i].stored.story { out[i].stored.story = stories[story] ?? story }
            }
            return out
        }
    }

    /// The story each of `ids` is part of now, following recorded merges (as
    /// ``resolveStory(_:_:)``), in one query for a page instead of one an article.
    static func resolveStories(_ ids: Set<Int64>, _ s: PGSession) async throws -> [Int64: Int64] {
        guard !ids.isEmpty else { return [:] }
        var out: [Int64: Int64] = [:]
        try await s.query(
            """
            WITH RECURSIVE walk(start, story, depth) AS (
                SELECT id, id, 0 FROM unnest($1::bigint[]) AS id
                UNION ALL
                SELECT w.start, m.into_story, w.depth + 1 FROM walk w JOIN story_merges m ON m.story = w.story
                WHERE w.depth < 10000
            )
            SELECT DISTINCT ON (start) start, story FROM walk ORDER BY start, depth DESC
            """, [.text("{" + ids.sorted().map(String.init).joined(separator: ",") + "}")]
        ) { row in
            if let start = row.int(0), let story = row.int(1) { out[start] = story }
        }
        return out
    }

    // MARK: Import

    /// Appends the articles as new records of the one chain, in one transaction under the chain
    /// head lock (as a commit does, so it may run beside every server's `newsd run`), analysed
    /// ones linked into stories by this store's linker. An article whose content hash is stored
    /// already, or whose file's first article is (the same bytes make one article), is skipped.
    /// Returns the new sequence numbers.
    public func importArticles(_ items: [ImportedArticle], at millis: Int64) async throws(StoreError) -> [Int64] {
        guard !items.isEmpty else { return [] }
        return try await appendingUnderHead { s, seq, chain in try await self.appendImported(items, at: millis, seq: &seq, chain: &chain, s) }
    }

    private func appendImported(
        _ items: [ImportedArticle], at millis: Int64, seq: inout Int64, chain: inout [UInt8], _ s: PGSession
    ) async throws -> [Int64] {
        let hashes = items.map { ContentHash.hex(JournalRecord.contentHash($0.article)) }
        var contents = Set<String>()
        try await s.query(
            "SELECT encode(content_hash, 'hex') FROM journal WHERE content_hash = ANY(SELECT decode(unnest($1::text[]), 'hex'))",
            [.texts(Array(Set(hashes)).sorted())]
        ) { row in if let hex = row.text(0) { contents.insert(hex) } }
        // journal_one_article: one first article per file content, whoever stored it.
        var files = Set<String>()
        try await s.query(
            "SELECT file_sha256 FROM journal WHERE file_sha256 = ANY($1::text[]) AND kind = 'article' AND item = 0",
            [.texts(Array(Set(items.filter { $0.item == 0 }.map(\.fileSHA256))).sorted())]
        ) { row in if let sha = row.text(0) { files.insert(sha) } }
        var rows = PostgresRows()
        var added: [Int64] = []
        for (item, hash) in zip(items, hashes) where !contents.contains(hash) && !(item.item == 0 && files.contains(item.fileSHA256)) {
            seq += 1
            let record = JournalRecord(
                seq: seq, kind: .article, atMillis: millis, file: item.file, fileSHA256: item.fileSHA256, item: item.item,
                article: item.article, originAtMillis: item.originAtMillis, originHash: item.originHash)
            append(record, identity: nil, analysis: item.analysis, at: millis, chain: &chain, into: &rows)
            contents.insert(hash)
            if item.item == 0 { files.insert(item.fileSHA256) }
            added.append(seq)
        }
        if !added.isEmpty { try await rows.write(s) }
        return added
    }
}
