import Foundation

/// A hash table from words to values for the analysis' hot loops, where a `Dictionary<String, _>`
/// spends most of its time in `Hasher` (SipHash, seeded per look-up) and in String comparison.
///
/// Keys are kept as UTF-8 bytes in one arena and hashed eight bytes at a time; a look-up reads the
/// key's bytes in place (no copy for a native or a small String), probes linearly and compares
/// with `memcmp`. Built once (by the gazetteer, the taxonomy, the topic model), then only read, so
/// it is a value type shared freely across threads. Keys compare as bytes: callers fold first,
/// as they did with `Dictionary`.
public struct WordTable<Value> {
    private var arena: [UInt8] = []
    /// Per entry: where its key starts in `arena` (high 32 bits) and its length (low 32 bits).
    private var spans: [UInt64] = []
    private var hashes: [UInt64] = []
    public private(set) var values: [Value] = []
    /// Per slot: the high 32 bits of the key's hash, then entry + 1 (0: empty); a power of two
    /// long, at most half full. A look-up reads one slot, one span and the key's bytes.
    private var slots: [UInt64] = [UInt64](repeating: 0, count: 16)
    /// For a large table only (the gazetteer's names): one bit per hash, four bits a slot, so that
    /// most words that are no key (nearly every word of a text) are told so by one read of a
    /// small array instead of a cache miss in the slots. Empty for small tables.
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
        spans.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
        arena.reserveCapacity(capacity * 8)
    }

    public var count: Int { values.count }
    public var isEmpty: Bool { values.isEmpty }

    /// The keys, in insertion order.
    public var keys: [String] {
        (0..<values.count).map { e in
            arena.withUnsafeBufferPointer { a in
                let start = Int(spans[e] >> 32)
                return String(decoding: UnsafeBufferPointer(rebasing: a[start..<start + Int(spans[e] & 0xFFFF_FFFF)]), as: UTF8.self)
            }
        }
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
        let h = Self.hash(bytes)
        if !filter.isEmpty {
            let bit = Self.filterBit(h, filter.count)
            guard filter.withUnsafeBufferPointer({ $0[bit >> 6] }) & (1 << UInt64(bit & 63)) != 0 else { return nil }
        }
        return probe(bytes, hash: h).found
    }

    /// The filter bit of hash `h` in a filter of `words` 64-bit words (a power of two): bits of
    /// the hash that neither the slot index nor the tag reads first.
    @inline(__always)
    private static func filterBit(_ h: UInt64, _ words: Int) -> Int {
        Int(truncatingIfNeeded: h >> 24) & (words * 64 - 1)
    }

    /// Where the probe sequence of `bytes` (hashed to `h`) finds its entry, or else the empty
    /// slot that ends it.
    private func probe(_ bytes: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> (found: Int?, slot: Int) {
        let tag = h & 0xFFFF_FFFF_0000_0000
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        return slots.withUnsafeBufferPointer { slots in
            spans.withUnsafeBufferPointer { spans in
                arena.withUnsafeBufferPointer { arena in
                    while true {
                        let slot = slots[i]
                        if slot == 0 { return (nil, i) }
                        if slot & 0xFFFF_FFFF_0000_0000 == tag {
                            let e = Int(slot & 0xFFFF_FFFF) - 1
                            let span = spans[e]
                            if Int(span & 0xFFFF_FFFF) == bytes.count
                                && (bytes.isEmpty || memcmp(arena.baseAddress! + Int(span >> 32), bytes.baseAddress!, bytes.count) == 0)
                            {
                                return (e, i)
                            }
                        }
                        i = (i + 1) & mask
                    }
                }
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
        let h = Self.hash(bytes)
        let (found, slot) = probe(bytes, hash: h)
        if let found { return (found, false) }
        let e = values.count
        spans.append(UInt64(arena.count) << 32 | UInt64(bytes.count))
        hashes.append(h)
        arena.append(contentsOf: bytes)
        values.append(value())
        if (e + 1) * 2 > slots.count {
            rehash(capacity: slots.count * 2)
        } else {
            slots[slot] = h & 0xFFFF_FFFF_0000_0000 | UInt64(e + 1)
            if !filter.isEmpty {
                let bit = Self.filterBit(h, filter.count)
                filter[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
        return (e, true)
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

    private mutating func place(_ e: Int) {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: hashes[e]) & mask
        while slots[i] != 0 { i = (i + 1) & mask }
        slots[i] = hashes[e] & 0xFFFF_FFFF_0000_0000 | UInt64(e + 1)
    }

    private mutating func rehash(capacity: Int) {
        slots = [UInt64](repeating: 0, count: capacity)
        filter = capacity >= Self.filterSlots ? [UInt64](repeating: 0, count: capacity / 16) : []
        for e in values.indices {
            place(e)
            if !filter.isEmpty {
                let bit = Self.filterBit(hashes[e], filter.count)
                filter[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
    }

    /// Eight bytes at a time, multiplied and rotated, then splitmix64's finaliser.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
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
        h ^= h >> 30
        h = h &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 27
        h = h &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 31)
    }
}

extension WordTable: Sendable where Value: Sendable {}

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

    public var count: Int { table.count }

    @inline(__always)
    public func contains(_ word: String) -> Bool { table.entry(word) != nil }

    public mutating func insert(_ word: String) {
        if table.entry(word) == nil { table[word, default: true] = true }
    }
}
