/// A parsed subscription query (see ``QueryParser`` for the syntax).
public indirect enum Query: Sendable, Equatable {
    /// Words in title and body, folded; one word, or several in a row ("self-defense").
    case text(TextTerm, scope: Scope)
    case field(Field, String, minimumScore: Double?)
    case near(Query, Query, distance: Int)
    case and([Query])
    case or([Query])
    case not(Query)

    public enum Scope: Sendable, Equatable { case all, title }

    public enum Field: String, Sendable, CaseIterable {
        case topic, country, person, org, place, lang, source
        /// The countries the article is mainly about (``ArticleAnalysis/mainCountries``).
        case mainCountry = "main_country"
    }
}

/// A word, a "phrase", or a prefix (`cyber*`), as folded tokens.
public struct TextTerm: Sendable, Equatable {
    public var words: [String]
    /// The last word is a prefix.
    public var prefix: Bool
    public var isPhrase: Bool { words.count > 1 }

    public init(words: [String], prefix: Bool) {
        self.words = words
        self.prefix = prefix
    }
}

/// A query that does not parse: what is wrong, and where (1-based line and column).
public struct QueryError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var line: Int
    public var column: Int

    public init(message: String, line: Int, column: Int) {
        self.message = message
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column): \(message)" }
}
