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
        /// Takes a candidate row when the matcher says it matches; false once `limit` are found.
        func take(_ row: SQLiteDatabase.Row, rank: Double) -> Bool {
            scanned += 1
            let stored = Self.stored(row)
            if query.matches(stored) { hits.append(SearchHit(article: stored, rank: rank)) }
            return hits.count < limit
        }
        if fts != nil {
            // The articles the full-text index has not taken yet (the daemon's last tenth of a
            // second, at most a batch: see `indexAwaiting`) are read one by one, newest first,
            // and decided by the matcher, ahead of the ranked hits: a search finds an article as
            // soon as it is stored.
            let mark = try Self.searchWatermark(db)
            if try db.scalar("SELECT 1 FROM articles WHERE seq > ? LIMIT 1", [.int(mark)]) != nil {
                let filters = Array(conditions.dropFirst()) + ["a.seq > ?"]
                try db.queryOnce(
                    "SELECT \(Self.articleColumns), 0.0 FROM \(Self.articleTables) WHERE \(filters.joined(separator: " AND ")) ORDER BY a.seq DESC LIMIT ?",
                    Array(bindings.dropFirst().dropLast()) + [.int(mark), .int(Int64(scanLimit))]
                ) { take($0, rank: 0) }
            }
        }
        if hits.count < limit {
            try db.queryOnce(sql, bindings) { take($0, rank: -$0.double(Self.articleColumnCount)) }
        }
        return SearchResults(
            hits: try hits.map { SearchHit(article: try resolved($0.article), rank: $0.rank) },
            scanned: scanned, complete: hits.count >= limit || (scanned < scanLimit && !windowCut))
    }
}
