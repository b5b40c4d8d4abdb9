/// 64-bit SimHash over word shingles: a reprint or a light edit lands a few bits away from the
/// original, an unrelated article about half the bits away.
public enum SimHash {
    /// Words per shingle.
    static let shingle = 3

    public static func fingerprint(_ words: [String]) -> UInt64 {
        fingerprint(hashes: words.map(fnv1a))
    }

    /// The fingerprint of the tokens' folded words (``Token/text``), read in place.
    static func fingerprint(_ tokens: ArraySlice<Token>) -> UInt64 {
        // (A word of 15 bytes or fewer hashed from its key's record, which holds its bytes: no look into the String.)
        var hashes: [UInt64] = []
        hashes.reserveCapacity(tokens.count)
        for i in tokens.indices {
            let record = tokens[i].key.record
            hashes.append(record.isLong ? fnv1a(tokens[i].text) : record.fnv1a.hash)
        }
        return fingerprint(hashes: hashes)
    }

    /// The fingerprint of words given by their ``fnv1a(_:)`` hashes.
    static func fingerprint(hashes: [UInt64]) -> UInt64 {
        guard !hashes.isEmpty else { return 0 }
        // Each bit is voted for by the shingles that set it and against by the others: it is set
        // when more than half set it (counted without branches, so the loop vectorises).
        var ones = [Int32](repeating: 0, count: 64)
        let width = min(shingle, hashes.count)
        let shingles = hashes.count - width + 1
        // Bit-sliced: lane j of byte b in `lanes[j]` counts bit 8 * b + j, eight counters a word,
        // emptied into `ones` before a byte can overflow.
        var lanes = (UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        let low: UInt64 = 0x0101_0101_0101_0101
        func spill(_ ones: inout [Int32], _ lanes: inout (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)) {
            let words = [lanes.0, lanes.1, lanes.2, lanes.3, lanes.4, lanes.5, lanes.6, lanes.7]
            for j in 0..<8 {
                for b in 0..<8 { ones[8 * b + j] &+= Int32(truncatingIfNeeded: (words[j] >> UInt64(8 * b)) & 0xFF) }
            }
            lanes = (0, 0, 0, 0, 0, 0, 0, 0)
        }
        var pending = 0
        for i in 0..<shingles {
            var h: UInt64 = 0
            for k in 0..<width { h = (h &* 0x100000001B3) ^ hashes[i + k] }
            h = mix(h)
            lanes.0 &+= h & low
            lanes.1 &+= (h >> 1) & low
            lanes.2 &+= (h >> 2) & low
            lanes.3 &+= (h >> 3) & low
            lanes.4 &+= (h >> 4) & low
            lanes.5 &+= (h >> 5) & low
            lanes.6 &+= (h >> 6) & low
            lanes.7 &+= (h >> 7) & low
            pending += 1
            if pending == 255 {
                spill(&ones, &lanes)
                pending = 0
            }
        }
        spill(&ones, &lanes)
        var out: UInt64 = 0
        for bit in 0..<64 where Int(ones[bit]) * 2 > shingles { out |= 1 << UInt64(bit) }
        return out
    }

    public static func distance(_ a: UInt64, _ b: UInt64) -> Int { (a ^ b).nonzeroBitCount }

    /// FNV-1a of the string's UTF-8 bytes, read from its storage in place: a copy of the string to
    /// call `withUTF8` on cost a retain and a release a word.
    static func fnv1a(_ s: String) -> UInt64 {
        if let h = s.utf8.withContiguousStorageIfAvailable(fnv1a(bytes:)) { return h }
        var s = s
        return s.withUTF8(fnv1a(bytes:))
    }

    @inline(__always)
    private static func fnv1a(bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF29CE484222325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001B3 }
        return h
    }

    /// splitmix64's finaliser: spreads every input bit over the output.
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E3779B97F4A7C15
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
