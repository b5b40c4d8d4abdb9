import NewsCore

/// The FTS5 `MATCH` expression that every article a query matches satisfies: a necessary
/// condition only. FTS5 narrows the candidates and ranks them (BM25); the query's own matcher
/// decides. Field filters, negations and words FTS5 might tokenize differently from newsd are
/// left to the matcher, and every word is quoted, so no query can be an FTS5 syntax error
/// (`Indo-Pacific`, `COVID-19` and `NOT` inside a phrase are just words).
enum FTS5Expression {
    /// nil when the query has no part FTS5 can require (only fields, or only negations).
    static func make(_ query: Query) -> String? {
        switch query {
        case .text(let term, let scope):
            guard !term.words.isEmpty, term.words.allSatisfy(isIndexable) else { return nil }
            let phrase = "\"" + term.words.joined(separator: " ") + "\"" + (term.prefix ? " *" : "")
            return scope == .title ? "title : " + phrase : phrase
        case .field, .not:
            return nil
        case .near(let a, let b, _):
            // Both must occur; FTS5's NEAR does not span title and body as newsd's does.
            return conjunction([a, b])
        case .and(let parts):
            return conjunction(parts)
        case .or(let parts):
            var alternatives: [String] = []
            for part in parts {
                guard let e = make(part) else { return nil }  // one branch FTS5 cannot see: no condition
                alternatives.append(e)
            }
            return alternatives.isEmpty ? nil : "(" + alternatives.joined(separator: " OR ") + ")"
        }
    }

    private static func conjunction(_ parts: [Query]) -> String? {
        let required = parts.compactMap(make)
        return required.isEmpty ? nil : "(" + required.joined(separator: " AND ") + ")"
    }

    /// ASCII letters and digits only: FTS5's unicode61 tokenizer and newsd's cut and fold
    /// those alike; other scripts are left to the matcher.
    static func isIndexable(_ word: String) -> Bool {
        !word.isEmpty && word.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) }
    }
}
