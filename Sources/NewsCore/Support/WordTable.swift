import CNewsData
import Foundation

/// A ``WordTable`` key of 15 bytes or fewer: its bytes, zero-padded, with its length in the last
/// byte. A longer one: its offset in the table's arena of long keys (`low`), its length (`high`'s
/// low 32 bits) and 0xFF in the last byte.
struct WordRecord: Sendable, Equatable {
    var low: UInt64
    var high: UInt64

    static var longMark: UInt64 { 0xFF << 56 }

    /// The record of a key of at most 15 bytes, read with loads that stay inside them (two
    /// that overlap, shifted; a copy to the stack stalled the loads that read it back).
    @inline(__always)
    init(short bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        high = UInt64(n) << 56
        guard let base = bytes.baseAddress else {
            low = 0
            return
        }
        let raw = UnsafeRawPointer(base)
        if n >= 8 {
            low = raw.loadUnaligned(as: UInt64.self)
            if n > 8 { high |= raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) >> UInt64(8 * (16 - n)) }
        } else if n >= 4 {
            let head = UInt64(raw.loadUnaligned(as: UInt32.self))
            let tail = UInt64(raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)) >> UInt64(8 * (8 - n))
            low = head | tail << 32
        } else {
            var w: UInt64 = 0
            for i in 0..<n { w |= UInt64(base[i]) << UInt64(8 * i) }
            low = w
        }
    }

    init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    var isLong: Bool { high >> 56 == 0xFF }

    /// A key of at most 15 bytes, all ASCII.
    @inline(__always)
    var isShortASCII: Bool { !isLong && (low | high & 0x00FF_FFFF_FFFF_FFFF) & 0x8080_8080_8080_8080 == 0 }

    /// A short key's bytes hashed with FNV-1a (as a String's UTF-8 would be), and the OR of them
    /// (under 0x80: ASCII), read from the record without going through a String.
    @inline(__always)
    var fnv1a: (hash: UInt64, or: UInt64) {
        let n = Int(high >> 56)
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        var w = low
        for _ in 0..<min(n, 8) {
            h = (h ^ (w & 0xFF)) &* 0x100_0000_01B3
            w >>= 8
        }
        if n > 8 {
            w = high
            for _ in 8..<n {
                h = (h ^ (w & 0xFF)) &* 0x100_0000_01B3
                w >>= 8
            }
        }
        return (h, low | (high & 0x00FF_FFFF_FFFF_FFFF))
    }

    /// A short key's hash: its two words (length included) mixed, then splitmix64's finaliser.
    @inline(__always)
    var hash: UInt64 {
        var h = (low ^ 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
        h = (h.rotatedLeft(by: 31) ^ high) &* 0x94D0_49BB_1331_11EB
        return Self.finalize(h)
    }

    @inline(__always)
    static func finalize(_ x: UInt64) -> UInt64 {
        var h = x
        h ^= h >> 30
        h = h &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 27
        h = h &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 31)
    }
}

/// A hash table from words to values for the analysis' hot loops, where a `Dictionary<String, _>`
/// spends most of its time in `Hasher` (SipHash, seeded per look-up) and in String comparison.
///
/// Each key is kept in a 16-byte record: up to 15 bytes in place, a longer key in an arena. A
/// look-up reads the key's bytes in place (no copy for a native or a small String), probes
/// linearly and compares a short key as two words, so a hit reads a slot, a record and the value
/// (three arrays; a span and an arena before). Built once (by the gazetteer, the taxonomy, the
/// topic model), then only read, so it is a value type shared freely across threads. Keys compare
/// as bytes: callers fold first, as they did with `Dictionary`.
public struct WordTable<Value> {
    typealias Record = WordRecord

