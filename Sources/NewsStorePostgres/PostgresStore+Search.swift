import NewsCore

extension PostgresStore {
    /// The most candidates one search looks at.
    public static let searchScanLimit = 20_000

    /// The articles `query` matches, best first (`ts_rank`, title weighted over body), or newest
    /// first when the index cannot narrow the query. Each article's vector was made with its
    /// language's configuration, so the tsquery is the OR of the query under every configuration
    /// the store holds; candidates are re-checked by the query's matcher, as for subscriptions.
    public func search(_ query: SearchQuery, limit: Int) async throws(StoreError) -> SearchResults {
        try await search(query, limit: limit, scanLimit: Self.searchScanLimit)
    }

    public func search(_ query: SearchQuery, limit: Int, scanLimit: Int) async throws(StoreError) -> SearchResults {
        var conditions: [String] = []
        var values: [PGValue] = []
        func bind(_ v: PGValue) -> String {
            values.append(v)
            return "$\(values.count)"
        }
        // The configurations in use, each with its tsquery; one whose query is empty (only stop
        // words) or impossible (a prefix under stemming) leaves the index out.
        let configs: [String] = try await session { s in
            var out: [String] = []
            try await s.query("SELECT config::text FROM ts_configs ORDER BY 1") { out.append($0.text(0) ?? "simple") }
            return out
        }
        var tsquery: String?
        if !configs.isEmpty {
            var branches: [String] = []
            var usable = true
            for config in configs {
                guard let text = TSQueryExpression.make(query.query, stemmed: config != "simple") else { usable = false; break }
                let empty = try await session { s in
                    try await s.scalar("SELECT numnode(to_tsquery($1::regconfig, $2))", [.text(config), .text(text)]) == 0
                }
                if empty { usable = false; break }
                branches.append("to_tsquery('\(config)'::regconfig, \(bind(.text(text))))")
            }
            if usable, !branches.isEmpty {
                tsquery = "(" + branches.joined(separator: " || ") + ")"
                conditions.append("a.tsv @@ \(tsquery!)")
            }
        }
        for filter in query.requiredFilters {
            switch filter {
            case .countries(let codes):
                conditions.append("n.countries ?| \(bind(.texts(codes.sorted())))::text[]")
            case .topic(let id, let minimum):
                conditions.append(
                    "EXISTS (SELECT 1 FROM jsonb_array_elements(n.topics) t WHERE t->>'id' = \(bind(.text(id))) AND (t->>'score')::float8 >= \(bind(.double(minimum))))")
            case .language(let language):
                conditions.append("substr(coalesce(n.language, a.language), 1, 2) = \(bind(.text(language)))")
            }
        }
        let rank = tsquery.map { "ts_rank('{0.1, 0.2, 0.4, 1.0}', a.tsv, \($0))" } ?? "0.0::float8"
        let sql = """
            SELECT \(Self.articleColumns), \(rank)::float8 AS rank FROM \(Self.articleTables)
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            ORDER BY \(tsquery == nil ? "a.seq DESC" : "rank DESC, a.seq DESC") LIMIT \(bind(.int(Int64(scanLimit))))
            """
        let finalValues = values
        let (hits, scanned): ([SearchHit], Int) = try await session { s in
            var hits: [SearchHit] = []
            var scanned = 0
            // The rows stream in: reading stops once `limit` hits are found.
            let rows = try await s.connection.query(.make(sql, finalValues), logger: s.logger)
            for try await raw in rows {
                let row = PGRow(raw)
                scanned += 1
                let stored = Self.stored(row)
                if query.matches(stored) { hits.append(SearchHit(article: stored, rank: row.double(Self.articleColumnCount))) }
                if hits.count >= limit { break }
            }
            for i in hits.indices {
                if let story = hits[i].article.story { hits[i].article.story = try await Self.resolveStory(story, s) }
            }
            return (hits, scanned)
        }
        return SearchResults(hits: hits, scanned: scanned, complete: hits.count >= limit || scanned < scanLimit)
    }
}
