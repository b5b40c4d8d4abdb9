/// An analysed article in the form queries are matched against: its words with their
/// positions, and its entity and topic sets, all folded.
public struct MatchDocument: Sendable {
    /// Title words, then body words, folded.
    public private(set) var words: [String]
    public private(set) var titleCount: Int
    var positions: [String: [Int]] = [:]
    public var countries: Set<String>
    public var topics: [String: Double]
    var people: [[String]]
    var organizations: [[String]]
    var places: [[String]]
    public var language: String?
    var source: [String]

    public init(article: Article, analysis: ArticleAnalysis) {
        let title = Tokenizer.tokenize(article.title).map(\.text)
        titleCount = title.count
        words = title + Tokenizer.tokenize(article.body).map(\.text)
        positions.reserveCapacity(words.count / 2)
        for (i, w) in words.enumerated() { positions[w, default: []].append(i) }
        countries = Set(analysis.countries)
        topics = Dictionary(analysis.topics.map { ($0.id, $0.score) }, uniquingKeysWith: max)
        people = analysis.people.map(Self.fold)
        organizations = analysis.organizations.map(Self.fold)
        places = analysis.places.map(Self.fold)
        language = analysis.language ?? article.language
        var src = Self.fold(article.source ?? "")
        if let url = article.url, let host = url.split(separator: "/").dropFirst().first(where: { !$0.isEmpty }) {
            src += Self.fold(String(host))
        }
        source = src
    }

    static func fold(_ s: String) -> [String] { Tokenizer.tokenize(s).map(\.text) }

    /// The keys the presearcher indexes queries by: every word, the first three letters of
    /// every word (for prefixes), and every entity word, country, topic and language.
    public var presearchKeys: Set<String> {
        var keys = Set<String>(minimumCapacity: positions.count * 2 + 32)
        for w in positions.keys {
            keys.insert("w:" + w)
            if w.count >= 3 { keys.insert("w3:" + String(w.prefix(3))) } else { keys.insert("w3:" + w) }
        }
        for c in countries { keys.insert("c:" + c) }
        for t in topics.keys { keys.insert("t:" + t) }
        for p in people { for w in p { keys.insert("pn:" + w) } }
        for o in organizations { for w in o { keys.insert("on:" + w) } }
        for p in places { for w in p { keys.insert("pl:" + w) } }
        for s in source { keys.insert("s:" + s) }
        if let l = language { keys.insert("l:" + l) }
        return keys
    }

    /// Where `term` occurs: (first word, last word) of each occurrence.
    func spans(_ term: TextTerm, titleOnly: Bool) -> [(Int, Int)] {
        var starts: [Int]
        let first = term.words[0]
        if term.prefix && term.words.count == 1 {
            starts = positions.compactMap { $0.key.hasPrefix(first) ? $0.value : nil }.flatMap { $0 }
        } else {
            starts = positions[first] ?? []
        }
        if term.words.count > 1 {
            starts = starts.filter { s in
                guard s + term.words.count <= words.count else { return false }
                for k in 1..<term.words.count {
                    let w = words[s + k]
                    let want = term.words[k]
                    if term.prefix && k == term.words.count - 1 { if !w.hasPrefix(want) { return false } } else if w != want { return false }
                    if s < titleCount && s + k >= titleCount { return false }  // not across title and body
                }
                return true
            }
        }
        if titleOnly { starts = starts.filter { $0 < titleCount } }
        return starts.map { ($0, $0 + term.words.count - 1) }
    }

    static func contains(_ names: [[String]], _ query: [String]) -> Bool {
        names.contains { name in
            guard name.count >= query.count else { return false }
            for start in 0...(name.count - query.count) where Array(name[start..<start + query.count]) == query { return true }
            return false
        }
    }
}
