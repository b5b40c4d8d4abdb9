import CNewsData

/// A blocked Bloom filter of the index's terms, tested with the hash the tokenizer made for each
/// word: most words of an article are no term, and this tells so with one read of a small array
/// (sized to the terms, 16 bits each, two of them set per term in one 64-bit word), so an
/// article's words cost a bit test each however many subscriptions are loaded. It never says no
/// to a term; a word it lets through is looked up in the term table.
struct TermFilter: Sendable {
    private let words: [UInt64]
    private let mask: Int

    /// A filter of the short keys' hashes in `hashes` (`count` of them), or one that lets every
    /// word through when `enabled` is false.
    init(hashes: some Sequence<UInt64>, count: Int, enabled: Bool = true) {
        guard enabled else {
            words = [~0]
            mask = 0
            return
        }
        var size = 64
        while size < count * 16 / 64 && size < Self.maximumWords { size *= 2 }
        var words = [UInt64](repeating: 0, count: size)
        for h in hashes {
            let (w, bits) = Self.position(h, size - 1)
            words[w] |= bits
        }
        self.words = words
        mask = size - 1
    }

    /// At most 2^20 bits (128 KiB): beyond, a larger filter would miss the caches as the term
    /// table does.
    static var maximumWords: Int { 1 << 14 }

    /// Whether the word of hash `h` may be a term.
    @inline(__always)
    func mayContain(_ h: UInt64) -> Bool {
        let (w, bits) = Self.position(h, mask)
        return words.withUnsafeBufferPointer { $0[w] } & bits == bits
    }

    /// Calls `body` with the position of each token the filter lets through (its word may be a
    /// term), and of each token over 15 bytes (no hash: looked up by its word), in order.
    @inline(__always)
    func forEachPassing(_ tokens: UnsafeBufferPointer<Token>, _ body: (Int) -> Void) {
        // In a large index the filter (up to 128 KiB) misses the caches: its word for a token a
        // few ahead is fetched while this one is tested. A small one stays in the first-level
        // cache, and fetching would only cost.
        let fetch = words.count >= Self.fetchedWords
        words.withUnsafeBufferPointer { words in
            for i in tokens.indices {
                if fetch && i + Self.lookAhead < tokens.count {
                    newsd_prefetch(words.baseAddress! + Self.position(tokens[i + Self.lookAhead].key.hash, mask).0)
                }
                let key = tokens[i].key
                let (w, bits) = Self.position(key.hash, mask)
                if words[w] & bits == bits || key.record.isLong { body(i) }
            }
        }
    }

    /// How many tokens ahead ``forEachPassing(_:_:)`` fetches the filter's word.
    static let lookAhead = 16
    /// Filters of this many words (32 KiB) and more are fetched ahead.
    static let fetchedWords = 4_096

    /// The word and the two bits of hash `h`: the word from its high half (the term table's
    /// slot comes from the low bits), the bits from the bytes below.
    @inline(__always)
    private static func position(_ h: UInt64, _ mask: Int) -> (Int, UInt64) {
        let w = Int(truncatingIfNeeded: h >> 32) & mask
        let bits = (1 as UInt64) << (h >> 20 & 63) | (1 as UInt64) << (h >> 26 & 63)
        return (w, bits)
    }
}

/// The first two bytes of the index's prefix keys, a bit each of 65,536: a word whose first two
/// bytes are none of them starts no prefix key, and its prefixes are not looked up.
struct PrefixFilter: Sendable {
    private let bits: [UInt64]

    /// A filter of `keys`' first two bytes; one that lets every word through when `enabled` is
    /// false or a key is shorter than two bytes.
    init(keys: [String], enabled: Bool = true) {
        guard enabled, keys.allSatisfy({ $0.utf8.count >= 2 }) else {
            bits = [UInt64](repeating: ~0, count: 1024)
            return
        }
        var bits = [UInt64](repeating: 0, count: 1024)
        for key in keys {
            let b = Array(key.utf8.prefix(2))
            let pair = Int(b[0]) | Int(b[1]) << 8
            bits[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        self.bits = bits
    }

    /// Whether a short word whose record's first word is `low` (its first bytes, little-endian)
    /// may start a prefix key.
    @inline(__always)
    func mayStart(low: UInt64) -> Bool {
        let pair = Int(truncatingIfNeeded: low & 0xFFFF)
        return bits.withUnsafeBufferPointer { $0[pair >> 6] } & (1 << UInt64(pair & 63)) != 0
    }
}
