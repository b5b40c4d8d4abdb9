/// How a compiled query is filed in the presearcher: the keys an article must hold to be
/// worth matching against it in full.
extension CompiledQuery {
    /// Keys of which an article must hold one to match, or nil when no such set exists
    /// (a query that is only a NOT). Cheaper sets are chosen for AND.
    var anchors: Set<PresearchKey>? {
        switch self {
        case .text(let t, _):
            if t.prefix && t.words.count == 1 { return [.wordPrefix(t.words[0])] }
            let candidates = t.prefix ? Array(t.words.dropLast()) : t.words
            return [.word(Self.phraseWords(candidates).first ?? t.words[0])]
        // An article's main countries are among its countries: the same keys file both.
        case .countries(let cs), .mainCountries(let cs): return Set(cs.map(PresearchKey.country))
        case .topic(let id, _): return [.topic(id)]
        case .person(let q): return q.last.map { [.single(.personWord, $0)] }
        case .org(let q): return q.last.map { [.single(.orgWord, $0)] }
        case .place(let q): return q.last.map { [.single(.placeWord, $0)] }
        case .lang(let l): return [.language(l)]
        case .source(let q): return q.last.map { [.single(.sourceWord, $0)] }
        case .near, .and: return anchorSets?.first
        case .or(let parts):
            var all = Set<PresearchKey>()
            for p in parts {
                guard let a = p.anchors else { return nil }
                all.formUnion(a)
            }
            return all
        case .not: return nil
        }
    }

    /// Sets of keys of which an article must hold one each to match: for a conjunction, the
    /// cheapest set and up to two more rare ones (a word, a name), so that an article holding
    /// one rare word of "a AND b" is not a candidate; one set otherwise; nil as for ``anchors``.
    var anchorSets: [Set<PresearchKey>]? {
        switch self {
        case .and(let parts): Self.conjunction(parts.flatMap { $0.anchorSets ?? [] })
        case .near(let a, let b, _): Self.conjunction((a.anchorSets ?? []) + (b.anchorSets ?? []))
        case .text(let t, _) where !t.prefix && t.words.count > 1:
            // A phrase: its two longest words that are not stop words, each required.
            Self.conjunction(Self.phraseWords(t.words).map { [.word($0)] })
        default: anchors.map { [$0] }
        }
    }

    /// The words of a phrase worth filing it under, longest (likely rarest) first.
    static func phraseWords(_ words: [String]) -> [String] {
        let content = words.filter { !Gazetteer.stopwords.contains($0) }
        return (content.isEmpty ? words : content).sorted { $0.count > $1.count }
    }

    /// Extra sets are filed only when this cheap: rare words and names. Each of their keys is a
    /// posting that every article holding it walks. Since candidates are checked by
    /// ``MatchProgram`` (tens of nanoseconds), a common key (a topic, a country: in most
    /// articles) costs more in walks than it saves in checks: at 100,000 subscriptions the
    /// topic and country sets made the presearch walk thousands of postings an article.
    static let extraSetCost = 1

    /// The anchor sets of a conjunction of parts with the given anchors, cheapest first.
    static func conjunction(_ sets: [Set<PresearchKey>]) -> [Set<PresearchKey>]? {
        var distinct: [Set<PresearchKey>] = []
        for set in sets where !distinct.contains(set) { distinct.append(set) }
        let sets = distinct
        let cost = PresearchKey.cost
        guard var best = sets.min(by: { cost($0) < cost($1) }) else { return nil }
        var used: [Set<PresearchKey>] = [best]
        // Two common keys (a country and a topic) together are rare: file the query under
        // the pair, which the document emits for each pair of its common keys.
        let common = sets.filter { $0.allSatisfy(\.isCommon) }
        if common.count >= 2 {
            let ordered = common.sorted { cost($0) < cost($1) }
            let (a, b) = (ordered[0], ordered[1])
            if a.count * b.count <= 32 {
                // (country:(JP OR VN) AND country:JP holds with JP alone: that pair is the key.)
                let pairs = Set(a.flatMap { x in b.map { y in PresearchKey.pairing(x, y) } })
                if cost(pairs) < cost(best) {
                    best = pairs
                    used = [pairs, a, b]
                }
            }
        }
        var result = [best]
        for set in sets.sorted(by: { cost($0) < cost($1) }) where result.count < 3 {
            guard cost(set) <= extraSetCost, !used.contains(set) else { continue }
            result.append(set)
            used.append(set)
        }
        return result
    }
}
