import Testing

@testable import NewsCore

/// The matches a ``MatchState`` hands back: ascending, each query once, however many times the
/// presearch found it, and nothing left behind for the next article.
@Suite struct MatchStateTests {
    /// Up to 24 found are sorted; more are set as bits, in an index of 1,000 queries as in one of
    /// 100,000 (read back through a bit a word of 64 queries).
    @Test(arguments: [(3, 1_000), (24, 1_000), (25, 1_000), (200, 1_000), (10, 100_000), (40, 100_000), (3_000, 100_000)])
    func theMatchesComeBackAscendingAndDistinct(count: Int, queries: Int) {
        var state = MatchState(terms: 1, prefixes: 0, queries: queries)
        var rng = SplitMix64(seed: UInt64(count))
        // Each query twice, and the edges of the 64-query words and of the 4,096-query ones.
        let last = Int32(queries - 1)
        let edges = [0, 63, 64, 4_095, 4_096, 8_191].filter { $0 < queries }.map(Int32.init)
        var found = (0..<count).map { _ in Int32(rng.next() % UInt64(queries)) } + edges + [last]
        found += found.reversed()
        let expected = Array(Set(found)).sorted()
        #expect(state.ascending(found) == expected)
        #expect(state.taken.allSatisfy { $0 == 0 }, "the bits are cleared for the next article")
        #expect(state.takenWords.allSatisfy { $0 == 0 })
        #expect(state.ascending(found) == expected, "the same again")
        #expect(state.ascending([]) == [])
        #expect(state.ascending([7, 7]) == [7])
    }
}
