/// How a compiled query is filed in the presearcher: the keys an article must hold to be
/// worth matching against it in full.
extension CompiledQuery {
    /// Keys of which an article must hold one to match, or nil when no such set exists
    /// (a query that is only a NOT). Cheaper sets are chosen for AND.
    func anchors(_ costs: PresearchCosts) -> Set<PresearchKey>? {
        switch self {
        case .text(let t, _):
            if t.prefix && t.words.count == 1 { return [.wordPrefix(t.words[0])] }
            if !t.prefix && t.words.count == 1 { return [.word(t.words[0])] }
            let candidates = t.prefix ? Array(t.words.dropLast()) : t.words
            return [.word(Self.phraseWords(candidates, costs).first ?? t.words[0])]
        // An article's main countries are among its countries: the same keys file both.
        case .countries(let cs), .mainCountries(let cs): return Set(cs.map(PresearchKey.country))
        case .topic(let id, _): return [.topic(id)]
        case .person, .org, .place, .source:
            guard let name = nameWords, let last = name.words.last else { return nil }
            return [.single(name.kind, last)]
        case .lang(let l): return [.language(l)]
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
        case .and(let parts): parts.flatMap { $0.allSets(costs) ?? [] }
        case .near(let a, let b, _): (a.allSets(costs) ?? []) + (b.allSets(costs) ?? [])
        case .text(let t, _) where !t.prefix && t.words.count > 1:
            // A phrase: each word is required (stop words, costly to walk, can be tested).
            (Self.phraseWords(t.words, costs) + t.words.filter { Gazetteer.stopwords.contains($0) }).map { [.word($0)] }
        default: anchors(costs).map { [$0] }
        }
    }

