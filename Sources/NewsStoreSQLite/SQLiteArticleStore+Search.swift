import NewsCore

extension SQLiteArticleStore {
    /// The most candidates one search looks at.
    public static let searchScanLimit = 20_000

    /// The articles `query` matches, best first (BM25, title weighted ten times the body), or
    /// newest first when the query has no words FTS5 can look up. FTS5 and the stored analysis
    /// narrow the candidates; the query's matcher decides, as for subscriptions.
    public func search(_ query: SearchQuery, limit: Int, scanLimit: Int = searchScanLimit) throws -> SearchResults {
        var conditions: [String] = []
        var bindings: [SQLValue] = []
        let fts = FTS5Expression.make(query.query)
        if let fts {
            conditions.append("articles_fts MATCH ?")
            bindings.append(.text(fts))
        }
        for filter in query.requiredFilters {
            switch filter {
            case .countries(let codes):
                conditions.append(
                    "EXISTS (SELECT 1 FROM json_each(n.countries) WHERE value IN (\(codes.map { _ in "?" }.joined(separator: ","))))")
                bindings += codes.sorted().map { .text($0) }
            case .topic(let id, let minimum):
                conditions.append(
                    "EXISTS (SELECT 1 FROM json_each(n.topics) WHERE json_extract(value, '$.id') = ? AND json_extract(value, '$.score') >= ?)")
                bindings += [.text(id), .double(minimum)]
            case .language(let language):
                conditions.append("substr(coalesce(n.language, a.language), 1, 2) = ?")
                bindings.append(.text(language))
            }
        }
        // Without words for FTS5, the filters are evaluated row by row from the newest article:
        // a query that matches little would read the whole store. The scan is bounded to the
        // newest `scanLimit` articles (a range of the primary key) and says when that cut it short.
        var windowCut = false
        if fts == nil, let newest = try db.scalar("SELECT max(seq) FROM articles"), newest > Int64(scanLimit) {
            conditions.append("a.seq > ?")
            bindings.append(.int(newest - Int64(scanLimit)))
            windowCut = true
        }
        let sql = """
            SELECT \(Self.articleColumns), \(fts == nil ? "0.0" : "bm25(articles_fts, 10.0, 1.0)") AS rank
            FROM \(fts == nil ? Self.articleTables : "articles_fts JOIN articles a ON a.seq = articles_fts.rowid JOIN journal j ON j.seq = a.seq LEFT JOIN analysis n ON n.seq = a.seq")
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            ORDER BY \(fts == nil ? "a.seq DESC" : "rank") LIMIT ?
            """
        bindings.append(.int(Int64(scanLimit)))
        var hits: [SearchHit] = []
        var scanned = 0
        try db.queryOnce(sql, bindings) { row in
            scanned += 1
            let stored = Self.stored(row)
            if query.matches(stored) { hits.append(SearchHit(article: stored, rank: -row.double(Self.articleColumnCount))) }
            return hits.count < limit
        }
        return SearchResults(
            hits: try hits.map { SearchHit(article: try resolved($0.article), rank: $0.rank) },
            scanned: scanned, complete: hits.count >= limit || (scanned < scanLimit && !windowCut))
    }
}
