/// How ``SubscriptionIndex`` files one query: the anchor sets whose postings it is walked from
/// (an article must hit each), one condition tested in place on each of its postings, and
/// whether an article that passes them all matches without running the query's program.
struct PresearchPlan: Equatable {
    /// The sets the query is filed under, the rarest first; each key is a posting.
    var sets: [Set<PresearchKey>]
    /// A further necessary condition, tested on the posting instead of walking its own list (as
    /// Lucene Monitor's multipass presearcher requires a second term, without the second walk).
    var check: PresearchCheck?
    /// A name part's word before its last: when the one set walked is a name's last word, the
    /// walk of that word in the article's names requires this word right before it in the same
    /// name (`person:"Julian Smith"` walked from `smith` counts only in "... Julian Smith ...").
    var nameBefore: String? = nil
    /// Passing the sets and the check is matching: the query is an AND (or a single part) of
    /// words, ORs of words, countries, topics, languages and names of one or two words, each of
    /// which is exactly one of the sets, the check, or the walked name with its word before.
    var exact: Bool
}

/// A condition a posting tests on the article before it counts: a word in its text, a country,
/// a topic with a minimum score, the language, or a word of one of its names of a kind (a
/// person's, a place's); a word can be required next to the walked word (a phrase of two).
struct PresearchCheck: Hashable {
    var key: PresearchKey
    /// Topics only: the score the check requires, compared as the program compares it (so the
    /// check is the topic part itself when that is the query's strongest minimum for the topic).
    var minimum: Double = 0
    /// Words only: where the word must stand from an occurrence of the walked word (+1 right
    /// after, -1 right before; 0 anywhere), for a phrase of two words.
    var offset: Int8 = 0

    /// The check of `key`'s kind, or nil for a kind no posting can test (prefixes, pairs).
    init?(_ key: PresearchKey, minimum: Double? = nil) {
        guard case .single(let kind, _) = key, kind != .wordPrefix else { return nil }
        self.key = key
        if kind == .topic {
            let m = minimum ?? 0
            guard m >= 0 else { return nil }
            self.minimum = m
        }
    }
}
