/// An analysed article in the form queries are matched against: its words with their
/// positions, and its entity and topic sets, all folded.
public struct MatchDocument: Sendable {
    /// Title words, then body words, folded.
    public private(set) var words: [String]
    public private(set) var titleCount: Int
    var positions: [String: [Int]] = [:]
    public var countries: Set<String>
    public var mainCountries: Set<String>
    public var topics: [String: Double]
    var people: [[String]]
    var organizations: [[String]]
    var places: [[String]]
    public var language: String?
    var source: [String]

    public init(article: Article, analysis: ArticleAnalysis) {
        let title = Tokenizer.words(article.title)
        titleCount = title.count
        words = title + Tokenizer.words(article.body)
        positions.reserveCapacity(words.count / 2)
        for (i, w) in words.enumerated() { positions[w, default: []].append(i) }
        countries = Set(analysis.countries)
        mainCountries = Set(analysis.mainCountries)
        topics = Dictionary(analysis.topics.map { ($0.id, $0.score) }, uniquingKeysWith: max)
        people = analysis.people.map(Tokenizer.words)
        organizations = analysis.organizations.map(Tokenizer.words)
        places = analysis.places.map(Tokenizer.words)
        language = analysis.language ?? article.language
        var src = Tokenizer.words(article.source ?? "")
        if let url = article.url, let host = url.split(separator: "/").dropFirst().first(where: { !$0.isEmpty }) {
            src += Tokenizer.words(String(host))
        }
        source = src
    }

    /// Every distinct word of title and body.
    public var distinctWords: Dictionary<String, [Int]>.Keys { positions.keys }

    /// Where `term` occurs: (first word, last word) of each occurrence.
    func spans(_ term: TextTerm, titleOnly: Bool) -> [(Int, Int)] {
        var starts: [Int]
        let first = term.words[0]
        if term.prefix && term.words.count == 1 {
            starts = positions.compactMap { $0.key.hasPrefix(first) ? $0.value : nil }.flatMap { $0 }
        } else {
            starts = positions[first] ?? []
        }
        if term.words.count > 1 { starts = starts.filter { phrase(term, at: $0) } }
        if titleOnly { starts = starts.filter { $0 < titleCount } }
        return starts.map { ($0, $0 + term.words.count - 1) }
    }

    /// Whether `term` occurs at all, without building a list of spans (the common case of
    /// matching: it runs for every candidate query's every term).
    func occurs(_ term: TextTerm, titleOnly: Bool) -> Bool {
        if term.prefix && term.words.count == 1 { return !spans(term, titleOnly: titleOnly).isEmpty }
        guard let starts = positions[term.words[0]] else { return false }
        if term.words.count == 1 { return !titleOnly || starts[0] < titleCount }  // positions ascend
        for s in starts {
            if titleOnly && s >= titleCount { break }
            if phrase(term, at: s) { return true }
        }
        return false
    }

    /// Whether the words of the phrase `term` follow one another from word `s` on (not across
    /// title and body); its first word is known to be there.
    private func phrase(_ term: TextTerm, at s: Int) -> Bool {
        let n = term.words.count
        guard s + n <= words.count, s >= titleCount || s + n <= titleCount else { return false }
        for k in 1..<n {
            let w = words[s + k]
            let want = term.words[k]
            if term.prefix && k == n - 1 { if !w.hasPrefix(want) { return false } } else if w != want { return false }
        }
        return true
    }

    static func contains(_ names: [[String]], _ query: [String]) -> Bool {
        names.contains { name in
            guard name.count >= query.count else { return false }
            outer: for start in 0...(name.count - query.count) {
                for k in 0..<query.count where name[start + k] != query[k] { continue outer }
                return true
            }
            return false
        }
    }
}
