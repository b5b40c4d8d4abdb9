extension Token {
    /// `text == other.text`, by the tokenizer's keys when both words are ASCII of at most 15 bytes (a key then
    /// holds the word's bytes, and two ASCII words read the same only byte for byte); otherwise by String's
    /// equality, which also takes canonically equivalent spellings ("K" and the Kelvin sign) as one.
    @inline(__always)
    func readsSame(as other: Token) -> Bool {
        if key.record.isShortASCII && other.key.record.isShortASCII { return key.record == other.key.record }
        return text == other.text
    }

    /// Whether `tokens` hold the word of `tokens[i]` (``readsSame(as:)``) at least `count` times, `i` included.
    static func occurs(_ tokens: [Token], wordAt i: Int, atLeast count: Int) -> Bool {
        var seen = 0
        for k in tokens.indices where tokens[k].readsSame(as: tokens[i]) {
            seen += 1
            if seen >= count { return true }
        }
        return false
    }
}
