import Testing

@testable import NewsCore

@Suite struct WordTableTests {
    @Test func findsEveryKeyItWasGivenAndNoOther() {
        var table = WordTable<Int>()
        // Enough keys to grow the table several times; short, long, non-ASCII and empty keys.
        let keys = (0..<20_000).map { "w\($0)" } + ["", "a", "ab", "abcdefgh", "abcdefghi", "võ văn thưởng", "東京", String(repeating: "x", count: 300),
                                                   // Either side of the 15 bytes a key keeps in place, and a NUL inside one.
                                                   "fifteen-bytes-1", "sixteen-bytes-12", "seventeen-bytes-3", "a\u{0}", "a\u{0}\u{0}"]
        for (i, k) in keys.enumerated() { table[k, default: -1] = i }
        #expect(table.count == keys.count)
        for (i, k) in keys.enumerated() { #expect(table[k] == i, "key \(k)") }
        for k in ["w20000", "abcdefg", "abcdefghij", "võ văn thuong", "東", String(repeating: "x", count: 299), "W1"] {
            #expect(table[k] == nil, "key \(k)")
        }
        #expect(table.keys == keys)
    }

    @Test func updatesInPlaceAndKeepsOneEntryPerKey() {
        var table = WordTable<[Int]>()
        for i in 0..<100 { table.update("k\(i % 10)", default: []) { $0.append(i) } }
        #expect(table.count == 10)
        #expect(table["k3"] == [3, 13, 23, 33, 43, 53, 63, 73, 83, 93])
        table.updateAll { $0.removeAll { $0 >= 50 } }
        #expect(table["k3"] == [3, 13, 23, 33, 43])
    }

    @Test func findOrInsertAddsOnceAndFindsAfterGrowing() {
        var table = WordTable<Int>()
        for round in 0..<2 {
            for i in 0..<5_000 {
                let (e, inserted) = table.findOrInsert("k\(i)", i)
                #expect(inserted == (round == 0))
                #expect(table.values[e] == i)
            }
        }
        #expect(table.count == 5_000)
        #expect(table["k4999"] == 4999)
        var sized = WordTable<Int>(minimumCapacity: 100)
        for i in 0..<300 { _ = sized.findOrInsert("w\(i)", i) }
        #expect(sized["w299"] == 299 && sized.count == 300)
    }

    /// A large table keeps a filter of its keys' hashes: keys added to a table sized up front (no
    /// rehash builds the filter then) are found, and most other words are told apart by it.
    @Test func aLargeTableFindsKeysAddedWithoutGrowing() {
        var table = WordTable<Int>(minimumCapacity: 40_000)
        for i in 0..<40_000 { _ = table.findOrInsert("name\(i)", i) }
        for i in stride(from: 0, to: 40_000, by: 7) { #expect(table["name\(i)"] == i) }
        #expect((40_000..<60_000).allSatisfy { table["name\($0)"] == nil })
    }

    /// The batched look-up gives each key's entry as ``WordTable/entry(_:)`` does, in a small
    /// table and in a large one (with a filter), for batches shorter and longer than the distance
    /// it fetches ahead, with long, empty, repeated and absent keys among them.
    @Test(arguments: [100, 40_000], [0, 1, 3, 13, 500])
    func looksUpABatchAsOneKeyAtATime(tableSize: Int, batch: Int) {
        var table = WordTable<Int>(minimumCapacity: tableSize)
        for i in 0..<tableSize { _ = table.findOrInsert("name\(i)", i) }
        for k in ["", String(repeating: "long", count: 10), "東京"] { _ = table.findOrInsert(k, -1) }
        let pool = ["", "東京", "東", String(repeating: "long", count: 10), String(repeating: "long", count: 9), "name0", "name0",
                    "nameless", "name\(tableSize - 1)", "name\(tableSize)"]
        let words = (0..<batch).map { i in i % 3 == 0 ? pool[i % pool.count] : "name\((i * 7919) % (tableSize * 2))" }
        let batched = table.entries(of: words, key: { $0 })
        #expect(batched.count == words.count)
        for (i, w) in words.enumerated() { #expect(batched[i] == table.entry(w).map { Int32($0) } ?? -1, "word \(w)") }
        // A slice, its indices not starting at zero.
        let slice = words.dropFirst(min(2, batch))
        #expect(table.entries(of: slice, key: { $0 }) == Array(batched.dropFirst(min(2, batch))))
    }

    /// Words made ready once (``WordKeys``) are found, added and counted as the words themselves
    /// are, long, empty and non-ASCII ones included.
    @Test func looksUpAndAddsPreparedWordsAsTheWordsThemselves() {
        let words = ["said", "election", "", "東京", String(repeating: "long", count: 5), "election", "vote", "said", "x"]
        let keys = WordKeys(words, key: { $0 })
        var counted = WordTable<Int>()
        var plain = WordTable<Int>()
        for (i, w) in words.enumerated() {
            counted.update(keys, at: i, default: 0) { $0 += 1 }
            plain.update(w, default: 0) { $0 += 1 }
        }
        #expect(counted.keys == plain.keys)
        #expect(counted.values == plain.values)
        #expect(counted.findOrInsert(keys, at: 1, 0) == (entry: 1, inserted: false))
        let set: WordSet = ["said", "東京", String(repeating: "long", count: 5)]
        #expect(words.indices.map { set.contains(keys, at: $0) } == words.map { set.contains($0) })
        #expect(words.indices.map { plain.entry(keys, at: $0) } == words.map { plain.entry($0) })
        #expect(plain.entries(of: keys) == words.map { w in plain.entry(w).map { Int32($0) } ?? -1 })
    }

    @Test func findsAKeyByAPrefixOfAnotherWord() {
        let table: WordTable<Int> = {
            var t = WordTable<Int>()
            t["elect", default: 0] = 1
            t["東", default: 0] = 2
            return t
        }()
        #expect(table.entry("electoral", prefixBytes: 5).map { table.values[$0] } == 1)
        #expect(table.entry("electoral", prefixBytes: 4) == nil)
        #expect(table.entry("東京", prefixBytes: 3).map { table.values[$0] } == 2)
    }

    @Test func aSetOfWords() {
        let set: WordSet = ["the", "of", "and"]
        #expect(set.contains("of"))
        #expect(!set.contains("Of"))
        #expect(!set.contains("o"))
        #expect(set.count == 3)
    }
}
