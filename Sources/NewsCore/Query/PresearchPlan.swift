/// How ``SubscriptionIndex`` files one query: the anchor sets whose postings it is walked from
/// (an article must hit each), one condition tested in place on each of its postings, and
/// whether an article that passes them all matches without running the query's program.
struct PresearchPlan: Equatable {
    /// The sets the query is filed under, the rarest first; each key is a posting.
    var sets: [Set<PresearchKey>]
    /// A further necessary condition, tested on the posting instead of walking its own list (as
    /// Lucene Monitor's multipass presearcher requires a second term, without the second walk).
    var check: PresearchCheck?
    /// Passing the sets and the check is matching: the query is an AND (or a single part) of
    /// words, ORs of words, countries, topics with no minimum and languages, each of which is
    /// exactly one of the sets or the check.
    var exact: Bool
}

/// A condition a posting tests on the article before it counts: a word in its text, a country,
/// a topic with a minimum score (rounded down to thousandths), or the language; a word can be
/// required next to the walked word (a phrase of two).
struct PresearchCheck: Hashable {
    var key: PresearchKey
    /// Topics only: the score the check requires, in thousandths, rounded down (so the check
    /// never refuses an article the query matches; ``exact`` only when it is the query's own 0).
    var minimumMillis: UInt16 = 0
    /// Words only: where the word must stand from an occurrence of the walked word (+1 right
    /// after, -1 right before; 0 anywhere), for a phrase of two words.
    var offset: Int8 = 0

    /// The check of `key`'s kind, or nil for a kind no posting can test (prefixes, names, pairs).
    init?(_ key: PresearchKey, minimum: Double? = nil) {
        guard case .single(let kind, _) = key, [.word, .country, .topic, .language].contains(kind) else { return nil }
        self.key = key
        if kind == .topic {
            let m = minimum ?? 0
            guard m >= 0 else { return nil }
            minimumMillis = UInt16(min(65535, (m * 1000).rounded(.down)))
        }
    }
}
