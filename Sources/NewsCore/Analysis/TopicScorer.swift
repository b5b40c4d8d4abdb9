import Foundation

/// Scores a ``Taxonomy`` against an article's words in one pass: every term is indexed by its
/// first stem (or prefix), so the cost grows with the article, not with the number of terms.
public struct TopicScorer: Sendable {
    public let taxonomy: Taxonomy
    /// Words in the title count this many times.
    static let titleWeight = 2
    /// Articles are scored as if this many words long at the least; longer ones are scaled down
    /// by the square root of their length.
    static let referenceLength = 150.0

    private enum Role: Sendable { case score, required, excluded }
    private struct Ref: Sendable {
        var topic: Int
        var term: Int
        var role: Role
        var rest: [String]
        var prefixLast: Bool
    }

    private var exact: [String: [Ref]] = [:]
    private var prefixes: [String: [Ref]] = [:]
    private var prefixLengths: [Int] = []
    private let parents: [Int?]

    public init(taxonomy: Taxonomy) {
        self.taxonomy = taxonomy
        var lengths = Set<Int>()
        for (t, topic) in taxonomy.topics.enumerated() {
            // Terms that stem alike ("vessel", "vessels") count once, at the higher weight.
            var strongest: [String: Int] = [:]
            for (k, term) in topic.terms.enumerated() {
                let key = term.stems.joined(separator: " ") + (term.prefix ? "*" : "")
                if let j = strongest[key], topic.terms[j].weight >= term.weight { continue }
                strongest[key] = k
            }
            let kept = Set(strongest.values)
            for (role, terms) in [(Role.score, topic.terms), (.required, topic.required), (.excluded, topic.excluded)] {
                for (k, term) in terms.enumerated() where role != .score || kept.contains(k) {
                    let ref = Ref(topic: t, term: k, role: role, rest: Array(term.stems.dropFirst()), prefixLast: term.prefix)
                    if term.prefix && term.stems.count == 1 {
                        prefixes[term.stems[0], default: []].append(ref)
                        lengths.insert(term.stems[0].count)
                    } else {
                        exact[term.stems[0], default: []].append(ref)
                    }
                }
            }
        }
        prefixLengths = lengths.sorted()
        let ids = Dictionary(taxonomy.topics.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        parents = taxonomy.topics.map { $0.parent.flatMap { ids[$0] } }
    }

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
    public func score(stems: [String], titleCount: Int) -> Scores {
        let n = taxonomy.topics.count
        var counts: [Int: [Int: Int]] = [:]  // topic -> term -> weighted count
        var requiredHit = [Bool](repeating: false, count: n)
        var excludedHit = [Bool](repeating: false, count: n)

        func hit(_ ref: Ref, _ weight: Int) {
            switch ref.role {
            case .score: counts[ref.topic, default: [:]][ref.term, default: 0] += weight
            case .required: requiredHit[ref.topic] = true
            case .excluded: excludedHit[ref.topic] = true
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

        for (i, stem) in stems.enumerated() {
            let weight = i < titleCount ? Self.titleWeight : 1
            if let refs = exact[stem] {
                for ref in refs where ref.rest.isEmpty || restMatches(ref, at: i) { hit(ref, weight) }
            }
            if !prefixLengths.isEmpty {
                let length = stem.count
                for l in prefixLengths where l <= length {
                    if let refs = prefixes[String(stem.prefix(l))] { for ref in refs { hit(ref, weight) } }
                }
            }
        }

        let bodyWords = Double(max(stems.count - titleCount, 0))
        let scale = sqrt(max(bodyWords, Self.referenceLength) / Self.referenceLength)
        var ratio = [Double](repeating: 0, count: n)
        var fired = [Bool](repeating: false, count: n)
        var evidence = [[String]](repeating: [], count: n)
        for (t, terms) in counts {
            let topic = taxonomy.topics[t]
            var raw = 0.0
            var contributions: [(String, Double)] = []
            for (k, c) in terms {
                let term = topic.terms[k]
                let v = term.weight * (1 + log(Double(c)))
                raw += v
                if term.weight > 0 { contributions.append((term.text, v)) }
            }
            ratio[t] = max(raw, 0) / scale / topic.threshold
            evidence[t] = contributions.sorted { $0.1 > $1.1 }.prefix(8).map(\.0)
            fired[t] = ratio[t] >= 1 && (topic.required.isEmpty || requiredHit[t]) && !excludedHit[t]
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
        return Scores(ratio: ratio, fired: fired, evidence: evidence)
    }

    /// The topics that fired, best first, scores mapped to 0...1 (0.5 at the threshold).
    public func topics(stems: [String], titleCount: Int) -> [TopicScore] {
        let s = score(stems: stems, titleCount: titleCount)
        return s.fired.indices.filter { s.fired[$0] }
            .map { TopicScore(id: taxonomy.topics[$0].id, score: Self.squash(s.ratio[$0]), evidence: s.evidence[$0]) }
            .sorted { $0.score > $1.score || ($0.score == $1.score && $0.id < $1.id) }
    }

    public static func squash(_ ratio: Double) -> Double {
        (ratio / (ratio + 1) * 1000).rounded() / 1000
    }
}
