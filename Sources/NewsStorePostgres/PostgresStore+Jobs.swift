import Foundation
import NewsCore

/// What `newsd reindex` and `newsd replay` need beyond the ports, as on SQLite. Both rewrite
/// only what is derived from the journal (the analysis, story merges, alerts); run them with
/// every server's `newsd run` stopped (their story linkers would not see the new stories).
extension PostgresStore {
    /// Articles after `afterSeq` ingested at or after `sinceMillis`, in order.
    public func articles(afterSeq: Int64, sinceMillis: Int64, limit: Int) async throws(StoreError) -> [StoredArticle] {
        try await articles(
            "SELECT \(Self.articleColumns) FROM \(Self.articleTables) WHERE a.seq > $1 AND j.at_ms >= $2 ORDER BY a.seq LIMIT $3",
            [.int(afterSeq), .int(sinceMillis), .int(Int64(limit))])
    }

    /// Stories: distinct story ids not merged into another.
    public func storyCount() async throws(StoreError) -> Int {
        try await session { s in
            Int(try await s.scalar(
                "SELECT count(DISTINCT story) FROM analysis WHERE story NOT IN (SELECT story FROM story_merges)") ?? 0)
        }
    }

    /// Forgets the recorded story merges (`newsd reindex` links every story anew).
    public func clearStoryMerges() async throws(StoreError) {
        try await session { s in try await s.execute("DELETE FROM story_merges") }
    }

    /// Rewrites the analysis of stored articles in one transaction (`newsd reindex`): one
    /// statement for the rows and one for the merges, whatever their number.
    public func replaceAnalyses(_ items: [(seq: Int64, analysis: ArticleAnalysis, link: StoryLinker.Link, atMillis: Int64)]) async throws(StoreError) {
        guard !readOnly else { throw StoreError(.permanent, "\(location): opened read-only") }
        var rows = PostgresRows()
        for item in items { rows.addAnalysis(item.analysis, seq: item.seq, link: item.link, atMillis: item.atMillis, mergedAt: item.atMillis) }
        try await transaction { [rows] s in try await rows.write(s, replacingAnalysis: true) }
    }

    /// Whether a match of subscription `alert` with article `seq` was recorded.
    public func isRecorded(alert: String, seq: Int64) async throws(StoreError) -> Bool {
        try await session { s in
            try await s.scalar("SELECT 1 FROM alerts WHERE alert = $1 AND seq = $2", [.text(alert), .int(seq)]) != nil
        }
    }
}
