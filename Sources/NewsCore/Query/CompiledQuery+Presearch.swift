/// How a compiled query is filed in the presearcher: the keys an article must hold to be
/// worth matching against it in full.
extension CompiledQuery {
    /// Keys of which an article must hold one to match, or nil when no such set exists
    /// (a query that is only a NOT). Cheaper sets are chosen for AND.
    func anchors(_ costs: PresearchCosts) -> Set<PresearchKey>? {
        switch self {
        case .text(let t, _):
            if t.prefix && t.words.count == 1 { return [.wordPrefix(t.words[0])] }
            let candidates = t.prefix ? Array(t.words.dropLast()) : t.words
            return [.word(Self.phraseWords(candidates, costs).first ?? t.words[0])]
        // An article's main countries are among its countries: the same keys file both.
        case .countries(let cs), .mainCountries(let cs): return Set(cs.map(PresearchKey.country))
        case .topic(let id, _): return [.topic(id)]
        case .person(let q): return q.last.map { [.single(.personWord, $0)] }
        case .org(let q): return q.last.map { [.single(.orgWord, $0)] }
        case .place(let q): return q.last.map { [.single(.placeWord, $0)] }
        case .lang(let l): return [.language(l)]
        case .source(let q): return q.last.map { [.single(.sourceWord, $0)] }
        case .near, .and: return anchorSets(costs)?.first
        case .or(let parts):
            var all = Set<PresearchKey>()
            for p in parts {
                guard let a = p.anchors(costs) else { return nil }
                all.formUnion(a)
            }
            return all
        case .not: return nil
        }
    }

    /// Sets of keys of which an article must hold one each to match: for a conjunction, the
    /// cheapest set and up to two more rare ones (a word, a name), so that an article holding
    /// one rare word of "a AND b" is not a candidate; one set otherwise; nil as for ``anchors(_:)``.
    func anchorSets(_ costs: PresearchCosts) -> [Set<PresearchKey>]? {
        allSets(costs).flatMap { Self.conjunction($0, costs)?.sets }
    }

    /// Every set of keys an article must hit one of, before a conjunction chooses among them.
    private func allSets(_ costs: PresearchCosts) -> [Set<PresearchKey>]? {
        switch self {
        case .and(let parts): parts.flatMap { $0.anchorSets(costs) ?? [] }
        case .near(let a, let b, _): (a.anchorSets(costs) ?? []) + (b.anchorSets(costs) ?? [])
        case .text(let t, _) where !t.prefix && t.words.count > 1:
            // A phrase: its two rarest words that are not stop words, each required.
            Self.phraseWords(t.words, costs).prefix(2).map { [.word($0)] }
        default: anchors(costs).map { [$0] }
        }
    }

    /// The words of a phrase worth filing it under, rarest first (longest first among equals).
    static func phraseWords(_ words: [String], _ costs: PresearchCosts) -> [String] {
        let content = words.filter { !Gazetteer.stopwords.contains($0) }
        return (content.isEmpty ? words : content).sorted {
            let (a, b) = (costs.cost(ofWord: $0), costs.cost(ofWord: $1))
            return a != b ? a < b : $0.count > $1.count
        }
    }

    /// Extra sets are walked only when this cheap (0.1% of articles: rare words, names) and
    /// no check stands in for them. Each of their keys is a posting that every article holding
    /// it walks: a common key (a topic, a country: in most articles) costs more in walks than it
    /// saves in checks.
    static let extraSetCost = 10

