/// How many articles in 10,000 a presearch key is expected to let through, which decides what a
/// conjunction is filed under: its rarest set is walked, the others are tested or left to the
/// program. A word costs its document frequency in news (``TermWeights``, a fixed table made
/// from a reference corpus, so that filing never depends on which articles came first); the
/// other kinds cost a constant. One per index build: word costs are remembered.
final class PresearchCosts {
    private let weights: TermWeights?
    private var words: [String: Int] = [:]

    /// Costs from `weights`; with nil, every word costs 1 (as before frequencies were used).
    init(weights: TermWeights? = .shared) {
        self.weights = weights
    }

    func cost(_ key: PresearchKey) -> Int {
        switch key {
        case .pair: 20
        case .single(.language, _): 10_000
        case .single(.topic, _): 500
        case .single(.country, _), .single(.wordPrefix, _): 200
        case .single(_, let word): cost(ofWord: word)
        }
    }

    func cost(_ keys: Set<PresearchKey>) -> Int { keys.reduce(0) { $0 + cost($1) } }

    /// A folded word's share of news articles in 10,000: by its stem's document frequency,
    /// 1 for a word the table does not hold (rare), 5,000 for a stop word.
    func cost(ofWord word: String) -> Int {
        guard let weights else { return 1 }
        if let known = words[word] { return known }
        let cost: Int
        if Gazetteer.stopwords.contains(word) {
            cost = 5_000
        } else {
            let df = weights.frequency[Stemmer.stem(word)] ?? 0
            cost = max(1, df * 10_000 / weights.documents)
        }
        words[word] = cost
        return cost
    }
}
