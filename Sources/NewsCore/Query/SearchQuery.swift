/// A search in the subscription query language (`newsd search`, the web interface): the parsed
/// query, compiled for exact matching. A store adapter narrows and ranks the candidates with
/// its own index (``query``, ``requiredFilters``); ``matches(_:)`` decides, by the same rules
/// as subscriptions, so a search finds what a subscription would have alerted on.
public struct SearchQuery: Sendable {
    public let text: String
    public let query: Query
    let compiled: CompiledQuery

    /// - Throws: ``QueryError`` with the line and column of the first problem.
    public init(_ text: String, gazetteer: Gazetteer = .shared) throws(QueryError) {
        self.text = text
        query = try QueryParser.parse(text)
        compiled = try CompiledQuery(query, gazetteer: gazetteer)
    }

    /// Whether `article` matches, as a subscription with this query would.
    public func matches(_ article: StoredArticle) -> Bool {
        compiled.matches(MatchDocument(article: article.article, analysis: article.analysis ?? ArticleAnalysis()))
    }

    /// A condition on the stored analysis that every match meets.
    public enum Filter: Sendable, Equatable {
        /// One of these country codes.
        case countries(Set<String>)
        /// The topic, with at least this score.
        case topic(String, minimum: Double)
        /// The language (ISO 639-1).
        case language(String)
    }

    /// The countries, topics and language that the query's top-level conjunction requires,
    /// with names already resolved (country:Japan is JP): an adapter may look them up in its
    /// own index.
    public var requiredFilters: [Filter] {
        let parts: [CompiledQuery]
        if case .and(let p) = compiled { parts = p } else { parts = [compiled] }
        return parts.compactMap { part in
            switch part {
            // Main countries are among the countries: the stored countries narrow the candidates.
            case .countries(let codes), .mainCountries(let codes): .countries(codes)
            case .topic(let id, let minimum): .topic(id, minimum: minimum ?? 0)
            case .lang(let l): .language(l)
            default: nil
            }
        }
    }
}
