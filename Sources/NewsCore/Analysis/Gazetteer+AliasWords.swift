extension Gazetteer {
    /// Every alias' folded words, one after the other, as UTF-8 in one byte array.
    ///
    /// The 89,000 aliases have 189,000 words. As an array of strings they took 16 bytes each, and
    /// a heap block of its own for each word longer than a small string holds (most CJK names of
    /// six characters or more): 3.5 MiB of the daemon's resident memory, here 2 MiB. The matcher
    /// compares a token's text with a word's bytes, and builds a string only where a table is
    /// looked up by the word.
    struct AliasWords: Sendable {
        private var bytes: [UInt8] = []
        /// Word i is `bytes[starts[i] ..< starts[i + 1]]`.
        private var starts: [UInt32] = [0]

        init() {}

        init(_ words: [String]) {
            bytes.reserveCapacity(words.reduce(0) { $0 + $1.utf8.count })
            starts.reserveCapacity(words.count + 1)
            for word in words {
                bytes += word.utf8
                starts.append(UInt32(bytes.count))
            }
        }

        var count: Int { starts.count - 1 }

        /// Word `i`.
        subscript(i: Int) -> String {
            bytes.withUnsafeBufferPointer { all in
                String(decoding: UnsafeBufferPointer(rebasing: all[Int(starts[i])..<Int(starts[i + 1])]), as: UTF8.self)
            }
        }

        /// Whether word `i` is `text`, compared by bytes (no string built).
        @inline(__always)
        func word(_ i: Int, is text: String) -> Bool {
            let start = Int(starts[i])
            let length = Int(starts[i + 1]) - start
            let utf8 = text.utf8
            guard utf8.count == length else { return false }
            return bytes.withUnsafeBufferPointer { all in
                utf8.withContiguousStorageIfAvailable { t in
                    for k in 0..<length where all[start + k] != t[k] { return false }
                    return true
                } ?? utf8.elementsEqual(all[start..<start + length])
            }
        }
    }
}
