/// Japanese names of kanji and katakana side by side before a suffix (越後プレス工業, 遠州フットボール株式会社,
/// 日本サッカー協会, 在日ブラジル商工会議所): the run of one script before the suffix goes on over up to two runs of the
/// other script before it, when the whole stands first in its phrase (after punctuation, a particle or a verb's ending
/// in hiragana, or at the text's start), so that a word of a sentence is not read into it.
extension OrganizationFinder {
    /// Words for a firm's kind or size that end a run before a firm's name besides name-context.tsv D (地元企業, 自動車大手).
    static let japaneseKindEnds = ["企業", "会社", "大手", "中堅"]

    /// The longest run of kanji, and of katakana, read on over.
    static let japaneseMixedRunLimits = (han: 4, kana: 10)

    /// The start of the name read back from `start` (the first character of the run of one script before a suffix) over
    /// the runs of the other scripts glued before it, or nil: none, a run cut short by its limit, one kanji that is no
    /// place or country the gazetteer knows (米 of 米テスラ), a run that ends in a word for a kind of firm (`kindWords`:
    /// 新興企業, 子会社), or a run that does not stand first.
    static func japaneseMixedStart(_ tokens: [Token], _ taken: [Bool], from start: Int, kindWords: [String]) -> Int? {
        var s = start
        var runs = 0
        while runs < 2, s > 0, PersonFinder.glued(tokens, s - 1) {
            let kind = script(tokens[s - 1])
            guard kind == .han || kind == .kana, kind != script(tokens[s]) else { break }
            let limit = kind == .han ? japaneseMixedRunLimits.han : japaneseMixedRunLimits.kana
            var b = s - 1
            while b > 0, s - b < limit, PersonFinder.glued(tokens, b - 1), script(tokens[b - 1]) == kind { b -= 1 }
            if b > 0, PersonFinder.glued(tokens, b - 1), script(tokens[b - 1]) == kind { return nil }
            if kind == .han, s - b == 1, !taken[b] { return nil }
            var run = ""
            for k in b..<s { run += tokens[k].text }
            if kindWords.contains(where: { run.hasSuffix($0) }) || japaneseKindEnds.contains(where: { run.hasSuffix($0) }) { return nil }
            s = b
            runs += 1
            if s == 0 || !PersonFinder.glued(tokens, s - 1) || script(tokens[s - 1]) == .hiragana || script(tokens[s - 1]) == .other {
                return s
            }
        }
        return nil
    }
}

/// Japanese firms named by capitals glued before a region's kanji (JR西日本, ＪＲ北海道, JR九州): the railway companies
/// of the JR group, one a region, and their like.
extension OrganizationFinder {
    /// Capitals that begin such a name (folded).
    static let japaneseLetterPrefixes: Set<String> = ["jr"]

    /// Last kanji of a station's or a line's name after the capitals, which is no firm's (JR金沢駅, JR山手線).
    static let japaneseLetterPrefixedNotEnds: Set<String> = ["駅", "線"]

    /// The longest run of kanji after the capitals.
    static let japaneseLetterPrefixedLimit = 3

    /// The capitals and the kanji after them: the whole run when it is at most three characters, else its first
    /// characters that a place's name holds (JR東日本社長: 東日本).
    static func japaneseLetterPrefixed(_ tokens: [Token], _ taken: [Bool]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i + 1 < tokens.count {
            guard japaneseLetterPrefixes.contains(tokens[i].text), !taken[i], PersonFinder.glued(tokens, i), script(tokens[i + 1]) == .han,
                i == 0 || !PersonFinder.glued(tokens, i - 1) || script(tokens[i - 1]) != .other
            else {
                i += 1
                continue
            }
            // (One kanji more than the limit read, to tell a longer run.)
            var end = i + 1
            while end < tokens.count, end - (i + 1) <= japaneseLetterPrefixedLimit, script(tokens[end]) == .han, PersonFinder.glued(tokens, end - 1) {
                end += 1
            }
            if end - (i + 1) > japaneseLetterPrefixedLimit {
                end = i + 1
                while end < tokens.count, end - (i + 1) < japaneseLetterPrefixedLimit, taken[end] { end += 1 }
            }
            // (JR金沢駅, JR山手線: a station's, a line's name.)
            if end - (i + 1) >= 2, !japaneseLetterPrefixedNotEnds.contains(tokens[end - 1].text) { out.append(i..<end) }
            i = max(end, i + 1)
        }
        return out
    }
}
