/// 64-bit SimHash over word shingles: a reprint or a light edit lands a few bits away from the
/// original, an unrelated article about half the bits away.
public enum SimHash {
    /// Words per shingle.
    static let shingle = 3

    public static func fingerprint(_ words: [String]) -> UInt64 {
        guard !words.isEmpty else { return 0 }
        let hashes = words.map(fnv1a)
        var votes = [Int](repeating: 0, count: 64)
        let width = min(shingle, hashes.count)
        for i in 0...(hashes.count - width) {
            var h: UInt64 = 0
            for k in 0..<width { h = (h &* 0x100000001B3) ^ hashes[i + k] }
            h = mix(h)
            for bit in 0..<64 { votes[bit] += (h >> UInt64(bit)) & 1 == 1 ? 1 : -1 }
        }
        var out: UInt64 = 0
        for bit in 0..<64 where votes[bit] > 0 { out |= 1 << UInt64(bit) }
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
