import Synchronization

/// The ``MatchState``s of one index, lent to one matching call at a time: the decoding threads
/// and the alert service match concurrently, each with a state of its own, and a state's arrays
/// (sized to the index) are allocated once, not per article.
final class MatchStatePool: Sendable {
    /// At most this many states are kept between calls (more run only while that many threads
    /// match at once); each is about 16 bytes a term and 1.13 bytes a subscription (its hit bits
    /// and a bit for the matches taken).
    static let maximumKept = 8

    private let free = Mutex<[MatchState]>([])
    private let terms: Int
    private let prefixes: Int
    private let queries: Int

    init(terms: Int, prefixes: Int, queries: Int) {
        self.terms = terms
        self.prefixes = prefixes
        self.queries = queries
    }

    /// How many states are kept now.
    var kept: Int { free.withLock { $0.count } }

    /// Runs `body` with a state of this index's sizes, its hit bits all zero.
    func withState<R>(_ body: (inout MatchState) -> R) -> R {
        var state = free.withLock { $0.popLast() } ?? MatchState(terms: terms, prefixes: prefixes, queries: queries)
        let result = body(&state)
        free.withLock { if $0.count < Self.maximumKept { $0.append(state) } }
        return result
    }
}