    /// The anchor sets of a conjunction of parts with the given anchors: the cheapest set (or a
    /// pair of common keys, which stands for its two sides: `covered`), then up to two rare ones.
    static func conjunction(_ sets: [Set<PresearchKey>], _ costs: PresearchCosts)
        -> (sets: [Set<PresearchKey>], covered: [Set<PresearchKey>])?
    {
        var distinct: [Set<PresearchKey>] = []
        for set in sets where !distinct.contains(set) { distinct.append(set) }
        let sets = distinct.sorted { costs.cost($0) < costs.cost($1) }
        guard var best = sets.first else { return nil }
        var covered: [Set<PresearchKey>] = [best]
        // Two common keys (a country and a topic) together are rare: file the query under
        // the pair, which the document emits for each pair of its common keys.
        let common = sets.filter { $0.allSatisfy(\.isCommon) }
        if common.count >= 2 {
            let (a, b) = (common[0], common[1])
            if a.count * b.count <= 32 {
                // (country:(JP OR VN) AND country:JP holds with JP alone: that pair is the key.)
                let pairs = Set(a.flatMap { x in b.map { y in PresearchKey.pairing(x, y) } })
                if costs.cost(pairs) < costs.cost(best) {
                    best = pairs
                    covered = [pairs, a, b]
                }
            }
        }
        var result = [best]
        for set in sets where result.count < 3 {
            guard costs.cost(set) <= extraSetCost, !covered.contains(set), !result.contains(set) else { continue }
            result.append(set)
        }
        return (result, covered)
    }

    /// The parts an AND holds (nested ANDs flattened); the query itself when it is no AND.
    var conjuncts: [CompiledQuery] {
        if case .and(let parts) = self { return parts.flatMap(\.conjuncts) }
        return [self]
    }

    /// The keys an article holds one of exactly when this part matches: a word anywhere, an OR
    /// of such, countries, a topic with no minimum (any score not below 0), a language.
    var exactKeys: Set<PresearchKey>? {
        switch self {
        case .text(let t, titleOnly: false) where !t.prefix && t.words.count == 1: return [.word(t.words[0])]
        case .countries(let cs): return Set(cs.map(PresearchKey.country))
        case .topic(let id, nil): return [.topic(id)]
        case .lang(let l): return [.language(l)]
        case .or(let parts):
            var all = Set<PresearchKey>()
            for p in parts {
                guard let keys = p.exactKeys else { return nil }
                all.formUnion(keys)
            }
            return all
        default: return nil
        }
    }

    /// How the index files this query: its rarest anchor set walked, the rarest single key of
    /// the others (a word, a country, a topic, the language) tested on the postings instead of
    /// walking more sets, and whether passing both is matching. Nil for a query with no anchor.
    func presearchPlan(_ costs: PresearchCosts) -> PresearchPlan? {
        guard let all = allSets(costs), let chosen = Self.conjunction(all, costs) else { return nil }
        let parts = conjuncts
        // The strongest minimum the query's own topic parts require of each topic: a topic
        // is tested only where a part of the AND names it (a score of at least 0 without one).
        var minimums: [String: Double] = [:]
        for case .topic(let id, let m) in parts { minimums[id] = max(minimums[id] ?? 0, m ?? 0) }
        var check: PresearchCheck?
        for set in all.sorted(by: { costs.cost($0) < costs.cost($1) }) where set.count == 1 && !chosen.covered.contains(set) {
            let key = set.first!
            var minimum: Double?
            if case .single(.topic, let id) = key {
                guard let m = minimums[id] else { continue }
                minimum = m
            }
            if let c = PresearchCheck(key, minimum: minimum) {
                check = c
                break
            }
        }
        // With a check, only the best set is walked: it and the check are what an article passes.
        let sets = check == nil ? chosen.sets : [chosen.sets[0]]
        let walked = check == nil ? chosen.covered + chosen.sets.dropFirst() : chosen.covered
        let exact = parts.allSatisfy { p in
            guard let keys = p.exactKeys else { return false }
            if walked.contains(keys) { return true }
            guard let check, keys == [check.key] else { return false }
            if case .topic = p { return check.minimumMillis == 0 && minimums[check.key.value] == 0 }
            return true
        }
        return PresearchPlan(sets: sets, check: check, exact: exact)
    }
}
