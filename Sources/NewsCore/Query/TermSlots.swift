import CNewsData

/// The index's terms of 15 bytes and less in one open-addressing table whose slots hold a key's
/// record and its term id side by side, so that a word that is a term costs one cache line where
/// ``WordTable`` reads a slot and then a record elsewhere (two misses in a table of 100,000
/// subscriptions' terms). Probed with the record and hash the tokenizer made for each token.
struct TermSlots: Sendable {
    /// A key's record and its term id (-1: an empty slot).
    private struct Slot {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var term: Int32 = -1
    }

    private let slots: [Slot]
    private let mask: Int

    /// The short keys of `terms`, each with its entry as its term id; at most two thirds full.
    init(_ terms: WordTable<Int32>) {
        var size = 16
        while size * 2 < terms.count * 3 { size *= 2 }
        var slots = [Slot](repeating: Slot(), count: size)
        for (t, key) in terms.keys.enumerated() {
            let k = WordKey(key)
            // (A long key is looked up in `terms`: see ``term(_:in:)``.)
            guard !k.record.isLong else { continue }
            var i = Int(truncatingIfNeeded: k.hash) & (size - 1)
            while slots[i].term >= 0 { i = (i + 1) & (size - 1) }
            slots[i] = Slot(low: k.record.low, high: k.record.high, term: Int32(t))
        }
        self.slots = slots
        mask = size - 1
    }

    /// The term id of the short key `record` of hash `hash` (-1: no term).
    @inline(__always)
    func term(_ record: WordRecord, hash: UInt64) -> Int32 {
        slots.withUnsafeBufferPointer { slots in
            var i = Int(truncatingIfNeeded: hash) & mask
            while true {
                let s = slots[i]
                if s.term < 0 || (s.low == record.low && s.high == record.high) { return s.term }
                i = (i + 1) & mask
            }
        }
    }

    /// Starts fetching the slot where a key of hash `hash` is probed first.
    @inline(__always)
    func prefetch(hash: UInt64) {
        slots.withUnsafeBufferPointer { newsd_prefetch($0.baseAddress! + (Int(truncatingIfNeeded: hash) & mask)) }
    }

    /// The term id of `word` (-1: no term).
    func term(_ word: String, in terms: WordTable<Int32>) -> Int32 {
        let k = WordKey(word)
        if k.record.isLong { return terms.entry(word).map(Int32.init) ?? -1 }
        return term(k.record, hash: k.hash)
    }
}
