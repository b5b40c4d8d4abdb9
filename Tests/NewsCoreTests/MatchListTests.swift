import Testing

@testable import NewsCore

/// The lists a ``MatchState`` fills through a pointer: what is appended is there after, in
/// order, across growth and emptying, and no appender writes past the room reserved for it.
@Suite struct MatchListTests {
    @Test func appendedValuesComeBackInOrderAcrossGrowth() {
        var list = MatchList()
        list.append(5)
        list.append(contentsOf: [6, 7])
        for round in 0..<3 {
            list.reserve(100)
            list.withAppender { a in for v in 0..<100 { a.append(Int32(v + round)) } }
        }
        #expect(list.count == 303)
        #expect(Array(list.values.prefix(4)) == [5, 6, 7, 0])
        #expect(list[302] == 101)
        list.withValues { #expect($0.count == 303 && $0.last == 101) }
    }

    @Test func anEmptiedListStartsAgainAtItsFirstValue() {
        var list = MatchList()
        list.reserve(10)
        list.withAppender { a in for v in 0..<10 { a.append(Int32(v)) } }
        list.removeAll()
        #expect(list.isEmpty && list.values.isEmpty)
        list.withAppender { a in a.append(42) }
        #expect(Array(list.values) == [42], "the room kept is written over, not appended to")
    }

    @Test func anAppenderAddsAfterTheValuesThere() {
        var list = MatchList()
        list.append(contentsOf: [1, 2, 3])
        list.reserve(2)
        list.withAppender { a in
            a.append(4)
            a.append(5)
        }
        #expect(Array(list.values) == [1, 2, 3, 4, 5])
    }

    /// More values than reserved stop the process rather than write past the room.
    @Test func anAppenderStopsAtItsRoom() async {
        await #expect(processExitsWith: .failure) {
            var list = MatchList()
            list.reserve(4)
            list.withAppender { a in for v in 0..<100_000 { a.append(Int32(v)) } }
        }
    }
}
