/// Japanese names before a title that the kanji run alone does not tell: a given name in hiragana
/// (片山さつき財務相), and titles that end common words too (最優秀選手).
extension PersonFinder {
    /// (ja) Titles glued after common words as well as after names (最優秀選手 "most valuable player", 有力選手).
    static let japaneseTitlesOfWords: Set<String> = ["選手"]

    static func isHiragana(_ t: Token) -> Bool {
        guard let v = t.original.unicodeScalars.first?.value else { return false }
        return v >= 0x3041 && v <= 0x3096
    }

    /// (ja) True when the kanji `r` begin with a Japanese family name (name-shapes.tsv, N) of one to three characters
    /// and one character at least follows it.
    static func beginsWithJapaneseFamily(_ tokens: [Token], _ r: Range<Int>) -> Bool {
        var prefix = ""
        for k in r.lowerBound..<min(r.lowerBound + 3, r.upperBound - 1) {
            prefix += tokens[k].original
            if NameShapes.shared.japaneseFamily.contains(prefix) { return true }
        }
        return false
    }

    /// (ja) A name whose given name is written in hiragana, ending at `k` before a title (片山さつき財務相): two to four
    /// hiragana after a family name of one to three kanji (name-shapes.tsv, N) that stands apart from the kanji before it.
    static func japaneseNameInKana(_ tokens: [Token], _ taken: [Bool], endingAt k: Int) -> Range<Int>? {
        guard isHiragana(tokens[k]), !taken[k] else { return nil }
        var given = k
        while given > 0, k - given < 4, isHiragana(tokens[given - 1]), glued(tokens, given - 1) { given -= 1 }
        guard (2...4).contains(k - given + 1), given > 0, isHan(tokens[given - 1]), glued(tokens, given - 1) else { return nil }
        var start = given - 1
        while start > 0, given - start < 3, isHan(tokens[start - 1]), !taken[start - 1], glued(tokens, start - 1) { start -= 1 }
        guard start == 0 || !isHan(tokens[start - 1]) || !glued(tokens, start - 1) || taken[start - 1] else { return nil }
        let family = tokens[start..<given].map(\.original).joined()
        guard !taken[given - 1], NameShapes.shared.japaneseFamily.contains(family) else { return nil }
        return start..<k + 1
    }
}
