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
    /// Per key kind (``PresearchKey/Kind`` raw value): value -> postings.
    private var byKind = [WordTable<[Posting]>](repeating: WordTable(), count: PresearchKey.Kind.allCases.count)
    /// Pairs of common keys (a country, a topic, a language): the lesser key -> the greater -> postings.
    private var byPair: [PresearchKey: [PresearchKey: [Posting]]] = [:]
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
                    switch key {
                    case .pair(let a, let b): byPair[a, default: [:]][b, default: []].append(posting)
                    case .single(let kind, let value): byKind[kind.rawValue].update(value, default: []) { $0.append(posting) }
                    }
                }
            }
        }
    }

    public var count: Int { subscriptions.count }

    /// The subscriptions `doc` matches, in file order.
    public func matches(_ doc: MatchDocument) -> [Subscription] {
        matchingIndices(doc).map { subscriptions[Int($0)] }
    }

    /// Where the subscriptions `doc` matches stand in ``subscriptions``, ascending.
    public func matchingIndices(_ doc: MatchDocument) -> [Int32] {
        candidates(doc).filter { queries[Int($0)].matches(doc) }
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
                func lookup(_ kind: PresearchKey.Kind, _ values: some Sequence<String>) {
                    let table = byKind[kind.rawValue]
                    guard !table.isEmpty else { return }
                    for v in values { add(table[v]) }
                }
                let wordTable = byKind[PresearchKey.Kind.word.rawValue]
                let prefixes = byKind[PresearchKey.Kind.wordPrefix.rawValue]
                if !wordTable.isEmpty || !prefixes.isEmpty {
                    doc.forEachDistinctWord { w in
                        if !wordTable.isEmpty { add(wordTable[w]) }
                        if !prefixes.isEmpty { add(prefixes[w.count > 3 ? String(w.prefix(3)) : w]) }
                    }
                }
                lookup(.country, doc.countries)
                lookup(.topic, doc.topics.keys)
                lookup(.personWord, doc.people.joined())
                lookup(.orgWord, doc.organizations.joined())
                lookup(.placeWord, doc.places.joined())
                lookup(.sourceWord, doc.source)
                if let l = doc.language { lookup(.language, [l]) }
                if !byPair.isEmpty {
                    var common = doc.countries.map(PresearchKey.country) + doc.topics.keys.map(PresearchKey.topic)
                    if let l = doc.language { common.append(.language(l)) }
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
