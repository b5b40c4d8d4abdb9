import Testing

@testable import NewsCore

/// The matches a ``MatchState`` hands back: ascending, each query once, however many times the
/// presearch found it, and nothing left behind for the next article.
@Suite struct MatchStateTests {
    @Test(arguments: [3, 24, 25, 200])
    func theMatchesComeBackAscendingAndDistinct(count: Int) {
        var state = MatchState(terms: 1, prefixes: 0, queries: 1_000)
        var rng = SplitMix64(seed: UInt64(count))
        // Each query twice, and the edges of the 64-query words.
        var found = (0..<count).map { _ in Int32(rng.next() % 1_000) } + [0, 63, 64, 999]
        found += found.reversed()
        let expected = Array(Set(found)).sorted()
        #expect(state.ascending(found) == expected)
        #expect(state.taken.allSatisfy { $0 == 0 }, "the bits are cleared for the next article")
        #expect(state.ascending(found) == expected, "the same again")
        #expect(state.ascending([]) == [])
        #expect(state.ascending([7, 7]) == [7])
    }
}
