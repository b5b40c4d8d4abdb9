import NewsCore

/// The `to_tsquery` text that every article a query matches satisfies, for one text search
/// configuration: a necessary condition only, like SQLite's FTS5 expression. PostgreSQL narrows
/// and ranks the candidates; the query's own matcher decides. Words are ASCII letters and digits
/// only (anything else is left to the matcher), so no query is a tsquery syntax error.
enum TSQueryExpression {
    /// nil when the query has no part the index can require under `stemmed` (a configuration
    /// that stems: a prefix cannot be required there, since the index holds stems).
    static func make(_ query: Query, stemmed: Bool) -> String? {
        switch query {
        case .text(let term, let scope):
            guard !term.words.isEmpty, term.words.allSatisfy(isIndexable) else { return nil }
            if term.prefix && stemmed { return nil }
            let weight = scope == .title ? "A" : ""
            var parts = term.words.map { $0.lowercased() + (weight.isEmpty ? "" : ":" + weight) }
            if term.prefix { parts[parts.count - 1] = term.words.last!.lowercased() + ":*" + weight }
            return parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " <-> ") + ")"
        case .field, .not:
            return nil
        case .near(let a, let b, _):
            return conjunction([a, b], stemmed: stemmed)
        case .and(let parts):
            return conjunction(parts, stemmed: stemmed)
        case .or(let parts):
            var alternatives: [String] = []
            for part in parts {
                guard let e = make(part, stemmed: stemmed) else { return nil }
                alternatives.append(e)
            }
            return alternatives.isEmpty ? nil : "(" + alternatives.joined(separator: " | ") + ")"
        }
    }

    private static func conjunction(_ parts: [Query], stemmed: Bool) -> String? {
        let required = parts.compactMap { make($0, stemmed: stemmed) }
        return required.isEmpty ? nil : "(" + required.joined(separator: " & ") + ")"
    }

    static func isIndexable(_ word: String) -> Bool {
        !word.isEmpty && word.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) }
    }
}
