extension StringProtocol {
    /// `unicodeScalars.count`, counted over the UTF-8 bytes (a scalar is one lead byte and its
    /// continuation bytes): the scalar view's walk, index by index, cost ~130 instructions a word,
    /// and the finders ask it of most tokens (how far apart two words are in a text's offsets).
    var scalarCount: Int {
        utf8.withContiguousStorageIfAvailable { bytes in
            var n = 0
            for b in bytes where b & 0xC0 != 0x80 { n += 1 }
            return n
        } ?? unicodeScalars.count
    }
}
