/// An analysed article in the form queries are matched against: its words with their
/// positions, and its entity and topic sets, all folded.
public struct MatchDocument: Sendable {
    /// Title words, then body words, folded.
    public private(set) var words: [String]
    public private(set) var titleCount: Int
    /// Each distinct word once (its entry is its index in ``firstAt``).
    private var distinct = WordTable<Int32>()
    /// Per distinct word, its first position; per position, the next position of the same word
    /// (-1: none). No array per word: building a document is one table look-up a word.
    private var firstAt: [Int32] = []
    private var nextAt: [Int32] = []
    public var countries: Set<String>
    public var mainCountries: Set<String>
    public var topics: [String: Double]
    var people: [[String]]
    var organizations: [[String]]
    var places: [[String]]
    public var language: String?
    var source: [String]

    public init(article: Article, analysis: ArticleAnalysis) {
        var words = Tokenizer.words(article.title)
        let titleCount = words.count
        Tokenizer.words(article.body, into: &words)
        self.init(words: words, titleCount: titleCount, article: article, analysis: analysis)
    }

    /// The document of an article as ``Analyzer/analyzeKeepingTokens(_:)`` returned it, from the
    /// tokens the analysis read: the same document as ``init(article:analysis:)`` builds from the
    /// stored article, without tokenizing it again.
    public init(tokens: [Token], titleCount: Int, article: Article, analysis: ArticleAnalysis) {
        self.init(words: tokens.map(\.text), titleCount: titleCount, article: article, analysis: analysis)
    }

    private init(words: [String], titleCount: Int, article: Article, analysis: ArticleAnalysis) {
        self.titleCount = titleCount
        self.words = words
        nextAt = [Int32](repeating: -1, count: words.count)
        // About one word in two is new in an article.
        distinct = WordTable(minimumCapacity: words.count / 2)
        var lastAt: [Int32] = []
        for (i, w) in words.enumerated() {
            let (e, inserted) = distinct.findOrInsert(w, Int32(firstAt.count))
            if inserted {
                firstAt.append(Int32(i))
                lastAt.append(Int32(i))
            } else {
                nextAt[Int(lastAt[e])] = Int32(i)
                lastAt[e] = Int32(i)
            }
        }
        countries = Set(analysis.countries)
        mainCountries = Set(analysis.mainCountries)
        topics = Dictionary(analysis.topics.map { ($0.id, $0.score) }, uniquingKeysWith: max)
        people = analysis.people.map(Tokenizer.words)
        organizations = analysis.organizations.map(Tokenizer.words)
        places = analysis.places.map(Tokenizer.words)
        language = analysis.language ?? article.language
        source = Self.sourceWords(article)
    }

    /// The folded words of the article's source and of its URL's host.
    static func sourceWords(_ article: Article) -> [String] {
        var words = Tokenizer.words(article.source ?? "")
        if let url = article.url, let host = url.split(separator: "/").dropFirst().first(where: { !$0.isEmpty }) {
            words += Tokenizer.words(String(host))
        }
        return words
    }

    /// Every distinct word of title and body, in order of first occurrence.
    public var distinctWords: [String] { firstAt.map { words[Int($0)] } }

    /// Calls `body` with every distinct word of title and body, in order of first occurrence.
    @inline(__always)
    func forEachDistinctWord(_ body: (String) -> Void) {
        for p in firstAt { body(words[Int(p)]) }
    }

    /// Where `word` occurs, ascending.
    func positions(of word: String) -> [Int] {
        guard let e = distinct.entry(word) else { return [] }
        return positions(entry: e)
    }

    private func positions(entry e: Int) -> [Int] {
        var out: [Int] = []
        var p = firstAt[e]
        while p >= 0 {
            out.append(Int(p))
            p = nextAt[Int(p)]
        }
        return out
    }

    /// Where `term` occurs: (first word, last word) of each occurrence.
    func spans(_ term: TextTerm, titleOnly: Bool) -> [(Int, Int)] {
        var starts: [Int]
        let first = term.words[0]
        if term.prefix && term.words.count == 1 {
            starts = firstAt.indices.filter { words[Int(firstAt[$0])].hasPrefix(first) }.flatMap { positions(entry: $0) }
        } else {
            starts = positions(of: first)
        }
        if term.words.count > 1 { starts = starts.filter { phrase(term, at: $0) } }
        if titleOnly { starts = starts.filter { $0 < titleCount } }
        return starts.map { ($0, $0 + term.words.count - 1) }
    }

    /// Whether `term` occurs at all, without building a list of spans (the common case of
    /// matching: it runs for every candidate query's every term).
    func occurs(_ term: TextTerm, titleOnly: Bool) -> Bool {
        if term.prefix && term.words.count == 1 { return !spans(term, titleOnly: titleOnly).isEmpty }
        guard let e = distinct.entry(term.words[0]) else { return false }
        if term.words.count == 1 { return !titleOnly || Int(firstAt[e]) < titleCount }  // positions ascend
        var s = Int(firstAt[e])
        while s >= 0 {
            if titleOnly && s >= titleCount { break }
            if phrase(term, at: s) { return true }
            s = Int(nextAt[s])
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
