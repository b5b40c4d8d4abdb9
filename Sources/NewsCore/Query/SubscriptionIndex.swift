/// All subscriptions, indexed by a presearcher (as Lucene's Monitor does): each query is filed
/// under the keys of which an article must hold one to match it (a word, a word's first three
/// letters, an entity word, a country, a topic, a language, or a pair of countries and topics
/// for a conjunction of two such), so an article is matched in full only against the queries
/// whose keys it holds.
public struct SubscriptionIndex: Sendable {
    public let subscriptions: [Subscription]
    /// Key kind ("w", "w3", "c", "t", "pn", "on", "pl", "s", "l", "&") -> value -> queries.
    private var byKind: [String: [String: [Int32]]] = [:]
    /// Queries with no anchor (pure NOT): matched against every article.
    private var always: [Int32] = []

    public init(_ subscriptions: [Subscription]) {
        self.subscriptions = subscriptions
        for (i, s) in subscriptions.enumerated() {
            if let anchors = s.compiled.anchors {
                for key in anchors {
                    let (kind, value) = Self.split(key)
                    byKind[kind, default: [:]][value, default: []].append(Int32(i))
                }
            } else {
                always.append(Int32(i))
            }
        }
    }

    static func split(_ key: String) -> (String, String) {
        if key.hasPrefix("&") { return ("&", key) }
        guard let colon = key.firstIndex(of: ":") else { return ("", key) }
        return (String(key[..<colon]), String(key[key.index(after: colon)...]))
    }

    public var count: Int { subscriptions.count }

    /// The subscriptions `doc` matches, in file order.
    public func matches(_ doc: MatchDocument) -> [Subscription] {
        candidates(doc).compactMap { i in
            let s = subscriptions[Int(i)]
            return s.matches(doc) ? s : nil
        }
    }

    /// The subscriptions the presearcher lets through for `doc` (a superset of the matches).
    public func candidates(_ doc: MatchDocument) -> [Int32] {
        guard !subscriptions.isEmpty else { return [] }
        var marked = [Bool](repeating: false, count: subscriptions.count)
        var candidates: [Int32] = always
        for i in always { marked[Int(i)] = true }
        func add(_ ids: [Int32]?) {
            guard let ids else { return }
            for i in ids where !marked[Int(i)] {
                marked[Int(i)] = true
                candidates.append(i)
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
        if let table = byKind["&"] {
            var common = doc.countries.map { "c:" + $0 } + doc.topics.keys.map { "t:" + $0 }
            if let l = doc.language { common.append("l:" + l) }
            for i in common.indices {
                for j in common.indices where j > i { add(table[CompiledQuery.pair(common[i], common[j])]) }
            }
        }
        candidates.sort()
        return candidates
    }
}
