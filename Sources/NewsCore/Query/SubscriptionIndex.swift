/// All subscriptions, indexed by a presearcher (as Lucene's Monitor does): each query is filed
/// under the keys of which an article must hold one to match it, so an article is matched
/// in full only against the queries whose keys it holds.
public struct SubscriptionIndex: Sendable {
    public let subscriptions: [Subscription]
    private var byKey: [String: [Int32]] = [:]
    /// Queries with no anchor (pure NOT): matched against every article.
    private var always: [Int32] = []

    public init(_ subscriptions: [Subscription]) {
        self.subscriptions = subscriptions
        for (i, s) in subscriptions.enumerated() {
            if let anchors = s.compiled.anchors {
                for key in anchors { byKey[key, default: []].append(Int32(i)) }
            } else {
                always.append(Int32(i))
            }
        }
    }

    public var count: Int { subscriptions.count }

    /// The subscriptions `doc` matches, in file order.
    public func matches(_ doc: MatchDocument) -> [Subscription] {
        guard !subscriptions.isEmpty else { return [] }
        var candidates = Set<Int32>(always)
        for key in doc.presearchKeys {
            if let ids = byKey[key] { candidates.formUnion(ids) }
        }
        return candidates.sorted().compactMap { i in
            let s = subscriptions[Int(i)]
            return s.matches(doc) ? s : nil
        }
    }
}
