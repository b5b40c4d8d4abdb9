import Foundation

/// Scores a ``Taxonomy`` against an article's words in one pass: every term is indexed by its
/// first stem (or prefix), so the cost grows with the article, not with the number of terms.
/// An article is scored on the terms of its language where the taxonomy has some, else on the
/// English ones; English text also gets the learned ``TopicModel``'s say on its topics.
public struct TopicScorer: Sendable {
    public let taxonomy: Taxonomy
    /// Words in the title count this many times.
    static let titleWeight = 2
    /// Articles are scored as if this many words long at the least; longer ones are scaled down
    /// by the square root of their length.
    static let referenceLength = 150.0
    /// Shorter articles are scored as if this long at the least, and scaled up by their length
    /// to this power.
    static let shortestLength = 30.0
    static let shortExponent = 0.35
    /// Characters of a script written without spaces to one word, by language, for an article's
    /// length: each such character is a token of its own (a run of characters is a term), and the
    /// lengths above count words (a Japanese word is about two characters with its kana, a Korean
    /// word and its particle two or three syllables). (Not Chinese: its terms' weights were set on
    /// articles counted by characters; at 1.5 a character, the multilingual samples gained as many
    /// wrong topics as right ones, Japanese's four right ones.)
    static let charactersPerWord: [String: Double] = ["ja": 2, "ko": 2.5]
    /// Terms named as a topic's evidence, at most.
    static let evidenceTerms = 8

    private enum Role: Sendable { case score, required, excluded }
    /// A term as its first stem finds it. (24 bytes, the topic's and the term's numbers narrow, and
    /// the count of its further stems kept beside them: a one-word term, most of them, is taken
    /// without reading ``rest``'s storage, a cache miss of its own.)
    private struct Ref: Sendable {
        var topic: Int32
        var term: Int32
        /// The term's stems after the first.
        var rest: [String]
        /// `rest.count`.
        var restCount: Int32
        var role: Role
        var prefixLast: Bool

        init(topic: Int, term: Int, role: Role, rest: [String], prefixLast: Bool) {
            self.topic = Int32(topic)
            self.term = Int32(term)
            self.rest = rest
            restCount = Int32(rest.count)
            self.role = role
            self.prefixLast = prefixLast
        }
    }

    /// Where a stem's references lie in ``Index/refs``.
    private struct RefRange: Sendable {
        var start: UInt32
        var count: UInt32
    }

    /// The terms of one language, indexed.
    private struct Index: Sendable {
        var terms: [[Taxonomy.Term]]
        /// First stem -> its exact terms' references, one range of ``refs`` (a flat array: a
        /// look-up reads no array of its own).
        var exact = WordTable<RefRange>()
        var refs: [Ref] = []
        var prefixes = WordTable<[Ref]>()
        var prefixLengths: [Int] = []
        /// The first bytes of the prefixes, a bit each: a stem that starts otherwise is no prefix's.
        var prefixStarts = [UInt64](repeating: 0, count: 4)
        /// Per topic: whether one of its required terms must be in the article.
        var requires: [Bool] = []
        /// Per topic, where its terms' counters start in a flat array of all terms' counters.
        var termBase: [Int] = []
        var termTotal = 0
        /// Each term's weight, by ``termBase`` (read for every term counted, without loading the terms).
        var weights: [Double] = []

