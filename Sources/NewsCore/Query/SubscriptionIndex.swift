/// All subscriptions, indexed by a presearcher (as Lucene's Monitor does): each query is filed
/// under sets of keys (a word, a word's first three letters, an entity word, a country, a topic,
/// a language, or a pair of countries and topics for a conjunction of two such) of which an
/// article must hold one from every set to match it, so an article is matched in full only
/// against the queries whose every set it hits. A conjunction of rare words is filed under two
/// or three sets (as Monitor's multipass presearcher does): an article holding only one of its
/// words is not a candidate.
public struct SubscriptionIndex: Sendable {
    public let subscriptions: [Subscription]
    /// The compiled queries apart from the subscriptions, so matching reads them in place.
    private let queries: [CompiledQuery]
    /// One bit per anchor set of a query: the set that names it in a posting.
    struct Posting: Sendable {
        var query: Int32
        var bit: UInt8
    }
    /// Key kind ("w", "w3", "c", "t", "pn", "on", "pl", "s", "l") -> value -> postings.
    private var byKind: [String: [String: [Posting]]] = [:]
    /// Pairs of common keys ("c:JP", "t:defense", "l:en"): the lesser key -> the greater -> postings.
    private var byPair: [String: [String: [Posting]]] = [:]
    /// Per query, the bits of all its anchor sets: a candidate once an article sets them all.
    private var required: [UInt8] = []
    /// Queries with no anchor (pure NOT): matched against every article.
    private var always: [Int32] = []

    public init(_ subscriptions: [Subscription]) {
        self.subscriptions = subscriptions
        queries = subscriptions.map(\.compiled)
        required = [UInt8](repeating: 0, count: subscriptions.count)
        for (i, s) in subscriptions.enumerated() {
            guard let sets = s.compiled.anchorSets else {
                always.append(Int32(i))
                continue
            }
            for (k, set) in sets.enumerated() {
                let bit = UInt8(1) << k
                required[i] |= bit
                for key in set {
                    let posting = Posting(query: Int32(i), bit: bit)
                    if let (a, b) = CompiledQuery.unpair(key) {
                        byPair[a, default: [:]][b, default: []].append(posting)
                    } else {
                        let (kind, value) = Self.split(key)
                        byKind[kind, default: [:]][value, default: []].append(posting)
                    }
                }
            }
        }
    }

    static func split(_ key: String) -> (String, String) {
        guard let colon = key.firstIndex(of: ":") else { return ("", key) }
        return (String(key[..<colon]), String(key[key.index(after: colon)...]))
    }

    public var count: Int { subscriptions.count }

    /// The subscriptions `doc` matches, in file order.
    public func matches(_ doc: MatchDocument) -> [Subscription] {
        candidates(doc).compactMap { i in queries[Int(i)].matches(doc) ? subscriptions[Int(i)] : nil }
    }

    /// The subscriptions the presearcher lets through for `doc` (a superset of the matches).
    public func candidates(_ doc: MatchDocument) -> [Int32] {
        guard !subscriptions.isEmpty else { return [] }
        var hits = [UInt8](repeating: 0, count: subscriptions.count)
        var candidates: [Int32] = always
        required.withUnsafeBufferPointer { required in
            hits.withUnsafeMutableBufferPointer { hits in
                func add(_ postings: [Posting]?) {
                    guard let postings else { return }
                    for p in postings {
                        let q = Int(p.query)
                        let before = hits[q]
                        guard before & p.bit == 0 else { continue }
                        hits[q] = before | p.bit
                        if before | p.bit == required[q] { candidates.append(p.query) }
                    }
                }
                func lookup(_ kind: String, _ values: some Sequence<String>) {
                    guard let table = byKind[kind] else { return }
                    for v in values { add(table[v]) }
                }
                let words = doc.distinctWords
                lookup("w", words)
                if let table = byKind["w3"] {
                    for w in words { add(table[w.count > 3 ? String(w.prefix(3)) : w]) }
                }
                lookup("c", doc.countries)
                lookup("t", doc.topics.keys)
                lookup("pn", doc.people.joined())
                lookup("on", doc.organizations.joined())
                lookup("pl", doc.places.joined())
                lookup("s", doc.source)
                if let l = doc.language { lookup("l", [l]) }
                if !byPair.isEmpty {
                    var common = doc.countries.map { "c:" + $0 } + doc.topics.keys.map { "t:" + $0 }
                    if let l = doc.language { common.append("l:" + l) }
                    common.sort()
                    for i in common.indices {
                        guard let table = byPair[common[i]] else { continue }
                        for j in common.indices where j > i { add(table[common[j]]) }
                    }
                }
            }
        }
        candidates.sort()
        return candidates
    }
}
