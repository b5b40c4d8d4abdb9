/// 64-bit SimHash over word shingles: a reprint or a light edit lands a few bits away from the
/// original, an unrelated article about half the bits away.
public enum SimHash {
    /// Words per shingle.
    static let shingle = 3

    public static func fingerprint(_ words: [String]) -> UInt64 {
        guard !words.isEmpty else { return 0 }
        let hashes = words.map(fnv1a)
        // Each bit is voted for by the shingles that set it and against by the others: it is set
        // when more than half set it (counted without branches, so the loop vectorises).
        var ones = [Int32](repeating: 0, count: 64)
        let width = min(shingle, hashes.count)
        let shingles = hashes.count - width + 1
        ones.withUnsafeMutableBufferPointer { ones in
            for i in 0..<shingles {
                var h: UInt64 = 0
                for k in 0..<width { h = (h &* 0x100000001B3) ^ hashes[i + k] }
                h = mix(h)
                for bit in 0..<64 { ones[bit] &+= Int32(truncatingIfNeeded: (h >> UInt64(bit)) & 1) }
            }
        }
        var out: UInt64 = 0
        for bit in 0..<64 where Int(ones[bit]) * 2 > shingles { out |= 1 << UInt64(bit) }
        return out
    }

    public static func distance(_ a: UInt64, _ b: UInt64) -> Int { (a ^ b).nonzeroBitCount }

    static func fnv1a(_ s: String) -> UInt64 {
        var h: UInt64 = 0xCBF29CE484222325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100000001B3 }
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