        init(_ taxonomy: Taxonomy, language: String?) {
            terms = taxonomy.topics.map { topic in language.flatMap { topic.languages[$0] } ?? topic.terms }
            for list in terms {
                termBase.append(termTotal)
                termTotal += list.count
                weights += list.map(\.weight)
            }
            var exactRefs = WordTable<[Ref]>()
            var lengths = Set<Int>()
            // Each English term's stems in the other spelling (the same where there is none).
            var cache: [String: String] = [:]
            let variants: [[[String]]] = language != nil ? [] : terms.map { list in
                list.map { term in
                    term.stems.map { stem in
                        if let v = cache[stem] { return v }
                        let v = Stemmer.spellingVariant(stem) ?? stem
                        cache[stem] = v
                        return v
                    }
                }
            }
            for (t, topic) in taxonomy.topics.enumerated() {
                // Terms that stem alike ("vessel", "vessels") count once, at the higher weight.
                var strongest: [String: Int] = [:]
                for (k, term) in terms[t].enumerated() {
                    // ("defence" and "defense" too, in English.)
                    var key = term.stems.joined(separator: " ") + (term.prefix ? "*" : "")
                    if language == nil {
                        let other = variants[t][k].joined(separator: " ") + (term.prefix ? "*" : "")
                        key = min(key, other)
                    }
                    if let j = strongest[key], terms[t][j].weight >= term.weight { continue }
                    strongest[key] = k
                }
                let kept = Set(strongest.values)
                // Required and excluded terms in the language's own words (`required_in`); a topic with
                // English required terms and none in this language does not fire in it.
                let required = language.map { topic.requiredIn[$0] ?? [] } ?? topic.required
                let excluded = language.map { topic.excludedIn[$0] ?? [] } ?? topic.excluded
                requires.append(!required.isEmpty || !topic.required.isEmpty)
                let roles = [(Role.score, terms[t]), (.required, required), (.excluded, excluded)]
                for (role, list) in roles {
                    for (k, term) in list.enumerated() where role != .score || kept.contains(k) {
                        // English terms are indexed in British and American spelling both.
                        var spellings = [term.stems]
                        if language == nil, !term.prefix || term.stems.count > 1 {
                            let other = role == .score ? variants[t][k] : term.stems.map { Stemmer.spellingVariant($0) ?? $0 }
                            if other != term.stems { spellings.append(other) }
                        }
                        for stems in spellings {
                            let ref = Ref(topic: t, term: k, role: role, rest: Array(stems.dropFirst()), prefixLast: term.prefix)
                            if term.prefix && stems.count == 1 {
                                prefixes.update(stems[0], default: []) { $0.append(ref) }
                                lengths.insert(stems[0].count)
                                if let b = stems[0].utf8.first {
                                    prefixStarts[Int(b >> 6)] |= 1 << UInt64(b & 63)
                                } else {
                                    prefixStarts = [UInt64](repeating: ~0, count: 4)  // (an empty prefix: every stem)
                                }
                            } else {
                                exactRefs.update(stems[0], default: []) { $0.append(ref) }
                            }
                        }
                    }
                }
            }
            prefixLengths = lengths.sorted()
            // (Keys added in the same order: the entries are the same.)
            exact = WordTable(minimumCapacity: exactRefs.count)
            for (e, list) in exactRefs.values.enumerated() {
                exact[exactRefs.key(at: e), default: RefRange(start: 0, count: 0)] = RefRange(start: UInt32(refs.count), count: UInt32(list.count))
                refs += list
            }
        }
    }

    /// English (the `terms` of each topic), and every language some topic has terms in.
    private let english: Index
    private let localized: [String: Index]
    private let parents: [Int?]
    /// The learned short-text model, for English; nil: rules alone.
    public let model: TopicModel?
    private let modelTopics: [Int?]