    /// The words of a phrase worth filing it under, rarest first (longest first among equals).
    static func phraseWords(_ words: [String], _ costs: PresearchCosts) -> [String] {
        let content = words.filter { !Gazetteer.stopwords.contains($0) }
        return (content.isEmpty ? words : content).map { ($0, costs.cost(ofWord: $0)) }
            .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0.count > $1.0.count }.map(\.0)
    }

    /// Extra sets are walked only when this cheap (1% of articles: rare words, names) and no
    /// check stands in for them. Each of their keys is a posting that every article holding it
    /// walks: a common key (a topic, a country: in most articles) costs more in walks than it
    /// saves in checks.
    static let extraSetCost = 100

    /// What a candidate costs to verify against a posting entry walked, about: the walked set
    /// is chosen for its share of articles times (1 + this times the share its check lets through).
    static let verificationCost = 20

    /// The anchor sets of a conjunction of parts with the given anchors (the set walked, then up
    /// to two rare ones when no check is chosen), the sets they stand for (a pair stands for its two
    /// sides), and the single key tested on the postings. The set walked is the one whose share
    /// of articles, times what its candidates cost to verify past the check, is least.
    static func conjunction(_ sets: [Set<PresearchKey>], _ costs: PresearchCosts,
                            checkable: (Set<PresearchKey>) -> PresearchCheck? = { _ in nil })
        -> (sets: [Set<PresearchKey>], covered: [Set<PresearchKey>], check: PresearchCheck?)?
    {
        var distinct: [(set: Set<PresearchKey>, cost: Int)] = []
        for set in sets where !distinct.contains(where: { $0.set == set }) { distinct.append((set, costs.cost(set))) }
        distinct.sort { $0.cost < $1.cost }
        let sets = distinct.map(\.set)
        guard !sets.isEmpty else { return nil }
        var options: [[Set<PresearchKey>]] = sets.map { [$0] }
        // Two common keys (a country and a topic) together are rare: file the query under
        // the pair, which the document emits for each pair of its common keys.
        let common = sets.filter { $0.allSatisfy(\.isCommon) }
        if common.count >= 2 {
            let (a, b) = (common[0], common[1])
            if a.count * b.count <= 32 {
                // (country:(JP OR VN) AND country:JP holds with JP alone: that pair is the key.)
                options.append([Set(a.flatMap { x in b.map { y in PresearchKey.pairing(x, y) } }), a, b])
            }
        }
        var best: (score: Int, covered: [Set<PresearchKey>], check: PresearchCheck?)?
        for covered in options {
            // The rarest single key the walked set does not stand for, tested on its postings.
            var check: (cost: Int, check: PresearchCheck)?
            // A name is tested only on a word's postings: walking a common key (a topic's) to
            // test a name on each would walk far more than the name itself, whose word before
            // its last is then tested too.
            let walksCommon = covered[0].contains(where: \.isCommon) || covered[0].contains { if case .pair = $0 { true } else { false } }
            for (set, cost) in distinct where set.count == 1 && !covered.contains(set) {
                if walksCommon, case .single(let kind, _)? = set.first, MatchState.NameKind(kind) != nil { continue }
                if let c = checkable(set) {
                    check = (cost, c)
                    break
                }
            }
            let score = costs.cost(covered[0]) * (10_000 + verificationCost * min(10_000, check?.cost ?? 10_000))
            if best == nil || score < best!.score { best = (score, covered, check?.check) }
        }
        let chosen = best!
        var result = [chosen.covered[0]]
        if chosen.check == nil {
            for (set, cost) in distinct where result.count < 3 {
                guard cost <= extraSetCost, !chosen.covered.contains(set), !result.contains(set) else { continue }
                result.append(set)
            }
        }
        return (result, chosen.covered, chosen.check)
    }

    /// The parts an AND holds (nested ANDs flattened); the query itself when it is no AND.
    var conjuncts: [CompiledQuery] {
        if case .and(let parts) = self { return parts.flatMap(\.conjuncts) }
        return [self]
    }

    /// A name part's key kind (the kind its words are filed under) and its words; nil for
    /// other parts.
    var nameWords: (kind: PresearchKey.Kind, words: [String])? {
        switch self {
        case .person(let q): (.personWord, q)
        case .org(let q): (.orgWord, q)
        case .place(let q): (.placeWord, q)
        case .source(let q): (.sourceWord, q)
        default: nil
        }
    }

    /// The keys an article holds one of exactly when this part matches: a word anywhere, an OR
    /// of such, countries, a topic with no minimum (any score not below 0), a language, a name
    /// of one word (a word of one of the article's names of that kind).
    var exactKeys: Set<PresearchKey>? {
        switch self {
        case .person, .org, .place, .source:
            guard let name = nameWords, name.words.count == 1 else { return nil }
            return [.single(name.kind, name.words[0])]
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
        let parts = conjuncts
        // The strongest minimum the query's own topic parts require of each topic: a topic
        // is tested only where a part of the AND names it (a score of at least 0 without one).
        var minimums: [String: Double] = [:]
        for case .topic(let id, let m) in parts { minimums[id] = max(minimums[id] ?? 0, m ?? 0) }
        let checkable = { (set: Set<PresearchKey>) -> PresearchCheck? in
            guard let key = set.first else { return nil }
            guard case .single(.topic, let id) = key else { return PresearchCheck(key) }
            return minimums[id].flatMap { PresearchCheck(key, minimum: $0) }
        }
        guard let all = allSets(costs), var chosen = Self.conjunction(all, costs, checkable: checkable) else { return nil }
        let walked = chosen.covered + chosen.sets.dropFirst()
        // A phrase of two words walked from one tests the other next to it: exactly the phrase.
        var phrase: TextTerm?
        if var check = chosen.check, case .single(.word, let other) = check.key, chosen.sets.count == 1,
            chosen.sets[0].count == 1, case .single(.word, let anchor)? = chosen.sets[0].first
        {
            for case .text(let t, let titleOnly) in parts where !t.prefix && t.words.count == 2 && Set(t.words) == [anchor, other] {
                check.offset = t.words[0] == anchor ? 1 : -1
                chosen.check = check
                if !titleOnly { phrase = t }
                break
            }
        }
        // A name walked from its last word requires its word before that in the same name.
        var nameBefore: String?
        if chosen.sets.count == 1, chosen.sets[0].count == 1, case .single(let kind, let last)? = chosen.sets[0].first {
            let names = parts.compactMap(\.nameWords).filter { $0.kind == kind && $0.words.count >= 2 && $0.words.last == last }
            // A name of two words first: the walk then decides it.
            nameBefore = (names.first { $0.words.count == 2 } ?? names.first).map { $0.words[$0.words.count - 2] }
        }
        let exact = parts.allSatisfy { p in
            if case .text(let t, false) = p, let phrase, t == phrase { return true }
            // The check compares the score as the program does, against the strongest minimum
            // the query asks of the topic.
            if case .topic(let id, _) = p, chosen.check?.key == .topic(id) { return true }
            if let name = p.nameWords, name.words.count == 2, name.words[0] == nameBefore,
                chosen.sets == [[.single(name.kind, name.words[1])]]
            {
                return true
            }
            guard let keys = p.exactKeys else { return false }
            return walked.contains(keys) || chosen.check.map { keys == [$0.key] } == true
        }
        return PresearchPlan(sets: chosen.sets, check: chosen.check, nameBefore: nameBefore, exact: exact)
    }

    /// How the index files this query: one plan, or one per branch when the query is an OR of
    /// branches (``branches``), each walking its first set: an article then needs to pass one
    /// branch's set and check, and an exact branch that it passes is a match.
    func presearchPlans(_ costs: PresearchCosts) -> [PresearchPlan]? {
        guard hasOr else { return presearchPlan(costs).map { [$0] } }
        let branches = self.branches
        if branches.count > 1 {
            // One set a branch (a posting's bit completes it): a branch's extra sets are dropped.
            let plans = branches.compactMap { b in
                b.presearchPlan(costs).map { $0.sets.count == 1 ? $0 : PresearchPlan(sets: [$0.sets[0]], check: $0.check, exact: false) }
            }
            if plans.count == branches.count { return plans }
        }
        return presearchPlan(costs).map { [$0] }
    }

    /// Whether the query is an OR, or an AND with one among its parts: what can have branches.
    private var hasOr: Bool {
        switch self {
        case .or: true
        case .and(let parts): parts.contains(where: \.hasOr)
        default: false
        }
    }

    /// At most this many branches are filed for one query.
    static let maximumBranches = 8

    /// The query as an OR of branches, an AND over an OR distributed (`a AND (b OR c)` is
    /// `(a AND b) OR (a AND c)`); itself alone when that would make more than ``maximumBranches``.
    var branches: [CompiledQuery] {
        switch self {
        case .or(let parts):
            let all = parts.flatMap(\.branches)
            return all.count <= Self.maximumBranches ? all : [self]
        case .and(let parts):
            var product: [[CompiledQuery]] = [[]]
            for p in parts {
                let alternatives = p.branches
                product = product.flatMap { prefix in alternatives.map { prefix + [$0] } }
                if product.count > Self.maximumBranches { return [self] }
            }
            return product.map { $0.count == 1 ? $0[0] : .and($0) }
        default: return [self]
        }
    }
}