    private var records: [Record] = []
    /// The keys longer than 15 bytes, one after the other.
    private var long: [UInt8] = []
    public private(set) var values: [Value] = []
    /// Per slot: the high 32 bits of the key's hash, then entry + 1 (0: empty); a power of two
    /// long, at most half full.
    private var slots: [UInt64] = [UInt64](repeating: 0, count: 16)
    /// For a large table only (the gazetteer's names): two bits per key in one 64-bit word of four bits a slot, so that most
    /// words that are no key (nearly every word of a text) are told so by one read of a small
    /// array instead of a cache miss in the slots. Empty for small tables.
    private var filter: [UInt64] = []
    /// Tables of this many slots and more keep a ``filter``.
    static var filterSlots: Int { 1 << 15 }

    public init() {}

    /// A table that takes `capacity` keys without growing.
    public init(minimumCapacity capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = [UInt64](repeating: 0, count: size)
        if size >= Self.filterSlots { filter = [UInt64](repeating: 0, count: size / 16) }
        records.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    public var count: Int { values.count }
    public var isEmpty: Bool { values.isEmpty }

    /// The keys, in insertion order.
    public var keys: [String] { (0..<values.count).map { key(at: $0) } }

    /// The key of entry `e`.
    public func key(at e: Int) -> String {
        var r = records[e]
        if r.isLong {
            return long.withUnsafeBufferPointer { a in
                let start = Int(r.low)
                return String(decoding: UnsafeBufferPointer(rebasing: a[start..<start + Int(r.high & 0xFFFF_FFFF)]), as: UTF8.self)
            }
        }
        let n = Int(r.high >> 56)
        r.high &= 0x00FF_FFFF_FFFF_FFFF
        return withUnsafeBytes(of: &r) { String(decoding: $0.prefix(n), as: UTF8.self) }
    }

    public subscript(_ key: String) -> Value? {
        guard let e = entry(key) else { return nil }
        return values[e]
    }

    public func contains(_ key: String) -> Bool { entry(key) != nil }

    /// The entry of `key` (an index into ``values``), if it is there.
    @inline(__always)
    public func entry(_ key: String) -> Int? {
        if let found = key.utf8.withContiguousStorageIfAvailable({ entry(bytes: $0) }) { return found }
        return Array(key.utf8).withUnsafeBufferPointer { entry(bytes: $0) }
    }

    /// The entry of the key spelled by the first `count` bytes of `key`, if it is there.
    public func entry(_ key: String, prefixBytes count: Int) -> Int? {
        if let found = key.utf8.withContiguousStorageIfAvailable({ entry(bytes: UnsafeBufferPointer(rebasing: $0[..<count])) }) {
            return found
        }
        return Array(key.utf8.prefix(count)).withUnsafeBufferPointer { entry(bytes: $0) }
    }

    /// The entry of the key spelled by `bytes`, if it is there.
    public func entry(bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        if bytes.count <= 15 {
            let record = Record(short: bytes)
            let h = Self.hash(record)
            guard passesFilter(h) else { return nil }
            return probe(short: record, hash: h).found
        }
        let h = Self.hash(long: bytes)
        guard passesFilter(h) else { return nil }
        return probe(long: bytes, hash: h).found
    }

    /// The entries of the keys of `items` (`key` gives an item's key), -1 where a key is not
    /// there: ``entry(_:)`` of each, in a batch. A look-up in a large table is a chain of cache
    /// misses (the filter's word, the slot, the record); one key at a time, each waits for the
    /// last. Here the filter's word of the key `3 * ahead` places on, the slot of the key
    /// `2 * ahead` on and the record of the key `ahead` on are fetched while the key at hand is
    /// compared, so that the misses of several keys overlap.
    public func entries<C: RandomAccessCollection>(of items: C, key: (C.Element) -> String) -> [Int32] where C.Index == Int {
        entries(of: WordKeys(items, key: key))
    }

    /// ``entries(of:key:)`` of the tokens' folded words, with the keys the tokenizer made.
    func entries<C: RandomAccessCollection<Token>>(of tokens: C) -> [Int32] {
        entries(of: WordKeys(tokens))
    }

    /// ``entries(of:key:)`` of words whose records and hashes are made already.
    func entries(of words: WordKeys) -> [Int32] {
        let n = words.count
        var out = [Int32](repeating: -1, count: n)
        guard n > 0 else { return out }
        let ahead = 4
        filter.withUnsafeBufferPointer { filter in
            slots.withUnsafeBufferPointer { slots in
                records.withUnsafeBufferPointer { records in
                    words.keys.withUnsafeBufferPointer { keys in
                        out.withUnsafeMutableBufferPointer { out in
                            let mask = slots.count - 1
                            // -1 in `out` until a key's look-up is done; -2: the filter says it is not there.
                            for j in 0..<n + 3 * ahead {
                                if j < n {
                                    let h = keys[j].hash
                                    if !filter.isEmpty {
                                        newsd_prefetch(filter.baseAddress! + Self.filterBits(h, filter.count).word)
                                    } else {
                                        newsd_prefetch(slots.baseAddress! + (Int(truncatingIfNeeded: h) & mask))
                                    }
                                }
                                let b = j - ahead
                                if b >= 0 && b < n && !filter.isEmpty {
                                    let (word, bits) = Self.filterBits(keys[b].hash, filter.count)
                                    if filter[word] & bits == bits {
                                        newsd_prefetch(slots.baseAddress! + (Int(truncatingIfNeeded: keys[b].hash) & mask))
                                    } else if !keys[b].record.isLong {
                                        out[b] = -2
                                    }
                                }
                                let c = j - 2 * ahead
                                if c >= 0 && c < n && out[c] == -1 {
                                    let slot = slots[Int(truncatingIfNeeded: keys[c].hash) & mask]
                                    if slot != 0 { newsd_prefetch(records.baseAddress! + Int(slot & 0xFFFF_FFFF) - 1) }
                                }
                                let d = j - 3 * ahead
                                guard d >= 0 else { continue }
                                if out[d] == -2 {
                                    out[d] = -1
                                } else if !keys[d].record.isLong {
                                    out[d] = probe(short: keys[d].record, hash: keys[d].hash).found.map { Int32($0) } ?? -1
                                }
                            }
                        }
                    }
                }
            }
        }
        // The long keys, one at a time (few words are longer than 15 bytes).
        for (i, word) in words.long { out[i] = entry(word).map { Int32($0) } ?? -1 }
        return out
    }

    /// The filter's word and its two bits for hash `h`, in a filter of `words` 64-bit words (a
    /// power of two): from a remix of the hash, not the bits the slot index and the tag read.
    @inline(__always)
    private static func filterBits(_ h: UInt64, _ words: Int) -> (word: Int, bits: UInt64) {
        let g = (h ^ (h >> 29)) &* 0x9E37_79B9_7F4A_7C15
        let word = Int(truncatingIfNeeded: g >> 12) & (words - 1)
        return (word, 1 << (g & 63) | 1 << ((g >> 6) & 63))
    }

    @inline(__always)
    private func passesFilter(_ h: UInt64) -> Bool {
        guard !filter.isEmpty else { return true }
        let (word, bits) = Self.filterBits(h, filter.count)
        return filter.withUnsafeBufferPointer { $0[word] } & bits == bits
    }

    /// Where the probe sequence of hash `h` finds the entry whose record `matches`, or else the
    /// empty slot that ends it.
    @inline(__always)
    private func probe(hash h: UInt64, _ matches: (Record) -> Bool) -> (found: Int?, slot: Int) {
        let tag = h & 0xFFFF_FFFF_0000_0000
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        return slots.withUnsafeBufferPointer { slots in
            records.withUnsafeBufferPointer { records in
                while true {
                    let slot = slots[i]
                    if slot == 0 { return (nil, i) }
                    if slot & 0xFFFF_FFFF_0000_0000 == tag {
                        let e = Int(slot & 0xFFFF_FFFF) - 1
                        if matches(records[e]) { return (e, i) }
                    }
                    i = (i + 1) & mask
                }
            }
        }
    }

    /// ``probe(hash:_:)`` for a key of at most 15 bytes: its record compared as two words.
    @inline(__always)
    private func probe(short record: Record, hash h: UInt64) -> (found: Int?, slot: Int) {
        probe(hash: h) { $0.low == record.low && $0.high == record.high }
    }

    /// ``probe(hash:_:)`` for a longer key: its length, then its bytes in ``long``.
    private func probe(long bytes: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> (found: Int?, slot: Int) {
        long.withUnsafeBufferPointer { long in
            probe(hash: h) { r in
                r.isLong && Int(r.high & 0xFFFF_FFFF) == bytes.count
                    && memcmp(long.baseAddress! + Int(r.low), bytes.baseAddress!, bytes.count) == 0
            }
        }
    }

    /// The entry of `key`, adding it with `value` when it is new (one hash, one probe sequence).
    public mutating func findOrInsert(_ key: String, _ value: @autoclosure () -> Value) -> (entry: Int, inserted: Bool) {
        var key = key
        key.makeContiguousUTF8()
        return key.utf8.withContiguousStorageIfAvailable { bytes in findOrInsert(bytes: bytes, value()) }!
    }

    /// The entry of the key spelled by `bytes` (any bytes, not necessarily whole characters),
    /// adding it with `value` when it is new.
    public mutating func findOrInsert(bytes: UnsafeBufferPointer<UInt8>, _ value: @autoclosure () -> Value) -> (entry: Int, inserted: Bool) {
        let record: Record
        let h: UInt64
        let slot: Int
        if bytes.count <= 15 {
            record = Record(short: bytes)
            h = Self.hash(record)
            let (found, empty) = probe(short: record, hash: h)
            if let found { return (found, false) }
            slot = empty
        } else {
            h = Self.hash(long: bytes)
            let (found, empty) = probe(long: bytes, hash: h)
            if let found { return (found, false) }
            slot = empty
            record = Record(low: UInt64(long.count), high: Record.longMark | UInt64(bytes.count))
            long.append(contentsOf: bytes)
        }
        return (insert(record, hash: h, slot: slot, value()), true)
    }

    /// Adds a key not in the table (its record, hash and the empty slot its probe ended on).
    private mutating func insert(_ record: Record, hash h: UInt64, slot: Int, _ value: Value) -> Int {
        let e = values.count
        records.append(record)
        values.append(value)
        if (e + 1) * 2 > slots.count {
            rehash(capacity: slots.count * 2)
        } else {
            slots[slot] = h & 0xFFFF_FFFF_0000_0000 | UInt64(e + 1)
            if !filter.isEmpty {
                let (word, bits) = Self.filterBits(h, filter.count)
                filter[word] |= bits
            }
        }
        return e
    }

    /// ``findOrInsert(_:_:)`` of word `i` of `keys`, with the record and hash made for it.
    mutating func findOrInsert(_ keys: WordKeys, at i: Int, _ value: @autoclosure () -> Value) -> (entry: Int, inserted: Bool) {
        let k = keys.keys[i]
        guard !k.record.isLong else { return findOrInsert(keys.long[i]!, value()) }
        let (found, empty) = probe(short: k.record, hash: k.hash)
        if let found { return (found, false) }
        return (insert(k.record, hash: k.hash, slot: empty, value()), true)
    }

    /// ``findOrInsert(_:_:)`` of a token's folded word, with the key the tokenizer made for it.
    mutating func findOrInsert(_ token: Token, _ value: @autoclosure () -> Value) -> (entry: Int, inserted: Bool) {
        let k = token.key
        guard !k.record.isLong else { return findOrInsert(token.text, value()) }
        let (found, empty) = probe(short: k.record, hash: k.hash)
        if let found { return (found, false) }
        return (insert(k.record, hash: k.hash, slot: empty, value()), true)
    }

    /// ``update(_:default:_:)`` of word `i` of `keys`.
    mutating func update(_ keys: WordKeys, at i: Int, default defaultValue: @autoclosure () -> Value, _ body: (inout Value) -> Void) {
        body(&values[findOrInsert(keys, at: i, defaultValue()).entry])
    }

    /// ``entry(_:)`` of word `i` of `keys`, with the record and hash made for it.
    func entry(_ keys: WordKeys, at i: Int) -> Int? {
        let k = keys.keys[i]
        guard !k.record.isLong else { return entry(keys.long[i]!) }
        guard passesFilter(k.hash) else { return nil }
        return probe(short: k.record, hash: k.hash).found
    }

    /// ``entry(_:)`` of a token's folded word, with the key the tokenizer made for it.
    @inline(__always)
    func entry(_ token: Token) -> Int? {
        let k = token.key
        guard !k.record.isLong else { return entry(token.text) }
        guard passesFilter(k.hash) else { return nil }
        return probe(short: k.record, hash: k.hash).found
    }

    /// Sets `key`'s value, adding the key when it is new.
    public subscript(_ key: String, default defaultValue: @autoclosure () -> Value) -> Value {
        get { self[key] ?? defaultValue() }
        set {
            let (e, inserted) = findOrInsert(key, newValue)
            if !inserted { values[e] = newValue }
        }
    }

    /// Updates `key`'s value in place (adding it with `defaultValue` first when it is new).
    public mutating func update(_ key: String, default defaultValue: @autoclosure () -> Value, _ body: (inout Value) -> Void) {
        body(&values[findOrInsert(key, defaultValue()).entry])
    }

    /// Updates every value in place.
    public mutating func updateAll(_ body: (inout Value) -> Void) {
        for e in values.indices { body(&values[e]) }
    }

    /// The hash of entry `e`'s key (a table does not keep its keys' hashes: they are needed only
    /// when it grows).
    private func keyHash(_ e: Int) -> UInt64 {
        let r = records[e]
        guard r.isLong else { return Self.hash(r) }
        return long.withUnsafeBufferPointer { a in
            let start = Int(r.low)
            return Self.hash(long: UnsafeBufferPointer(rebasing: a[start..<start + Int(r.high & 0xFFFF_FFFF)]))
        }
    }

    private mutating func rehash(capacity: Int) {
        slots = [UInt64](repeating: 0, count: capacity)
        filter = capacity >= Self.filterSlots ? [UInt64](repeating: 0, count: capacity / 16) : []
        let mask = capacity - 1
        for e in values.indices {
            let h = keyHash(e)
            var i = Int(truncatingIfNeeded: h) & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = h & 0xFFFF_FFFF_0000_0000 | UInt64(e + 1)
            if !filter.isEmpty {
                let (word, bits) = Self.filterBits(h, filter.count)
                filter[word] |= bits
            }
        }
    }

    /// Gives back the room the arrays grew into: for a large table that is built once and then
    /// only read.
    public mutating func shrinkToFit() {
        records = records.withUnsafeBufferPointer { Array($0) }
        long = long.withUnsafeBufferPointer { Array($0) }
        values = values.withUnsafeBufferPointer { Array($0) }
    }

    /// A short key's hash: its two words (length included) mixed, then splitmix64's finaliser.
    @inline(__always)
    static func hash(_ r: Record) -> UInt64 { r.hash }

    /// A long key's hash: eight bytes at a time, multiplied and rotated, then the same finaliser.
    static func hash(long bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var i = 0
        let n = bytes.count
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= n {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                h = ((h ^ w) &* 0xBF58_476D_1CE4_E5B9).rotatedLeft(by: 31)
                i += 8
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < n {
                tail |= UInt64(base[i]) << shift
                shift += 8
                i += 1
            }
            h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        }
        return WordRecord.finalize(h)
    }
}

extension WordTable: Sendable where Value: Sendable {}

/// A word made ready for look-ups in any ``WordTable``: its record and hash. A word longer than
/// 15 bytes has a long record that no table holds and hash 0: it is looked up by its String.
struct WordKey: Sendable, Equatable {
    var record: WordRecord
    var hash: UInt64

    static var long: WordKey { WordKey(record: WordRecord(low: 0, high: WordRecord.longMark), hash: 0) }

    @inline(__always)
    init(record: WordRecord, hash: UInt64) {
        self.record = record
        self.hash = hash
    }

    /// The key of the word spelled by `bytes`.
    @inline(__always)
    init(bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= 15 else {
            self = .long
            return
        }
        record = WordRecord(short: bytes)
        hash = record.hash
    }

    /// The key of `word`.
    init(_ word: String) {
        var word = word
        word.makeContiguousUTF8()
        self = word.utf8.withContiguousStorageIfAvailable { WordKey(bytes: $0) }!
    }
}

/// Words made ready for look-ups: each one's record and hash, made once for the several tables
/// an article's words are looked up in (the topic model's rows, the scorer's terms, the key
/// terms' common words and counts).
struct WordKeys {
    /// Per word: its record and hash; a word longer than 15 bytes has a long record that no table
    /// holds, and is in ``long``.
    var keys: [WordKey] = []
    /// The words longer than 15 bytes, by position.
    var long: [Int: String] = [:]

    var count: Int { keys.count }

    init<C: RandomAccessCollection>(_ items: C, key: (C.Element) -> String) where C.Index == Int {
        keys.reserveCapacity(items.count)
        for (i, item) in items.enumerated() {
            let word = key(item)
            let k = WordKey(word)
            if k.record.isLong { long[i] = word }
            keys.append(k)
        }
    }

    /// No words yet.
    init() {}

    /// Adds a token's folded word as word `i` (the count so far), by the key the tokenizer made.
    mutating func append(_ token: Token, at i: Int) {
        if token.key.record.isLong { long[i] = token.text }
        keys.append(token.key)
    }

    /// ``append(_:at:)`` of `tokens[j]`, its fields read in place (passing the token copied it: a retain and a release
    /// of its two Strings).
    mutating func append(_ tokens: [Token], _ j: Int, at i: Int) {
        let key = tokens[j].key
        if key.record.isLong { long[i] = tokens[j].text }
        keys.append(key)
    }

    /// Adds `word` as word `i` (the count so far).
    mutating func append(_ word: String, at i: Int) {
        let k = WordKey(word)
        if k.record.isLong { long[i] = word }
        keys.append(k)
    }

    /// The keys of the tokens' folded words, which the tokenizer made: no word is hashed again.
    init<C: RandomAccessCollection<Token>>(_ tokens: C) {
        keys.reserveCapacity(tokens.count)
        // (By index, each token's fields read in place: `enumerated()` copied each token.)
        var i = 0
        for j in tokens.indices {
            let key = tokens[j].key
            if key.record.isLong { long[i] = tokens[j].text }
            keys.append(key)
            i += 1
        }
    }
}

extension UInt64 {
    @inline(__always)
    fileprivate func rotatedLeft(by k: UInt64) -> UInt64 { (self << k) | (self >> (64 - k)) }
}

/// A set of words with ``WordTable``'s fast look-up.
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var table = WordTable<Bool>()

    public init() {}

    public init(_ words: some Sequence<String>) {
        for w in words { insert(w) }
    }

    public init(arrayLiteral words: String...) { self.init(words) }

    /// An empty set that takes `capacity` words without growing.
    init(minimumCapacity capacity: Int) { table = WordTable(minimumCapacity: capacity) }

    public var count: Int { table.count }

    @inline(__always)
    public func contains(_ word: String) -> Bool { table.entry(word) != nil }

    /// Whether the token's folded word is in the set (with the key the tokenizer made for it).
    @inline(__always)
    func contains(_ token: Token) -> Bool { table.entry(token) != nil }

    /// Whether word `i` of `keys` is in the set.
    func contains(_ keys: WordKeys, at i: Int) -> Bool { table.entry(keys, at: i) != nil }

    public mutating func insert(_ word: String) {
        _ = table.findOrInsert(word, true)
    }

    /// Adds a token's folded word, with the key the tokenizer made for it.
    mutating func insert(_ token: Token) {
        _ = table.findOrInsert(token, true)
    }
}