    public init(taxonomy: Taxonomy, model: TopicModel? = .shared) {
        self.taxonomy = taxonomy
        english = Index(taxonomy, language: nil)
        let languages = Set(taxonomy.topics.flatMap { $0.languages.keys })
        localized = Dictionary(uniqueKeysWithValues: languages.map { ($0, Index(taxonomy, language: $0)) })
        let ids = Dictionary(taxonomy.topics.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        parents = taxonomy.topics.map { $0.parent.flatMap { ids[$0] } }
        self.model = model
        modelTopics = model?.classes.map { ids[$0] } ?? []
    }

    /// Whether an article in `language` is scored on terms of its own (else on the English ones).
    public func hasTerms(in language: String) -> Bool { localized[language] != nil }

    /// Every topic's score, fired or not (the evaluation ranks them all).
    public struct Scores: Sendable {
        /// Per topic, in taxonomy order: the length-normalised score over the threshold
        /// (1 = at the threshold), with a child's score carried up to its parents.
        public var ratio: [Double]
        public var fired: [Bool]
        public var evidence: [[String]]
    }

    /// - Parameters:
    ///   - stems: the article's stemmed words, title first.
    ///   - titleCount: how many of them are the title's.
    ///   - language: the article's language (ISO 639-1); nil or one with no terms of its own: English.
    public func score(stems: [String], titleCount: Int, language: String? = nil) -> Scores {
        score(stems: stems, keys: WordKeys(stems, key: { $0 }), titleCount: titleCount, language: language)
    }

    /// ``score(stems:titleCount:language:)``, with the stems made ready for look-ups in `keys`
    /// (the analyzer's key terms look them up too).
    func score(stems: [String], keys: WordKeys, titleCount: Int, language: String?) -> Scores {
        let n = taxonomy.topics.count
        let index = language.flatMap { localized[$0] } ?? english
        // Each scoring hit as one integer, topic, term and weight from the high bits down: sorted,
        // they group by topic and, within a topic, come in the taxonomy's order of terms (no
        // counter per term and no flag per topic to clear for every article).
        var hits: [UInt64] = []
        hits.reserveCapacity(64)
        // Topics with a required or an excluded term in the article (few: most articles have none).
        var requiredHit: [Int] = []
        var excludedHit: [Int] = []

        func hit(_ ref: Ref, _ weight: Int) {
            switch ref.role {
            case .score: hits.append(UInt64(ref.topic) << 40 | UInt64(ref.term) << 8 | UInt64(weight))
            case .required: requiredHit.append(Int(ref.topic))
            case .excluded: excludedHit.append(Int(ref.topic))
            }
        }
        func restMatches(_ ref: Ref, at i: Int) -> Bool {
            guard i + ref.rest.count < stems.count else { return false }
            for (k, s) in ref.rest.enumerated() {
                let word = stems[i + 1 + k]
                if ref.prefixLast && k == ref.rest.count - 1 { if !word.hasPrefix(s) { return false } } else if word != s { return false }
            }
            return true
        }

        // (The exact terms looked up in a batch: the table's cache misses overlap.)
        let exact = index.exact.entries(of: keys)
        // (By index, each stem read in place: `enumerated()` copied each one, a retain and a release.)
        for i in stems.indices {
            let weight = i < titleCount ? Self.titleWeight : 1
            if exact[i] >= 0 {
                let range = index.exact.values[Int(exact[i])]
                for r in Int(range.start)..<Int(range.start) + Int(range.count) where index.refs[r].restCount == 0 || restMatches(index.refs[r], at: i) {
                    hit(index.refs[r], weight)
                }
            }
            if !index.prefixLengths.isEmpty, stems[i].utf8.first.map({ index.prefixStarts[Int($0 >> 6)] & (1 << UInt64($0 & 63)) != 0 }) ?? true {
                // ASCII (nearly every stem): a prefix of l characters is one of l bytes, looked up in
                // place, without making a String of it. (No closure calls `hit`: one that did would
                // make every access to the counters a checked one.)
                if stems[i].isAllASCII {
                    let length = stems[i].utf8.count
                    for l in index.prefixLengths where l <= length {
                        if let e = index.prefixes.entry(stems[i], prefixBytes: l) { for ref in index.prefixes.values[e] { hit(ref, weight) } }
                    }
                } else {
                    let length = stems[i].count
                    for l in index.prefixLengths where l <= length {
                        if let refs = index.prefixes[String(stems[i].prefix(l))] { for ref in refs { hit(ref, weight) } }
                    }
                }
            }
        }

        var bodyWords = Double(max(stems.count - titleCount, 0))
        if let language, let perWord = Self.charactersPerWord[language], titleCount < stems.count {
            var characters = 0
            for i in titleCount..<stems.count where Self.isSpacelessCharacter(stems[i]) { characters += 1 }
            bodyWords -= Double(characters) * (1 - 1 / perWord)
        }
        // Long articles are scaled down by the square root of their length; short ones (an RSS
        // item: a title and a sentence) up, gently, so that one strong title word can fire.
        let scale = bodyWords >= Self.referenceLength
            ? sqrt(bodyWords / Self.referenceLength) : pow(max(bodyWords, Self.shortestLength) / Self.referenceLength, Self.shortExponent)
        var ratio = [Double](repeating: 0, count: n)
        var fired = [Bool](repeating: false, count: n)
        var evidence = [[String]](repeating: [], count: n)
        hits.sort()
        var g = 0
        while g < hits.count {
            let t = Int(hits[g] >> 40)
            let topic = taxonomy.topics[t]
            var raw = 0.0
            // The eight strongest terms, strongest first; among equals, in the taxonomy's order of
            // terms (kept by insertion: a topic has a few hits and at most eight are named).
            var top: [(term: Int, value: Double)] = []
            let base = index.termBase[t]
            let terms = index.terms[t]
            while g < hits.count && Int(hits[g] >> 40) == t {
                let term = hits[g] >> 8
                let k = Int(term & 0xFFFF_FFFF)
                // The term's weighted count: the sum of its hits' weights.
                var c = 0
                while g < hits.count && hits[g] >> 8 == term {
                    c += Int(hits[g] & 0xFF)
                    g += 1
                }
                let weight = index.weights[base + k]
                let v = weight * (1 + log(Double(c)))
                raw += v
                guard weight > 0, top.count < Self.evidenceTerms || v > top[top.count - 1].value else { continue }
                // (Terms come in order: an equal value goes after those already kept.)
                let at = top.firstIndex { v > $0.value } ?? top.count
                top.insert((k, v), at: at)
                if top.count > Self.evidenceTerms { top.removeLast() }
            }
            ratio[t] = max(raw, 0) / scale / topic.threshold
            evidence[t] = top.map { terms[$0.term].text }
            fired[t] = ratio[t] >= 1 && (!index.requires[t] || requiredHit.contains(t)) && !excludedHit.contains(t)
        }
        // A child implies its parent: carry the score and the evidence up.
        for t in 0..<n where fired[t] || ratio[t] > 0 {
            var p = parents[t]
            var guardCount = 0
            while let parent = p, guardCount < 16 {
                if ratio[t] > ratio[parent] {
                    ratio[parent] = ratio[t]
                    if evidence[parent].isEmpty { evidence[parent] = evidence[t] }
                }
                if fired[t] { fired[parent] = true }
                p = parents[parent]
                guardCount += 1
            }
        }
        // The learned model, on English text: it counts as a term of weight `alpha * p` in each of
        // its topics, over the topic's threshold (a user's topic with a high threshold stays quiet).
        if let model, language == nil || language == "en" {
            let (p, features) = model.predict(stems: keys, titleCount: titleCount, explainAbove: 3 / model.alpha)
            for (c, topicIndex) in modelTopics.enumerated() {
                guard let t = topicIndex, p[c] > 0.01 else { continue }
                let topic = taxonomy.topics[t]
                let added = model.alpha * p[c] / topic.threshold
                ratio[t] += added
                if !features[c].isEmpty && added >= 0.5 {
                    evidence[t] = Array(evidence[t].prefix(5)) + features[c].map { "model:" + $0 }
                }
                if ratio[t] >= 1 && (!index.requires[t] || requiredHit.contains(t)) && !excludedHit.contains(t) { fired[t] = true }
            }
        }
        return Scores(ratio: ratio, fired: fired, evidence: evidence)
    }

    /// Whether `stem` is one character of a script written without spaces (a token of its own).
    static func isSpacelessCharacter(_ stem: String) -> Bool {
        guard stem.utf8.count == 3, let v = stem.unicodeScalars.first?.value else { return false }
        return Tokenizer.isSpaceless(v)
    }

    /// The topics that fired, best first, scores mapped to 0...1 (0.5 at the threshold).
    public func topics(stems: [String], titleCount: Int, language: String? = nil) -> [TopicScore] {
        topics(stems: stems, keys: WordKeys(stems, key: { $0 }), titleCount: titleCount, language: language)
    }

    /// ``topics(stems:titleCount:language:)``, with the stems made ready for look-ups in `keys`.
    func topics(stems: [String], keys: WordKeys, titleCount: Int, language: String?) -> [TopicScore] {
        let s = score(stems: stems, keys: keys, titleCount: titleCount, language: language)
        return s.fired.indices.filter { s.fired[$0] }
            .map { TopicScore(id: taxonomy.topics[$0].id, score: Self.squash(s.ratio[$0]), evidence: s.evidence[$0]) }
            .sorted { $0.score > $1.score || ($0.score == $1.score && $0.id < $1.id) }
    }

    public static func squash(_ ratio: Double) -> Double {
        (ratio / (ratio + 1) * 1000).rounded() / 1000
    }
}
